package autograd.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a shell command line in the project folder, feeding it input, and returns what it printed. */
final class Processes {
    private Processes() {}

    record Run(int status, String output) {}

    /** Runs it with no viewer, drawings in target/graphs and history in a folder of its own, never the user's. */
    static Run bash(String commandLine, String input, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("autograd-it", ".out");
        Path state = Files.createTempDirectory("autograd-it-state");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", commandLine).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("AUTOGRAD_OPEN", "0");
        builder.environment().put("AUTOGRAD_OUT", Path.of("target", "graphs").toAbsolutePath().toString());
        builder.environment().put("XDG_STATE_HOME", state.toString());
        Process p = builder.start();
        try {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(commandLine + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(output));
            }
            return new Run(p.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
            try (var files = Files.walk(state)) {                      // the history folder the run made: gone too
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
