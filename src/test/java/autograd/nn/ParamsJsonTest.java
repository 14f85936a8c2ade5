package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        double[] numbers = ParamsJson.parse("[0.1, 1e-05, -0.0, NaN, Infinity, 2e+23, 0]\n", "p.json");
        assertArrayEquals(new double[] {0.1, 1e-5, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 2e23, 0}, numbers);
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
        assertEquals("Item 1 of " + word + " is not a number: 'two'.",
                assertThrows(AutogradException.class, () -> n.load(word)).getMessage());
    }
}
