package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParamsJsonTest {
    @TempDir Path dir;

    @Test
    void saveThenLoadGivesTheSameParameters() {
        MLP trained = new MLP(3, List.of(4, 4, 1));
        Path file = dir.resolve("params.json");
        trained.save(file);
        MLP other = new MLP(3, List.of(4, 4, 1), Activation.TANH, 99);
        other.load(file);
        List<Value> a = trained.parameters(), b = other.parameters();
        for (int i = 0; i < a.size(); i++) assertEquals(a.get(i).data, b.get(i).data);
    }

    @Test
    void writesAPlainArrayInPythonsNumbers() {
        List<Value> params = List.of(new Value(0.1), new Value(1e-5), new Value(-0.0), new Value(2e23));
        assertEquals("[0.1, 1e-05, -0.0, 2e+23]", ParamsJson.toJson(params));   // python3's json.dumps prints the same
    }

    @Test
    void readsWhatPythonsJsonWrites() {
        double[] numbers = ParamsJson.parse("[0.1, 1e-05, -0.0, 2e+23, 0]\n", "p.json");
        assertArrayEquals(new double[] {0.1, 1e-5, -0.0, 2e23, 0}, numbers);
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + ParamsJson.toJson(new MLP(3, List.of(4, 4, 1)).parameters())).getBytes(StandardCharsets.UTF_8));
        MLP n = new MLP(3, List.of(4, 4, 1), Activation.TANH, 99);
        n.load(file);
        assertEquals(0.31985956948964334, n.parameters().get(0).data);
    }

    @Test
    void numbersThatAreNotFiniteAreRefusedWithTheirPlace() {
        assertEquals("Item 2 of p.json (line 1, column 10) is NaN; parameters must be finite numbers.",
                assertThrows(AutogradException.class, () -> ParamsJson.parse("[1, 2.5, NaN]", "p.json")).getMessage());
        assertEquals("Item 1 of p.json (line 2, column 3) is -Infinity; parameters must be finite numbers.",
                assertThrows(AutogradException.class, () -> ParamsJson.parse("[0,\n  -Infinity]", "p.json")).getMessage());
        assertEquals("Item 0 of p.json (line 1, column 2) is 1e400, too large for a double; parameters must be finite numbers.",
                assertThrows(AutogradException.class, () -> ParamsJson.parse("[1e400]", "p.json")).getMessage());
        assertEquals("Item 1 of p.json (line 1, column 7) is the hex float 0x1.8p1, which JSON does not have; write it in decimal.",
                assertThrows(AutogradException.class, () -> ParamsJson.parse("[0.5, 0x1.8p1]", "p.json")).getMessage());
    }

    @Test
    void savingANanParameterIsRefusedInOneSentence() {
        MLP n = new MLP(3, List.of(4, 4, 1));
        n.parameters().get(5).data = Double.NaN;
        assertEquals("Cannot save the parameters: parameter 5 is nan, and a parameters file holds finite numbers (the training diverged: lower the learning rate).",
                assertThrows(AutogradException.class, () -> n.save(dir.resolve("nan.json"))).getMessage());
    }

    @Test
    void aHugeFileIsCountedNotHeldInMemory() throws IOException {
        Path file = dir.resolve("huge.json");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("[0");
            for (int i = 1; i < 300_000; i++) out.write(", 0.125");
            out.write("]");
        }
        MLP n = new MLP(3, List.of(4, 4, 1));
        assertEquals(file + " holds 300000 numbers, but this model has 41 parameters.",
                assertThrows(AutogradException.class, () -> n.load(file)).getMessage());
    }

    @Test
    void aFileWithTheWrongCountIsOneSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("small.json"), "[1, 2, 3]");
        MLP n = new MLP(3, List.of(4, 4, 1));
        AutogradException e = assertThrows(AutogradException.class, () -> n.load(file));
        assertEquals(file + " holds 3 numbers, but this model has 41 parameters.", e.getMessage());
        assertEquals(0.31985956948964334, n.parameters().get(0).data);   // nothing was half-loaded
    }

    @Test
    void aFileThatIsNotAnArrayOfNumbersIsOneSentence() throws IOException {
        Path object = Files.writeString(dir.resolve("o.json"), "{\"w\": 1}");
        Path word = Files.writeString(dir.resolve("w.json"), "[1, two]");
        MLP n = new MLP(3, List.of(4, 4, 1));
        assertEquals(object + " is not a JSON array of numbers such as [0.5, -1.0].",
                assertThrows(AutogradException.class, () -> n.load(object)).getMessage());
        assertEquals("Item 1 of " + word + " (line 1, column 5) is not a number: 'two'.",
                assertThrows(AutogradException.class, () -> n.load(word)).getMessage());
    }
}
