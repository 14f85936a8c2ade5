package autograd.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a shell command line in the project folder, feeding it input, and returns what it printed. */
final class Processes {
    private Processes() {}

    record Run(int status, String output) {}

    static Run bash(String commandLine, String input, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", commandLine).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        builder.environment().put("AUTOGRAD_OPEN", "0");
        Process p = builder.start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(commandLine + " did not finish in " + timeoutSeconds + " s");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
