package autograd.session;

import autograd.session.Outcome.Declared;
import autograd.session.Outcome.Shown;
import autograd.session.Problem.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet.Status;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/** Reads JShell's events for one snippet into what the snippet did: its value, declaration or problem. */
final class Outcomes {
    private final JShell jshell;
    private final SnippetNames names;
    private final BooleanSupplier operators;       // whether the session runs the lecture's operators now

    Outcomes(JShell jshell, SnippetNames names, BooleanSupplier operators) {
        this.jshell = jshell;
        this.names = names;
        this.operators = operators;
    }

    /** One of these is set: what the snippet holds, declared, or why it failed; and the Java that ran, if rewritten. */
    record Read(Shown value, Declared declared, Problem problem, String java) {
        Read(Shown value, Declared declared, Problem problem) { this(value, declared, problem, null); }

        static Read of(Problem p) { return new Read(null, null, p); }

        /** The same, run as {@code java} (null: as typed). */
        Read ran(String java) { return new Read(value, declared, problem, java); }
    }

    /** The events of one evaluation; {@code at} maps a position in what was compiled to the user's text. */
    Read of(String source, List<SnippetEvent> events, Positions at) {
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        if (main == null) return new Read(null, null, null);
        if (main.exception() != null) return Read.of(thrown(source, main.exception()));
        if (main.status() == Status.REJECTED) return Read.of(notCompiled(source, main.snippet(), at));
        if (brokenDeclaration(main)) {
            Problem shown = notCompiled(source, main.snippet(), at);
            jshell.drop(main.snippet());          // it can never run: not kept as a variable that is "not usable"
            return Read.of(shown);
        }
        Snippet s = main.snippet();
        if (s instanceof VarSnippet v) return new Read(shown(v.name(), v.typeName(), main.value(), s), null, null);
        if (s instanceof ExpressionSnippet x) return new Read(shown(x.name(), x.typeName(), main.value(), s), null,
                null);
        if (s instanceof MethodSnippet m) return new Read(null,
                declared(main, "method " + signature(m), events, m.name()), null);
        if (s instanceof TypeDeclSnippet t) return new Read(null,
                declared(main, kindOf(t) + " " + t.name(), events, t.name()), null);
        return new Read(null, null, null);                                 // a statement: its output went to System.out
    }

    private static Shown shown(String name, String type, String text, Snippet s) {
        if ("void".equals(type)) return new Shown(name, type, "", "", false);
        String bare = "String".equals(type) && text != null ? unquote(text) : String.valueOf(text);
        boolean expression = switch (s.subKind()) {
            case VAR_VALUE_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;   // o, x1.grad, f(3)
            default -> false;                                                                       // x = 4, int y = 3
        };
        return new Shown(name, type, text, bare, expression);
    }

    private Declared declared(SnippetEvent e, String what, List<SnippetEvent> events, String name) {
        String verb = e.previousStatus() == Status.NONEXISTENT ? "created" : e.isSignatureChange() ? "replaced"
                : "modified";
        List<String> waits = jshell.unresolvedDependencies((DeclarationSnippet) e.snippet()).toList();
        List<String> vars = new ArrayList<>(), methods = new ArrayList<>();
        for (SnippetEvent u : events) {                          // what the new declaration did to those that use it
            if (u.causeSnippet() == null || u.previousStatus() == Status.NONEXISTENT) continue;
            if (u.snippet() instanceof VarSnippet v && !vars.contains(v.name())) vars.add(v.name());
            if (u.snippet() instanceof MethodSnippet m && !methods.contains(signature(m))) methods.add(signature(m));
        }
        List<String> declared = jshell.variables().map(VarSnippet::name).toList();
        vars.sort(java.util.Comparator.comparingInt(declared::indexOf));      // in the order they were declared
        return new Declared(verb, what, name, waits, List.copyOf(vars), List.copyOf(methods));
    }

    private static String signature(MethodSnippet m) { return m.name() + "(" + m.parameterTypes() + ")"; }

    private static String kindOf(TypeDeclSnippet t) {
        return switch (t.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case RECORD_SUBKIND -> "record";
            case ANNOTATION_TYPE_SUBKIND -> "annotation";
            default -> "class";
        };
    }

    /** The compiler's errors, each with its span in the user's text; then one hint, if one fits. */
    private Problem notCompiled(String source, Snippet snippet, Positions at) {
        List<Diagnostic> errors = new ArrayList<>();
        String hint = null;
        for (Diag d : (Iterable<Diag>) jshell.diagnostics(snippet)::iterator) {
            if (!d.isError()) continue;
            // JShell's nameless wrapper
            String message = d.getMessage(Locale.ROOT).replace(" in class  cannot", " cannot");
            message = message.lines().filter(l -> !l.strip().equals("location: class")).reduce((a, b) -> a + "\n" + b)
                    .orElse("");
            int[] span = at.span((int) d.getStartPosition(), (int) d.getEndPosition());
            errors.add(new Diagnostic(message, span[0], span[1]));
            if (hint == null) hint = Hints.of(source, message,
                    new Known(jshell.sourceCodeAnalysis(), operators.getAsBoolean()));
        }
        return new Problem.NotCompiled(List.copyOf(errors), hint);
    }

    /**
     * A declaration JShell keeps though it does not compile on its own (a 70,000-character string is "constant
     * string too long"): an error, as the JDK's jshell shows it, not {@code t ==> null}. One that only waits for
     * something undeclared is not.
     */
    private boolean brokenDeclaration(SnippetEvent e) {
        if (!(e.snippet() instanceof DeclarationSnippet d) || e.status().isDefined()
                && e.status() == Status.VALID) return false;
        return jshell.unresolvedDependencies(d).findAny().isEmpty() && jshell.diagnostics(d).anyMatch(Diag::isError);
    }

    private Problem thrown(String source, JShellException e) {
        if (e instanceof UnresolvedReferenceException u) return unusable(source, u.getSnippet(), e);
        EvalException ee = (EvalException) e;
        String cls = ee.getExceptionClassName();
        if (Exit.Requested.class.getName().equals(cls)) return new Problem.Exited(e.getMessage());
        String message = ee.getMessage() == null ? null : SnippetNames.withoutWrappers(ee.getMessage());
        if (cls.equals("autograd.AutogradException")) return new Problem.Threw(null, message, null, e, names.where(e));
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        return new Problem.Threw(cls, message, Hints.of(source, simple + ": " + message), e, names.where(e));
    }

    /**
     * Why a declaration cannot run: what it waits for, or (when something it uses was declared again, as
     * {@code MLP n = ...} over the lecture's {@code Value n}) the compiler's reason, in one line.
     */
    private Problem unusable(String source, DeclarationSnippet snippet, JShellException e) {
        String name = snippet instanceof MethodSnippet m ? signature(m) : snippet.name();
        List<String> missing = jshell.unresolvedDependencies(snippet).toList();
        if (!missing.isEmpty())
            return new Problem.Threw(null, name + " cannot be used until " + String.join(", ", missing)
                    + " is declared", null, e, null);
        String reason = jshell.diagnostics(snippet).filter(Diag::isError).findFirst()
                .map(d -> d.getMessage(Locale.ROOT).lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse(""))
                .orElse("something it uses was declared again");
        String message = name + " cannot run: it no longer compiles (" + reason + ")";
        return new Problem.Threw(null, message, Hints.of(source, message), e, null);
    }

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
