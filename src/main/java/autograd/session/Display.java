package autograd.session;

import autograd.session.Result.Kind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.Snippet.Status;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/** Turns JShell's snippet events into what a jshell user expects to read. */
public final class Display {
    private final JShell jshell;
    private Throwable lastException;

    Display(JShell jshell) { this.jshell = jshell; }

    /** The last exception a snippet threw, with its stack, for {@code /trace}. */
    Throwable lastException() { return lastException; }

    Result incomplete(String source) {
        String hint = Hints.of(source, "");
        return new Result(source, Kind.ERROR, "|  Error:\n|  this snippet is not finished (a missing ';', ')' or '}'?)"
                + (hint == null ? "" : "\n|  Hint: " + hint), "");
    }

    Result stopped(String source) { return new Result(source, Kind.STOPPED, "|  Stopped.", ""); }

    Result literalTooLong(String source, String snippet, int at) {
        return new Result(source, Kind.ERROR, "|  Error:\n|  constant string too long: a string literal holds at most 65,535 bytes;"
                + " read a long text from a file instead" + caret(snippet, at, at + 1), "");
    }

    Result tooDeep(String source) {
        return new Result(source, Kind.ERROR, "|  Error:\n|  this snippet nests too deeply for the compiler (a very long expression?): split it into several statements.", "");
    }

    Result abandoned(String source) {
        return new Result(source, Kind.STOPPED, "|  Stopped, but the code inside a library call goes on running in the background"
                + " (this JDK can stop only code you typed); the session will answer again once it ends, or /reset now.", "");
    }

    Result stillBusy(String source) {
        return new Result(source, Kind.STOPPED, "|  The session is still running a snippet it could not stop; wait for it, or /reset.", "");
    }

    Result of(String source, List<SnippetEvent> events) {
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (main == null) return new Result(source, Kind.DECLARED, "", "");
        if (main.exception() != null) return exception(source, main.exception());
        if (main.status() == Status.REJECTED) return error(source, main.snippet());
        if (brokenDeclaration(main)) {
            Result shown = error(source, main.snippet());
            jshell.drop(main.snippet());          // it can never run: not kept as a variable that is "not usable"
            return shown;
        }
        Snippet s = main.snippet();
        if (s instanceof VarSnippet v) return value(source, v.name(), v.typeName(), main.value());
        if (s instanceof ExpressionSnippet x) return value(source, x.name(), x.typeName(), main.value());
        if (s instanceof MethodSnippet m) return declared(source, main, "method " + m.name() + "(" + m.parameterTypes() + ")", events, m.name());
        if (s instanceof TypeDeclSnippet t) return declared(source, main, kindOf(t) + " " + t.name(), events, t.name());
        String printed = main.value() == null ? "" : main.value();   // a statement: its output went to System.out
        return new Result(source, Kind.DECLARED, "", printed);
    }

    private Result value(String source, String name, String type, String shown) {
        if ("void".equals(type)) return new Result(source, Kind.VALUE, "", "");
        String bare = "String".equals(type) && shown != null ? unquote(shown) : String.valueOf(shown);
        return new Result(source, Kind.VALUE, name + " ==> " + shown, bare);
    }

    private Result declared(String source, SnippetEvent e, String what, List<SnippetEvent> events, String name) {
        String verb = e.previousStatus() == Status.NONEXISTENT ? "created" : e.isSignatureChange() ? "replaced" : "modified";
        List<String> missing = jshell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.snippet()).collect(Collectors.toList());
        String tail = missing.isEmpty() ? "" : ", however, it cannot be used until " + String.join(", ", missing) + " is declared";
        return new Result(source, Kind.DECLARED, "|  " + verb + " " + what + tail + updates(events, name), "");
    }

    /** What a new declaration did to those that use it, in a student's words: your class Value leaves x1 null. */
    private String updates(List<SnippetEvent> events, String name) {
        List<String> vars = new java.util.ArrayList<>(), methods = new java.util.ArrayList<>();
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null || e.previousStatus() == Status.NONEXISTENT) continue;
            if (e.snippet() instanceof VarSnippet v && !vars.contains(v.name())) vars.add(v.name());
            if (e.snippet() instanceof MethodSnippet m && !methods.contains(m.name() + "(" + m.parameterTypes() + ")"))
                methods.add(m.name() + "(" + m.parameterTypes() + ")");
        }
        List<String> declared = jshell.variables().map(VarSnippet::name).toList();
        vars.sort(java.util.Comparator.comparingInt(declared::indexOf));      // in the order they were declared
        String out = "";
        if (!vars.isEmpty()) out += "\n|    " + String.join(", ", vars) + (vars.size() > 1 ? " were" : " was")
                + " of the " + name + " declared before, so " + (vars.size() > 1 ? "they are" : "it is") + " null now: make "
                + (vars.size() > 1 ? "them" : "it") + " again" + (vars.contains("o") ? " (resetGraph(\"graph\") rebuilds the neuron)." : ".");
        if (!methods.isEmpty()) out += "\n|    " + String.join(", ", methods) + " now use" + (methods.size() > 1 ? "" : "s") + " the new definition.";
        return out;
    }

    private static String kindOf(TypeDeclSnippet t) {
        return switch (t.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case RECORD_SUBKIND -> "record";
            case ANNOTATION_TYPE_SUBKIND -> "annotation";
            default -> "class";
        };
    }

    /** The compiler's errors, each with its line and a caret, as jshell shows them; then one hint, if one fits. */
    private Result error(String source, Snippet snippet) {
        StringBuilder out = new StringBuilder("|  Error:");
        String hint = null;
        for (Diag d : (Iterable<Diag>) jshell.diagnostics(snippet)::iterator) {
            if (!d.isError()) continue;
            String message = d.getMessage(Locale.ROOT).replace(" in class  cannot", " cannot");   // JShell's nameless wrapper
            for (String line : message.split("\n")) {
                if (!line.strip().equals("location: class")) out.append("\n|  ").append(line);
            }
            out.append(caret(snippet.source(), (int) d.getStartPosition(), (int) d.getEndPosition()));
            if (hint == null) hint = Hints.of(snippet.source(), message);
        }
        if (hint != null) out.append("\n|  Hint: ").append(hint);
        return new Result(source, Kind.ERROR, out.toString(), "");
    }

    /** The source line holding the problem, and a caret under it, as jshell shows it; a long line is cut around the place. */
    static String caret(String src, int start, int end) {
        if (start < 0 || start > src.length()) return "";
        int lineStart = src.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) lineStart = 0;
        int lineEnd = src.indexOf('\n', start);
        if (lineEnd < 0) lineEnd = src.length();
        int last = Math.max(start, Math.min(end, lineEnd) - 1);
        String before = "", after = "";
        if (lineEnd - lineStart > WIDTH) {                          // a 70,000-character literal: a window, not the whole line
            int from = Math.max(lineStart, start - WIDTH / 4), to = Math.min(lineEnd, from + WIDTH);
            before = from > lineStart ? "..." : "";
            after = to < lineEnd ? "..." : "";
            lineStart = from;
            lineEnd = to;
            last = Math.min(last, lineEnd - 1);
        }
        String marks = last > start ? "^" + "-".repeat(last - start - 1) + "^" : "^";
        return "\n|  " + before + src.substring(lineStart, lineEnd) + after
                + "\n|  " + " ".repeat(before.length() + start - lineStart) + marks;
    }

    private static final int WIDTH = 100;

    /**
     * A declaration JShell keeps though it does not compile on its own (a 70,000-character string is "constant
     * string too long"): an error, as the JDK's jshell shows it, not {@code t ==> null}. One that only waits for
     * something undeclared is not.
     */
    private boolean brokenDeclaration(SnippetEvent e) {
        if (!(e.snippet() instanceof jdk.jshell.DeclarationSnippet d) || e.status().isDefined() && e.status() == Status.VALID) return false;
        return jshell.unresolvedDependencies(d).findAny().isEmpty() && jshell.diagnostics(d).anyMatch(Diag::isError);
    }

    private Result exception(String source, JShellException e) {
        lastException = e;
        String line;
        if (e instanceof UnresolvedReferenceException u) {
            line = unusable(u.getSnippet());
        } else if (Exit.Requested.class.getName().equals(((EvalException) e).getExceptionClassName())) {
            return new Result(source, Kind.EXIT, "|  The snippet asked to exit (" + e.getMessage() + "): it stopped there, and the"
                    + " session goes on.", "");
        } else {
            EvalException ee = (EvalException) e;
            String cls = ee.getExceptionClassName();
            String simple = cls.substring(cls.lastIndexOf('.') + 1);
            String message = ee.getMessage() == null ? null : withoutWrappers(ee.getMessage());
            if (cls.equals("autograd.AutogradException")) line = message;
            else {
                line = simple + (message == null ? "" : ": " + message) + "  (/trace shows where)";
                String hint = Hints.of(source, simple + ": " + message);
                if (hint != null) line += "\n|  Hint: " + hint;
            }
        }
        return new Result(source, Kind.EXCEPTION, "|  " + line, "");
    }

    /** A message without JShell's wrapper classes: "REPL.$JShell$22E.b is null" says "b is null". */
    public static String withoutWrappers(String message) {
        return message.replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?[.$]", "");
    }

    /**
     * Why a declaration cannot run: what it waits for, or (when something it uses was declared again, as
     * {@code MLP n = ...} over the lecture's {@code Value n}) the compiler's reason, in one line.
     */
    private String unusable(jdk.jshell.DeclarationSnippet snippet) {
        String name = snippet instanceof MethodSnippet m ? m.name() + "(" + m.parameterTypes() + ")" : snippet.name();
        List<String> missing = jshell.unresolvedDependencies(snippet).collect(Collectors.toList());
        if (!missing.isEmpty()) return name + " cannot be used until " + String.join(", ", missing) + " is declared";
        String reason = jshell.diagnostics(snippet).filter(Diag::isError).findFirst()
                .map(d -> d.getMessage(Locale.ROOT).lines().map(String::strip).collect(Collectors.joining(" ")))
                .orElse("something it uses was declared again");
        String line = name + " cannot run: it no longer compiles (" + reason + ")";
        if (STARTUP_METHODS.contains(snippet.name()))
            line += "\n|  Hint: resetGraph rebuilds the lecture's neuron into x1 x2 w1 w2 x1w1 x2w2 x1w1x2w2 b n o, so those must"
                    + " stay Values: name your own variables otherwise (MLP net = ...), or /reset.";
        return line;
    }

    private static final java.util.Set<String> STARTUP_METHODS = java.util.Set.of("resetGraph", "buildNeuron");

    private static String unquote(String quoted) {
        if (quoted.length() < 2 || !quoted.startsWith("\"")) return quoted;
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length() - 1) {
                char n = quoted.charAt(++i);
                out.append(switch (n) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; default -> n; });
            } else out.append(c);
        }
        return out.toString();
    }
}
