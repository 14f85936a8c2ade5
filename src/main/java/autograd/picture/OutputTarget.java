package autograd.picture;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output path looked at before anything is written to it. What exists there must be a regular file, or a
 * symbolic link, which {@link OutputFile} replaces with the file and never writes through; a folder, a device, a
 * named pipe or a socket is refused, never replaced. The folder must take new files: that is tried with a file of
 * our own, made and deleted at once, since permissions alone do not say (root passes every permission check, and
 * {@code /proc} takes no new file whatever its mode says). Each answer is a clause for one sentence.
 */
public final class OutputTarget {
    private OutputTarget() {}

    /**
     * Why a file cannot be written at {@code file}, such as {@code it is a named pipe (FIFO), not a regular file} or
     * {@code its folder /proc does not take new files}; null when it can.
     */
    public static String problem(Path file) {
        String kind = notRegular(file);
        if (kind != null) return kind;
        Path folder = file.toAbsolutePath().getParent();
        String why = folderProblem(folder);
        return why == null ? null : "its folder " + why;
    }

    /**
     * Why no file can be written into {@code folder} (made when missing), such as {@code /a/b is a file, not a
     * folder}; null when one can. The clause starts with the folder's name.
     */
    public static String folderProblem(Path folder) {
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return folder + " cannot be made: no part of it exists";
        if (!Files.isDirectory(existing)) return existing + " is " + kind(existing) + ", not a folder";
        Path probe = existing.resolve(".autograd-probe-" + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Files.createFile(probe);
            return null;
        } catch (IOException | RuntimeException e) {
            return existing.equals(folder.toAbsolutePath()) ? existing + " " + refusal(e)
                    : folder + " cannot be made: " + existing + " " + refusal(e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                // a probe that cannot go again is left; it is hidden and empty
            }
        }
    }

    /**
     * {@code it is a folder, not a regular file} (a device, a named pipe, a socket) when something other than a
     * regular file or a symbolic link is at {@code file}; null otherwise. Links are not followed.
     */
    public static String notRegular(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() || a.isSymbolicLink()) return null;
            return "it is " + kind(file) + ", not a regular file";
        } catch (IOException e) {
            return null;                                            // nothing there yet
        }
    }

    /** What a folder that refused a new file gave as its reason, as the end of a sentence about it. */
    static String refusal(Exception e) {
        if (e instanceof AccessDeniedException) return "cannot be written (permission denied)";
        if (e instanceof NoSuchFileException) return "does not take new files";
        if (e instanceof FileSystemException f && f.getReason() != null)
            return "cannot be written (" + f.getReason().toLowerCase(java.util.Locale.ROOT) + ")";
        return "cannot be written (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    /** "a folder", "a named pipe (FIFO)", "a device", "a socket", "a file": what is at a path, links not followed. */
    static String kind(Path file) {
        if (Files.isSymbolicLink(file)) return "a symbolic link";
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) return "a folder";
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return "a file";
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            if (type == 0010000) return "a named pipe (FIFO)";
            if (type == 0020000 || type == 0060000) return "a device";
            if (type == 0140000) return "a socket";
        } catch (IOException | RuntimeException e) {
            // no unix view: say it plainly
        }
        return "a special file";
    }
}
