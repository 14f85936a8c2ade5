package autograd.session;

import java.util.List;

/** Why a snippet failed, as fields; the front doors word it (see {@code autograd.text}). */
public sealed interface Problem {

    /**
     * It did not compile: the compiler's errors, each with the span of the user's text it points at, and at most one
     * hint for a Python habit or a name from the lecture.
     */
    record NotCompiled(List<Diagnostic> errors, String hint) implements Problem {}

    /**
     * One compiler error: its message and the span it points at in the snippet as the user typed it ({@code start}
     * -1 when it points nowhere).
     */
    record Diagnostic(String message, int start, int end) {}

    /** The code ends inside a snippet (a missing {@code ;}, {@code )} or <code>}</code>); a hint if one fits. */
    record Unfinished(String hint) implements Problem {}

    /**
     * It threw. {@code className} is null for one of our own one-sentence errors ({@code AutogradException}) and for a
     * declaration that cannot be used yet, which are told by their message alone; {@code exception} carries the stack
     * for {@code /trace}; {@code where} is the first place of the user's own code it passed, as the user counts
     * snippets ({@code snippet 3, line 1}), or null.
     */
    record Threw(String className, String message, String hint, Throwable exception, String where) implements Problem {}

    /** It was stopped before its end: by the user, a time limit, or it would not stop (see {@link Why}). */
    record Stopped(Why why) implements Problem {}

    /**
     * {@code STOPPED}: a stop landed. {@code ABANDONED}: a stop could not land in library code, which runs on in the
     * background. {@code BUSY}: the session still runs an earlier snippet it could not stop, so this one did not run.
     */
    enum Why { STOPPED, ABANDONED, BUSY }

    /** It called {@code System.exit} (or Runtime's exit or halt): the snippet ended there, not the session. */
    record Exited(String call) implements Problem {}
}
