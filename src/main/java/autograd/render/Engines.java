package autograd.render;

import autograd.picture.OutputFile;
import autograd.picture.Programs;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Which engine renders: the native {@code dot} when it is on the PATH and answers, else viz.js on V8 (J2V8, which
 * exists for x86_64 only), else none. No GraalJS or Nashorn: they take seconds per graph. Neither engine leaves
 * files behind.
 */
public final class Engines {
    private Engines() {}

    /**
     * Where J2V8's 19 MB library is unpacked: {@code autograd.cache}, else a folder of this user's own in the system
     * temp folder (never $HOME), readable by this user alone, so no other user can swap the library we load.
     */
    static Path cacheRoot() {
        String dir = System.getProperty("autograd.cache");
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        return Path.of(System.getProperty("java.io.tmpdir"), "autograd-jshell-v8-"
                + System.getProperty("user.name", "user"));
    }

    /** The cache root, made private to this user; a root someone else owns or can write to is not used. */
    private static Path privateRoot() throws IOException {
        Path root = cacheRoot();
        if (!FileSystems.getDefault().supportedFileAttributeViews()
                .contains("posix")) return Files.createDirectories(root);
        Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rwx------");
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(owner));
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile: checked below like any other
            }
        }
        boolean ours = Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(root, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS).equals(owner);
        return ours ? root : Files.createTempDirectory("autograd-jshell-v8-");   // a fresh private folder instead
    }

    /**
     * The engine for this machine, started on the calling thread (whose stack is stackBytes, 0: the default); null if
     * none.
     */
    static Engine start(long stackBytes) {
        if (Programs.onPath("dot") && dotAnswers()) return new NativeDot();
        try {
            Path folder = v8Folder();
            Engine v8 = new VizJs(folder, stackBytes);
            forget(folder);
            return v8;
        } catch (RuntimeException | IOException | LinkageError e) {
            return null;   // no J2V8 for this platform (Apple Silicon, aarch64): the install hint
        }
    }

    private static boolean dotAnswers() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).redirectOutput(Redirect.DISCARD)
                    .start();
            if (p.waitFor(10, TimeUnit.SECONDS)) return p.exitValue() == 0;
            p.destroyForcibly();
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A folder of this process's own, so two JVMs never overwrite each other's library (J2V8 deletes and rewrites
     * it on every start). Folders of processes that have ended are removed here; this one's library is removed
     * once loaded (Linux keeps a loaded library mapped).
     */
    private static Path v8Folder() throws IOException {
        Path root = privateRoot();
        try (Stream<Path> old = Files.list(root)) {
            old.filter(p -> p.getFileName().toString().startsWith("v8-")).filter(Engines::ended)
                    .forEach(OutputFile::deleteTree);
        }
        Path mine = root.resolve("v8-" + ProcessHandle.current().pid());
        Files.createDirectories(mine);
        return mine;
    }

    /** Once V8 has loaded its library from this process's folder, the copy is not needed any more. */
    private static void forget(Path mine) {
        if (Files.isDirectory(mine) && !System.getProperty("os.name", "")
                .startsWith("Windows")) OutputFile.deleteTree(mine);
    }

    private static boolean ended(Path folder) {
        try {
            long pid = Long.parseLong(folder.getFileName().toString().substring(3));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
