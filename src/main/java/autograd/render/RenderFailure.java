package autograd.render;

import autograd.AutogradException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a render failed, in the user's words: what happened and what to do, in one sentence. No JavaScript error
 * names, no Graphviz line numbers, never an empty reason.
 */
public final class RenderFailure {
    private RenderFailure() {}

    private static final String INSTALL = "install Graphviz (apt-get install graphviz, or brew install graphviz)";
    private static final String DOT_FILE = "the .dot file beside the picture has every value";
    private static final Pattern NEAR = Pattern.compile("near '([^']{0,40})'");

    public static AutogradException of(Throwable e) {
        if (e instanceof AutogradException ae) return ae;
        String m = messages(e);
        if (m.contains("Maximum call stack size exceeded") || e instanceof StackOverflowError)
            return new AutogradException("This graph is too deep for the embedded Graphviz to lay out (it ran out"
                    + " of stack): "
                    + INSTALL + " to draw it in full, or drawDot draws it folded; " + DOT_FILE + ".");
        if (VizJs.outOfMemory(e) || e instanceof OutOfMemoryError || m.contains("out of memory"))
            return new AutogradException("Graphviz ran out of memory laying out every value of this graph: "
                    + INSTALL + " to draw it in full, or drawDot draws it folded; " + DOT_FILE + ".");
        if (m.contains("syntax error")) {
            Matcher near = NEAR.matcher(m);
            return new AutogradException("Graphviz could not read this graph's DOT text"
                    + (near.find() ? " (it stopped at '" + near.group(1) + "')" : "")
                    + ": a label may hold something DOT cannot; dotSource(...) shows the text.");
        }
        String said = said(m);
        return new AutogradException("Graphviz failed on this graph"
                + (said.isEmpty() ? " without saying why" : " (" + said + ")")
                + ": draw it again, or " + INSTALL + "; " + DOT_FILE + ".");
    }

    static AutogradException noEngine() {
        return new AutogradException("No Graphviz engine could start here: " + INSTALL
                + " and draw again; the .dot file is written already.");
    }

    /** Every message down the cause chain, so the one that names the trouble is found wherever it is. */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause())
            all.append(t.getMessage() == null ? "" : t.getMessage()).append('\n');
        return all.toString();
    }

    /** What Graphviz said, without line numbers, script positions or error class names; "" when it said nothing. */
    static String said(String messages) {
        String line = messages.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.replaceAll("^undefined:\\d+:\\s*", "")
                .replaceAll("<stdin>:\\s*", "")
                .replaceAll("^(\\w*(Error|Warning):\\s*)+", "")
                .replaceAll("\\s*in line \\d+", "")
                .replaceAll("[.\\s]+$", "")
                .strip();
    }
}
