package autograd.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The installed Graphviz: {@code dot -Tsvg}, the DOT text on its standard input, one process per render, so a
 * render is stopped by killing its process. No temporary files.
 */
final class NativeDot implements Engine {
    private volatile Process running;

    @Override
    public String render(String dot, int nodes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dot", "-Tsvg").start();
        running = p;
        try {
            CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()),
                    Renderer::background);
            try (OutputStream in = p.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));   // dot reads all of it before it writes a byte
            }
            String svg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (status != 0 || !svg.contains("<svg")) throw new IOException(firstLine(errors.join(), status));
            return svg;
        } finally {
            running = null;
            p.destroyForcibly();
        }
    }

    @Override
    public void stop() {
        Process p = running;
        if (p == null) return;
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static String drain(InputStream err) {
        try {
            return new String(err.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String firstLine(String errors, int status) {
        String line = errors.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return line.isEmpty() ? "dot exited with status " + status : line;
    }
}
