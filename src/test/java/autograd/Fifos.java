package autograd;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Named pipes of a test's own, made with mkfifo in its temporary folder: never a system file. */
public final class Fifos {
    private Fifos() {}

    public static Path make(Path at) throws Exception {
        Process p = new ProcessBuilder("mkfifo", at.toString()).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo " + at);
        return at;
    }
}
