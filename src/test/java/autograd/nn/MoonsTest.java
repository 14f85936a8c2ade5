package autograd.nn;

import autograd.AutogradException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoonsTest {
    @TempDir Path dir;

    @Test
    void theBundledMoonsAreMicrogradsHundredPoints() {
        Moons moons = Moons.bundled();
        assertEquals(100, moons.size());
        assertArrayEquals(new double[] {1.1221146075409685, 0.08147717341718697}, moons.x()[0]);
        assertEquals(-1.0, moons.y()[0]);
        int positives = 0;
        for (double y : moons.y()) {
            if (y != 1 && y != -1) throw new AssertionError("label " + y);
            if (y > 0) positives++;
        }
        assertEquals(50, positives);                                   // make_moons: half of each moon
    }

    @Test
    void readsACsvFile() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), "x1,x2,y\n0.5,-1.5,1\n2,3,-1\n");
        Moons two = Moons.read(file);
        assertEquals(2, two.size());
        assertArrayEquals(new double[] {2, 3}, two.x()[1]);
        assertArrayEquals(new double[] {1, -1}, two.y());
    }

    @Test
    void aBadFileIsOneSentence() throws IOException {
        Path noHeader = Files.writeString(dir.resolve("a.csv"), "0.5,-1.5,1\n");
        Path badRow = Files.writeString(dir.resolve("b.csv"), "x1,x2,y\n0.5,-1.5,1\n0.5,oops,1\n");
        assertEquals(noHeader + " should start with the header x1,x2,y.",
                assertThrows(AutogradException.class, () -> Moons.read(noHeader)).getMessage());
        assertEquals("Line 3 of " + badRow + " should be three numbers x1,x2,y, but has 'oops'.",
                assertThrows(AutogradException.class, () -> Moons.read(badRow)).getMessage());
        Path zeroOne = Files.writeString(dir.resolve("c.csv"), "x1,x2,y\n0.5,-1.5,1\n0.5,0.5,0\n");
        assertEquals("Line 3 of " + zeroOne + " has label 0; the max-margin loss needs labels -1 and 1 (map a 0/1 label y to 2*y - 1).",
                assertThrows(AutogradException.class, () -> Moons.read(zeroOne)).getMessage());
    }

    @Test
    void aByteOrderMarkIsReadAndNonFiniteOrHexNumbersAreRefusedWithTheirLine() {
        assertEquals(2, Moons.parse("\uFEFFx1,x2,y\n1,2,1\n0.5,1,-1\n", "bom.csv").size());
        for (String bad : java.util.List.of("NaN", "Infinity", "0x1p3", "1d", "1e400")) {
            String message = org.junit.jupiter.api.Assertions.assertThrows(autograd.AutogradException.class,
                    () -> Moons.parse("x1,x2,y\n1,2,1\n" + bad + ",1,-1\n", "d.csv")).getMessage();
            org.junit.jupiter.api.Assertions.assertTrue(message.startsWith("Line 3 of d.csv "), message);
            org.junit.jupiter.api.Assertions.assertTrue(message.contains(bad), message);
        }
    }
}
