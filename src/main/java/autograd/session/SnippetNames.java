package autograd.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Snippet;

/**
 * Snippets as the user counts them. JShell numbers every snippet it compiles, the startup script's dozens included,
 * and a stack frame of a snippet's code names its file {@code #127}; the user typed twenty. This maps JShell's ids to
 * the user's own count, so a stack says {@code snippet 3, line 1}.
 */
public final class SnippetNames {
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();

    /** The user's snippet {@code number} was compiled as JShell's {@code snippet}. */
    void ran(Snippet snippet, int number) { numbers.put("#" + snippet.id(), number); }

    /**
     * Where a frame is, in the user's words: {@code snippet 3, line 1} for a snippet's own code ({@code f in snippet 2,
     * line 1} inside a method it declared), else the class and method ({@code autograd.Value.backward, line 12}).
     */
    public String of(StackTraceElement frame) {
        if (!ofSnippet(frame)) return withoutWrappers(frame.getClassName() + "." + frame.getMethodName()) + ", line "
                + frame.getLineNumber();
        Integer n = numbers.get(frame.getFileName());
        String snippet = n == null ? "the startup script" : "snippet " + n;
        String method = frame.getMethodName(), cls = withoutWrappers(frame.getClassName());
        String in = method.isEmpty() || method.startsWith("do_it$") ? ""
                : (cls.isEmpty() ? method : cls + "." + method) + " in ";
        return in + snippet + ", line " + frame.getLineNumber();
    }

    /** JShell names the file of a snippet's code after its id: {@code #12}. */
    private static boolean ofSnippet(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    /** The first frame of the user's own code on the exception's stack, in their words; null when none. */
    String where(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) if (ofSnippet(frame)) return of(frame);
        return null;
    }

    /** A message without JShell's wrapper classes: "REPL.$JShell$22E.b is null" says "b is null". */
    public static String withoutWrappers(String message) {
        return message.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?[.$]", "");
    }
}
