package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import autograd.cli.TrainCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainMoonsTest {
    @TempDir Path dir;

    /** The first lines micrograd's demo prints, from its own initial weights (random.seed(1337)), dumped to JSON. */
    @Test
    void replaysMicrogradsFirstThreeSteps() throws URISyntaxException {
        String[] lines = train("--steps", "3", "--init", microgradInit().toString());
        assertEquals(3, lines.length);
        assertEquals("step 0 loss 0.8958441028683222, accuracy 50.0%", lines[0]);
        assertStep(lines[1], 1, 1.7235905336972022, "81.0");
        assertStep(lines[2], 2, 0.7429006313851131, "77.0");
    }

    @Test
    void aJsonInitGivesADeterministicTrajectoryWhoseLossGoesDown() throws URISyntaxException {
        String init = microgradInit().toString();
        String[] first = train("--steps", "20", "--init", init);
        String[] second = train("--steps", "20", "--init", init);
        assertEquals(String.join("\n", first), String.join("\n", second));
        assertStep(first[19], 19, 0.1845374874688393, "93.0");        // micrograd's step 19
        assertTrue(loss(first[19]) < loss(first[0]) / 4, "loss goes down: " + first[19]);
    }

    @Test
    void printsTheDemosLineWithPythonsFloats() {
        assertEquals("step 3 loss 0.8958441028683222, accuracy 56.99999999999999%",
                TrainMoons.line(3, new MaxMarginLoss(new Value(0.8958441028683222), 0.57)));   // Python: 0.57*100
        assertEquals("step 0 loss 1e-05, accuracy 100.0%", TrainMoons.line(0, new MaxMarginLoss(new Value(1e-5), 1.0)));
    }

    @Test
    void aBadOptionIsOneSentenceAndTheUsage() {
        assertRejected("Unknown option '--bogus'.", "--bogus");
        assertRejected("--steps needs a whole number, but got 'ten'.", "--steps", "ten");
        assertRejected("--steps needs a whole number of at least 0, but got '-1'.", "--steps", "-1");
        assertRejected("Option --init needs a value.", "--init");
    }

    @Test
    void anInitWithTheWrongCountIsOneSentence() throws IOException {
        Path file = Files.writeString(dir.resolve("small.json"), "[0.5, 0.25]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = TrainCommand.run(List.of("--init", file.toString()), new PrintStream(bytes, true));
        assertEquals(1, status);
        assertEquals(file + " holds 2 numbers, but this model has 337 parameters." + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withNoOptionsItPrintsMicrogradsDemoNotebook() {
        String[] lines = train("--steps", "1");
        assertEquals("step 0 loss 0.8958441028683222, accuracy 50.0%", lines[0]);
    }

    @Test
    void theSeedChoosesTheInitAndTheDataCanComeFromAFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("four.csv"), "x1,x2,y\n1,0,1\n-1,0,-1\n0,1,1\n0,-1,-1\n");
        String[] a = train("--steps", "2", "--seed", "5", "--data", csv.toString());
        String[] b = train("--steps", "2", "--seed", "6", "--data", csv.toString());
        assertEquals(2, a.length);
        assertTrue(!a[0].equals(b[0]), a[0] + " vs " + b[0]);
    }

    private static Path microgradInit() throws URISyntaxException {
        return Path.of(TrainMoonsTest.class.getResource("micrograd-init-1337.json").toURI());
    }

    private static String[] train(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, TrainCommand.run(List.of(args), new PrintStream(bytes, true)));
        return bytes.toString(StandardCharsets.UTF_8).split("\\R");
    }

    private static void assertRejected(String message, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(2, TrainCommand.run(List.of(args), new PrintStream(bytes, true)));
        assertEquals(message + System.lineSeparator() + TrainCommand.USAGE, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Same step and accuracy, and the loss within 1e-9 relative of micrograd's (the sums run in another order). */
    private static void assertStep(String line, int k, double microgradLoss, String accuracy) {
        assertTrue(line.startsWith("step " + k + " loss "), line);
        assertTrue(line.endsWith(", accuracy " + accuracy + "%"), line);
        assertEquals(microgradLoss, loss(line), Math.abs(microgradLoss) * 1e-9, line);
    }

    private static double loss(String line) {
        return Double.parseDouble(line.split(" ")[3].replace(",", ""));
    }

    @Test
    void dataTooBigForMemoryIsOneSentenceBeforeAnyStep() {
        MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED);
        Moons data = Moons.bundled();
        TrainMoons.fits(model, data, 1L << 30);                              // 100 points in a GB: fine
        String message = assertThrows(AutogradException.class, () -> TrainMoons.fits(model, data, 1L << 20)).getMessage();
        assertEquals("Training on 100 points builds a graph of about 97,900 values each step, about 0.0 GB, more than this JVM can hold (0.0 GB): use fewer points (the demo has 100).", message);
    }
}
