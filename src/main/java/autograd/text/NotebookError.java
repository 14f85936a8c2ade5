package autograd.text;

import autograd.session.Outcome;
import autograd.session.Problem;
import java.util.List;

/**
 * A failed cell as Jupyter's error output: a name, a value (the problem in one line), and the lines a notebook shows,
 * which are the REPL's own (its message, caret and hints), with no Java stack: the cell {@code /trace} prints it. The
 * kernel sends it; a notebook a replay writes keeps it.
 */
public record NotebookError(String name, String value, List<String> traceback) {
    public static NotebookError of(Outcome o) {
        return of(o, ReplText.headline(o.problem()), ReplText.of(o));
    }

    /** The error of a failed outcome as a front door showed it: its {@code headline} in one line, and its text. */
    public static NotebookError of(Outcome o, String headline, String shown) {
        Problem p = o.problem();
        String name = p instanceof Problem.NotCompiled || p instanceof Problem.Unfinished ? "CompilationError"
                : p instanceof Problem.Stopped ? "Interrupted" : "Exception";
        return new NotebookError(name, headline, shown.lines().toList());
    }
}
