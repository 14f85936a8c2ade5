package autograd.nn;

import autograd.AutogradException;
import autograd.Fifos;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --init refuses what --data refuses (a named pipe is not waited on), a parameters file is written as every output
 * is, and a loss that stops being a number is named at its step.
 */
class TrainingFilesTest {
    @TempDir Path dir;

    record Trained(int status, String out) {}

    static Trained train(TrainMoons.Options options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = TrainMoons.run(options, new PrintStream(out, true, StandardCharsets.UTF_8), null);
        return new Trained(status, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void initFromANamedPipeIsRefusedAtOnceAsDataFromOneIs() throws Exception {
        Path pipe = Fifos.make(dir.resolve("params.json"));
        Trained init = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> train(new TrainMoons.Options(1, pipe, null, null)));
        assertEquals(new Trained(1, "Cannot read parameters from " + pipe + ": not a regular file.\n"), init);
        Trained data = train(new TrainMoons.Options(1, null, pipe, null));
        assertEquals(new Trained(1, "Cannot read data from " + pipe + ": not a regular file.\n"), data);
        Trained folder = train(new TrainMoons.Options(1, dir, null, null));
        assertEquals(new Trained(1, "Cannot read parameters from " + dir + ": it is a folder.\n"), folder);
    }

    @Test
    void saveRefusesANamedPipeAndAFolderAndReplacesALink() throws Exception {
        MLP model = new MLP(2, List.of(2, 1));
        Path pipe = Fifos.make(dir.resolve("pipe.json"));
        AutogradException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(AutogradException.class, () -> model.save(pipe)));
        assertEquals("Cannot write parameters to " + pipe + ": it is not a regular file (a device, a named pipe or a"
                + " socket).", e.getMessage());
        assertFalse(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS));
        Path elsewhere = Files.writeString(dir.resolve("mine.txt"), "mine");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), elsewhere);
        model.save(link);
        assertTrue(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("mine", Files.readString(elsewhere));
        MLP again = new MLP(2, List.of(2, 1), Activation.TANH, 7);
        again.load(link);
        assertEquals(ParamsJson.toJson(model.parameters()), ParamsJson.toJson(again.parameters()));
    }

    @Test
    void aLossThatIsNoNumberIsNamedAtItsStepAndEndsTraining() throws Exception {
        Path init = Files.writeString(dir.resolve("huge.json"), "[" + String.join(", ",
                Collections.nCopies(337, "1e300")) + "]");
        Trained run = train(new TrainMoons.Options(3, init, null, null));
        assertEquals(1, run.status(), run.out());
        assertEquals("step 0 loss inf, accuracy 50.0%\nThe loss is inf at step 0: the forward pass first gives inf at"
                + " 1e+300 * 2.2035917809581554e+300 (a weight or a point too large for a double); training stops here,"
                + " as no later step would give a number either.\n", run.out());
    }
}
