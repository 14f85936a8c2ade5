package autograd.picture;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Programs of the machine's own that pictures may use: Graphviz's {@code dot}, a viewer such as {@code xdg-open}. */
public final class Programs {
    private Programs() {}

    /** Whether an executable of this name is on the PATH (with {@code .exe} on Windows). */
    public static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String name : List.of(exe, exe + ".exe"))
                if (Files.isExecutable(Path.of(dir, name)) && !Files.isDirectory(Path.of(dir, name))) return true;
        }
        return false;
    }
}
