package autograd.picture;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a picture in the user's viewer: {@code open} on macOS, the URL handler on Windows, {@code xdg-open} on Linux
 * when a display is there. Never waits for the viewer. Opening can be turned off ({@code -Dautograd.open=false} or
 * {@code AUTOGRAD_OPEN=0}). Not {@code java.awt.Desktop}: graphviz-java makes the JVM headless.
 */
public final class Viewer {
    private Viewer() {}

    /** Opens the file in the viewer; false where nothing can open it, or opening is turned off. */
    public static boolean open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<String> command = enabled() ? command(abs) : null;
        return command != null && start(command);
    }

    /** Whether drawings are opened at all: not with {@code -Dautograd.open=false} or {@code AUTOGRAD_OPEN=0}. */
    public static boolean enabled() {
        String prop = System.getProperty("autograd.open", "true").trim().toLowerCase(Locale.ROOT);
        String env = System.getenv().getOrDefault("AUTOGRAD_OPEN", "1").trim().toLowerCase(Locale.ROOT);
        return !off(prop) && !off(env);
    }

    private static boolean off(String s) {
        return s.equals("false") || s.equals("0") || s.equals("no") || s.equals("off");
    }

    /** The opener for this system, or null when there is none (a Linux box without a display). */
    static List<String> command(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) return List.of("open", file.toString());
        if (os.startsWith("windows")) return List.of("rundll32", "url.dll,FileProtocolHandler", file.toString());
        boolean display = !System.getenv().getOrDefault("DISPLAY", "").isEmpty()
                || !System.getenv().getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        return display && Programs.onPath("xdg-open") ? List.of("xdg-open", file.toString()) : null;
    }

    private static boolean start(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(Redirect.DISCARD)
                    .redirectError(Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();   // stdin at end of file, as from /dev/null: the viewer never waits on us
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
