package autograd.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A program in a tmux pane, typed into with send-keys and read with capture-pane, as a person would use it. */
final class Tmux implements AutoCloseable {
    private final String name = "autograd-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    Tmux(String commandLine) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-s", name, "-x", "160", "-y", "50", commandLine);
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Types text literally; a trailing semicolon is sent escaped, since tmux reads it as its own separator. */
    void type(String text) throws IOException, InterruptedException {
        boolean semicolon = text.endsWith(";");
        String body = semicolon ? text.substring(0, text.length() - 1) : text;
        if (!body.isEmpty()) tmux("send-keys", "-t", name, "-l", body);
        if (semicolon) tmux("send-keys", "-t", name, "\\;");
    }

    /**
     * Pastes text as a modern terminal does: bracketed (ESC[200~ ... ESC[201~) when the program asked for it, as
     * jline does, else as typed keys. The text goes through a tmux buffer of this pane's own.
     */
    void paste(String text) throws IOException, InterruptedException {
        Path file = Files.createTempFile("tmux-paste", ".txt");
        try {
            Files.writeString(file, text);
            tmux("load-buffer", "-b", name, file.toString());
            tmux("paste-buffer", "-p", "-d", "-b", name, "-t", name);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Presses keys by tmux's names: Enter, Tab, C-c, C-r, C-d. */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    String screen() throws IOException, InterruptedException { return tmux("capture-pane", "-p", "-t", name); }

    /** Waits until the screen shows the text; fails with the screen after the timeout. */
    String await(String text, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("waited " + seconds + " s for \"" + text + "\"; the screen:\n" + screen);
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    /** Types a line, presses Enter, and waits for the prompt to come back. */
    String enter(String line, String prompt, int seconds) throws IOException, InterruptedException {
        type(line);
        press("Enter");
        return awaitPrompt(prompt, seconds);
    }

    /** Waits until the screen's last line is the prompt: the program is reading again, and keys go to it. */
    String awaitPrompt(String prompt, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        String screen = screen();
        while (!lastLine(screen).equals(prompt.strip())) {
            if (System.nanoTime() > end) throw new AssertionError("waited " + seconds + " s for the prompt \"" + prompt + "\"; the screen:\n" + screen);
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /**
     * The threads of the JVM running in the pane, as {@code jcmd Thread.print} lists them, for a failure's message:
     * whether a program that does not answer is slow or stuck, and where.
     */
    String threads() throws IOException, InterruptedException {
        long pane = Long.parseLong(tmux("display-message", "-p", "-t", name, "#{pane_pid}").strip());
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<Long> javas = ProcessHandle.of(pane).stream().flatMap(ProcessHandle::descendants)
                .filter(h -> h.info().command().orElse("").endsWith("/java")).map(ProcessHandle::pid).toList();
        if (javas.isEmpty()) return "(no JVM in the pane)";
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(javas.get(0)), "Thread.print")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override public void close() throws IOException, InterruptedException {
        tmux("kill-session", "-t", name);
    }
}
