package autograd.operators;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis.SnippetWrapper;

/**
 * The lecture's arithmetic on Values, in Java: {@code x1*w1 + x2*w2 + b}, {@code 2*n}, {@code 1 - t**2},
 * {@code s += p*p}, rewritten to the method forms ({@code x1.mul(w1).add(x2.mul(w2)).add(b)}) so the graph, and every
 * gradient, is the method form's. Java stays Java: the caller asks only about a snippet javac rejected for an
 * operator (see {@link #isOperatorProblem}) or that holds {@code **} (see {@link #hasPower}), and within it only
 * the operators whose operands need it are rewritten.
 *
 * <p>One instance per session; {@link #rewrite} runs on the session's snippet thread (its deep stack: javac walks a
 * long sum recursively), one call at a time, and compiles the snippet once.
 */
public final class Operators {
    private static final Pattern OPERATOR_PROBLEM = Pattern.compile(
            "bad operand types for binary operator '(\\+|-|\\*|/|<|>|<=|>=|==|!=)'|bad operand type [^\\n]* for"
                    + " unary operator '-'");

    private final SessionView session;
    private final Javac javac;

    public Operators(SessionView session) {
        this.session = session;
        this.javac = new Javac(session);
    }

    /** True when {@code source} holds the {@code **} token outside strings, chars, text blocks and comments. */
    public static boolean hasPower(String source) { return PowerPass.hasPower(source); }

    /**
     * {@code source} with each {@code **} replaced by a token sequence of the same length that javac parses, for
     * JShell's completeness analysis (splitting snippets, the continuation prompt, Jupyter's is_complete).
     */
    public static String forCompleteness(String source) { return PowerPass.forCompleteness(source); }

    private static final java.util.Set<String> ARITHMETIC =
            java.util.Set.of("+", "-", "*", "/", "+=", "-=", "*=", "/=");

    /**
     * Whether the source likely needs the operators: an arithmetic operator right beside one of {@code values}, the
     * names of variables that hold Values ({@code x1*w1}, {@code -a}, {@code s += p}). Then the rewrite is asked
     * first, and javac is not first asked to refuse the snippet: the rewrite touches only the operators javac cannot
     * type, and a snippet it leaves alone runs as typed. A guess, for speed: a snippet it misses is still rewritten
     * once javac refuses it. The names are asked for only when an arithmetic operator stands beside a name.
     */
    public static boolean likelyNeeded(String source, java.util.function.Supplier<java.util.Set<String>> values) {
        java.util.Set<String> names = null;
        List<Token> tokens = Lexer.code(source);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.OPERATOR || !ARITHMETIC.contains(t.text())) continue;
            if (names == null) names = values.get();
            if (i > 0 && isValue(tokens.get(i - 1), names)) return true;
            if (i + 1 < tokens.size() && isValue(tokens.get(i + 1), names)) return true;
        }
        return false;
    }

    private static boolean isValue(Token t, java.util.Set<String> values) {
        return t.kind() == Token.Kind.NAME && values.contains(t.text());
    }

    /** True when javac's message says an arithmetic or comparison operator cannot take its operands' types. */
    public static boolean isOperatorProblem(String compilerMessage) {
        return compilerMessage != null && OPERATOR_PROBLEM.matcher(compilerMessage).find();
    }

    /**
     * The Java to run for one snippet, as the user typed it: {@link Rewrite.Java} with a map back to the user's
     * text, {@link Rewrite.Refused} with one sentence and a span of the user's text, or {@link Rewrite.Unchanged}
     * when there is nothing for the operators to do (javac's own message then stands).
     */
    public Rewrite rewrite(String source) {
        try {
            PowerPass.Result marked = PowerPass.apply(source);
            List<SnippetWrapper> wrappers = session.analysis().wrappers(marked.text());
            if (wrappers.isEmpty()) return new Rewrite.Unchanged();
            return javac.compile(wrappers, compiled -> {
                // a syntax error of the user's own: run the marked-up text, so javac says it, on the user's text
                if (!compiled.parsed()) return marked.powers() == 0 ? new Rewrite.Unchanged()
                        : new Rewrite.Java(marked.text(), marked.map());
                UserText user = new UserText(source, marked.map());
                List<Decision> decisions = plan(compiled, wrappers, marked, user);
                if (decisions.isEmpty()) return new Rewrite.Unchanged();
                MappedText java = new Emitter(marked.text(), marked.map(), decisions, source.length()).emit();
                return new Rewrite.Java(java.text(), java.map());
            });
        } catch (Refusal r) {
            return r.toRewrite();
        } catch (RuntimeException cannotHelp) {
            // javac or JShell failing on input the rewrite did not foresee: the snippet's own message and hint stand,
            // as they did before there were operators (a StackOverflowError still goes to the session, which says so)
            return new Rewrite.Unchanged();
        }
    }

    /** Every operator's decision, over all the units; the first refusal in the user's text if there is one. */
    private static List<Decision> plan(Javac.Compiled compiled, List<SnippetWrapper> wrappers, PowerPass.Result marked,
            UserText user) {
        Trees trees = Trees.instance(compiled.task());
        SourcePositions positions = trees.getSourcePositions();
        Map<Tree, Decision> decisions = new IdentityHashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        Map<Integer, Token> powers = new java.util.HashMap<>();
        for (int i = 0; i < marked.powers(); i++) powers.put(marked.markers()[i], marked.operators()[i]);
        Set<Integer> decided = new HashSet<>();
        Typing typing = new Typing(trees, new Model(compiled.task().getTypes(), compiled.task().getElements()),
                decisions);
        ValueForms values = new ValueForms(compiled.valueIsOurs() ? "Value" : "autograd.Value");
        List<Token> tokens = Lexer.code(marked.text());
        for (int i = 0; i < compiled.units().size(); i++) {
            CompilationUnitTree unit = compiled.units().get(i);
            Place place = new Place(unit, positions, wrappers.get(i), tokens);
            new Planner(typing, place, user, values, decisions, refusals, powers, decided).scan(unit, null);
        }
        for (var marker : powers.entrySet()) {
            if (!decided.contains(marker.getKey()))           // a ** the tree did not show as a call: say so
                refusals.add(new Refusal(Messages.powerOperands(), marker.getValue().start(), marker.getValue().end()));
        }
        if (!refusals.isEmpty()) throw refusals.stream().min(Comparator.comparingInt((Refusal r) -> r.start))
                .orElseThrow();
        return List.copyOf(decisions.values());
    }
}
