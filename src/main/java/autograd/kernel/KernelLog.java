package autograd.kernel;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kernel's own log: one line on the process's standard error, which Jupyter keeps in its log (ipykernel logs a
 * bad message the same way). Never {@code System.err}: the session routes that to the running cell's notebook.
 */
final class KernelLog {
    private static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);
    private static final Set<String> UNKNOWN_SEEN = ConcurrentHashMap.newKeySet();

    private KernelLog() {}

    /** A message that was not handled: a stranger's, a broken one, or one that came when no one asked for it. */
    static void dropped(String channel, String why) {
        STDERR.println("autograd kernel: dropped a message on the " + channel + " channel: " + why + ".");
    }

    /**
     * A well-formed request of a type this kernel does not know; said the first time each type comes, not every time.
     */
    static void unknown(String channel, String type) {
        if (UNKNOWN_SEEN.add(type)) STDERR.println("autograd kernel: no handler for " + type + " messages (" + channel
                + " channel); they are ignored.");
    }

    /** A handler (or the reading of a message) that threw: the request goes unanswered, the channel goes on. */
    static void failed(String what, Throwable t) {
        STDERR.println("autograd kernel: " + what + " failed: " + t);
    }
}
