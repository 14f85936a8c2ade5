package autograd.session;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" for the lecture's Python habits and names, one line under the compiler's own message (or under an
 * exception). A table: each row is what the snippet says (a regular expression, found anywhere in it), what the
 * compiler said (a part of its message, or any), and the hint, which may name what the expression found. The first
 * row that fits wins; add a row to teach a new one.
 */
final class Hints {
    private Hints() {}

    /** A hint made from what the row's expression found, what was said, and the names the session knows; or none. */
    private interface Hint {
        String of(Matcher found, String said, Known known);
    }

    private record Row(Pattern source, String message, Hint hint) {}

    private static Row row(String source, String message, String hint) {
        return new Row(Pattern.compile(source, Pattern.MULTILINE), message, (m, said, known) -> hint);
    }

    /** A row whose hint is built from what the snippet's expression found, or is no hint (null). */
    private static Row row(String source, String message, BiFunction<Matcher, String, String> hint) {
        return new Row(Pattern.compile(source, Pattern.MULTILINE), message, (m, said, known) -> hint.apply(m, said));
    }

    /** A row whose hint needs the names the session knows: "did you mean". */
    private static Row known(String source, String message, Hint hint) {
        return new Row(Pattern.compile(source, Pattern.MULTILINE), message, hint);
    }

    private static final String ANY = "";

    private static final String STARTUP_GLOBALS = "resetGraph rebuilds the lecture's neuron into x1 x2 w1 w2 x1w1"
            + " x2w2 x1w1x2w2 b n o, so those must"
            + " stay Values: name your own variables otherwise (MLP net = ...), or /reset.";

    private static final String OPERATORS_OFF = "The lecture's operators on Values are off here (/operators on, or run"
            + " without --no-operators): a * b is a.mul(b) and x ** 2 is x.pow(2) in plain Java.";

    private static final List<Row> TABLE = List.of(
            // the lecture's operators, turned off in this session
            known("\\*\\*|[-+*/]", ANY, (m, said, known) -> known.operatorsOff() && (said.contains("bad operand type")
                    || m.group().equals("**")) ? OPERATORS_OFF : null),
            // the lecture's own names
            row("\\._backward\\b", ANY, "The lecture's o._backward() is o.localBackward() here: one value's step of"
                    + " the chain rule."),
            row("\\._prev\\b", ANY, "The lecture's v._prev is v.children() here: a List, in operand order."),
            row("\\._op\\b", ANY, "The lecture's v._op is v.op() here."),
            row("\\breset_graph\\b", ANY,
                    "The document's reset_graph('graph') is resetGraph(\"graph\") here: camelCase, and double quotes."),
            row("\\bdraw_dot\\b", ANY, "The lecture's draw_dot(o) is drawDot(o) here."),
            row("\\bzero_grad\\b", ANY, "Python's zero_grad() is zeroGrad() here: o.zeroGrad() for a graph,"
                    + " n.zeroGrad() for a network."),
            row("\\.backwards\\s*\\(", ANY, "It is backward(), without the s: o.backward()."),
            row("\\bresetGraph\\s*\\(\\s*\\)", ANY,
                    "resetGraph takes the level: resetGraph(\"graph\") rebuilds the neuron,"
                            + " resetGraph(\"gradients\") zeroes its grads."),
            // Python's syntax
            row("^\\s*import\\s+(math|numpy|random|torch)\\b", ANY,
                    "Java needs no import for that: Math.exp(x), Math.tanh(x), Math.random() are always there."),
            row("\\*\\*", ANY, "Java has no **: x.pow(2) for a Value, Math.pow(x, 2) for a number."),
            row("\\bfor\\s*\\(\\s*(?:\\w+\\s+)?(\\w+)\\s+in\\s+range\\s*\\(\\s*([^(),]+?)\\s*\\)", ANY, (m, said) ->
                    "Java counts with for (int " + m.group(1) + " = 0; " + m.group(1) + " < " + m.group(2) + "; "
                            + m.group(1)
                            + "++) { ... }: Python's for " + m.group(1) + " in range(" + m.group(2) + ")."),
            row("\\bfor\\s+[\\w,\\s]+\\s+in\\b", ANY,
                    "Java's for-each is for (Value x : xs) { ... }, or for (double x : xs) for numbers."),
            row("\\bdef\\s+\\w+\\s*\\(", ANY,
                    "Java declares a method with its types: double f(double x) { return 3*x*x - 4*x + 5; }"),
            row("(^|[=(,]\\s*)\\[", "illegal start of expression",
                    "Java writes a list as List.of(2.0, 3.0, -1.0), and an array as new double[] {2.0, 3.0, -1.0}."),
            row("'", "unclosed character literal",
                    "Strings take double quotes in Java: \"graph\"; single quotes hold one character."),
            row("'", "char cannot be converted to", "Strings take double quotes in Java: \"o\"; 'o' is one character."),
            row("\\blabel\\s*=", "variable label",
                    "Java has no keyword arguments: new Value(2.0, \"a\") takes the label second."),
            row("(^|[^\\w.])print\\s*\\(", "cannot find symbol",
                    "Java prints with System.out.println(x1.grad); at the prompt, x1.grad alone shows its value."),
            row("(\\b[\\w.]+\\.(?:grad|data)|\\b(?:double|float|int|long)\\s+\\w+)\\s*=\\s*None\\b",
                    "cannot find symbol",
                    (m, said) -> "A number cannot be None, nor null: " + m.group(1)
                            + " = 0.0 (or Double.NaN for no number)."),
            row("(^|[^\\w.])(True|False|None)\\b", "cannot find symbol", "Java's true, false and null are lowercase."),
            row("\\bmath\\.", "cannot find symbol",
                    "Python's math.exp(x) is Math.exp(x) in Java: a capital M, and no import."),
            row("(^|[^\\w.])len\\s*\\(", "cannot find symbol",
                    "Python's len(xs) is xs.size() for a List, xs.length for an array."),
            row("(^|[^\\w.])([A-Z]\\w*)\\s*\\(", "symbol:   method ", (m, said) ->
                    said.contains("symbol:   method " + m.group(2) + "(")
                    ? "Java makes an object with new: new " + m.group(2) + "(...), as in new Value(2.0, \"a\")."
                            : null),
            row("^\\s*([A-Za-z_]\\w*)\\s*=[^=]", "symbol:   variable ", (m, said) ->
                    said.contains("symbol:   variable " + m.group(1) + "\n")
                    || said.endsWith("symbol:   variable " + m.group(1))
                    ? "Java declares a variable before its first value: Value " + m.group(1) + " = ... (or var "
                            + m.group(1) + " = ...)." : null),
            row("\\.parameters\\b", "variable parameters", "parameters() is a method: n.parameters()."),
            row("\\b(\\w+)\\s+(\\w+)\\s*=\\s*(-?[\\d.]+[dDfF]?)\\s*;?\\s*$", "cannot be converted to", (m, said) ->
                    said.matches("(?s).*(int|long|float|double) cannot be converted to (\\S*\\.)?" + m.group(1)
                            + "\\b.*")
                    ? "A number is not a " + m.group(1) + ": " + m.group(1) + " " + m.group(2) + " = new " + m.group(1)
                            + "("
                            + m.group(3) + ");" : null),
            // a name the session knows, misspelt: the whole source, and the compiler's words, say which
            known("(?s).+", "symbol:   variable ", (m, said, names) -> Misspelt.parentheses(m.group(), said, names)),
            known("(?s).+", "cannot find symbol", (m, said, names) -> Misspelt.member(m.group(), said, names)),
            known("(?s).+", "cannot find symbol", (m, said, names) -> Misspelt.name(said, names)),
            // no operator overloading
            row(ANY, "binary operator '+'",
                    "Java has no operator overloading: a + b is a.add(b), and 2 + a is Value.add(2, a)."),
            row(ANY, "binary operator '-'",
                    "Java has no operator overloading: a - b is a.sub(b), and 1 - a is Value.sub(1, a)."),
            row(ANY, "binary operator '*'",
                    "Java has no operator overloading: a * b is a.mul(b), and 2 * a is Value.mul(2, a)."),
            row(ANY, "binary operator '/'",
                    "Java has no operator overloading: a / b is a.div(b), and 10 / a is Value.div(10, a)."),
            row(ANY, "unary operator '-'", "Java has no operator overloading: -a is a.neg()."),
            // exceptions: the message is the exception's class and message
            row(ANY, "IllegalArgumentException: duplicate element",
                    "Set.of refuses a value twice, and a + a has it twice: keep the children"
                    + " in a List (List.of(this, other)), or new HashSet<>(List.of(this, other)) as the lecture's"
                            + " set(_children)."),
            row(ANY, "is null", "That variable holds null: give it a value first (a variable made before its"
                    + " class was declared again is null now too)."),
            // the startup script's own methods, broken by a global declared again (MLP n = ... over the neuron's Value
            // n)
            row(ANY, "resetGraph(String) cannot run", STARTUP_GLOBALS),
            row(ANY, "buildNeuron() cannot run", STARTUP_GLOBALS));

    /** The hint for this snippet and what the compiler (or the exception) said, or null when no row fits. */
    static String of(String source, String message) { return of(source, message, Known.NOTHING); }

    /** As {@link #of(String, String)}, with the names the session knows for "did you mean". */
    static String of(String source, String message, Known known) {
        for (Row r : TABLE) {
            if (!message.contains(r.message)) continue;
            Matcher m = r.source.matcher(source);
            if (!m.find()) continue;
            String hint = r.hint.of(m, message, known);
            if (hint != null) return hint;
        }
        return null;
    }
}
