package autograd.operators;

import autograd.operators.Model.Sort;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.Tree.Kind;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePathScanner;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides what each operator of one compiled unit becomes. Bottom-up, so an operator's operands are typed, rewritten
 * ones included, before it. Only what javac could not type is looked at: an operator javac accepted keeps Java's
 * meaning ({@code "o=" + o}, {@code 7 / 2}).
 */
final class Planner extends TreePathScanner<Void, Void> {
    private static final Map<Kind, String> SYMBOLS = Map.ofEntries(
            Map.entry(Kind.PLUS, "+"), Map.entry(Kind.MINUS, "-"), Map.entry(Kind.MULTIPLY, "*"),
            Map.entry(Kind.DIVIDE, "/"), Map.entry(Kind.LESS_THAN, "<"), Map.entry(Kind.GREATER_THAN, ">"),
            Map.entry(Kind.LESS_THAN_EQUAL, "<="), Map.entry(Kind.GREATER_THAN_EQUAL, ">="),
            Map.entry(Kind.EQUAL_TO, "=="), Map.entry(Kind.NOT_EQUAL_TO, "!="), Map.entry(Kind.PLUS_ASSIGNMENT, "+="),
            Map.entry(Kind.MINUS_ASSIGNMENT, "-="), Map.entry(Kind.MULTIPLY_ASSIGNMENT, "*="),
            Map.entry(Kind.DIVIDE_ASSIGNMENT, "/="));
    private static final Set<Kind> COMPARISONS = EnumSet.of(Kind.LESS_THAN, Kind.GREATER_THAN, Kind.LESS_THAN_EQUAL,
            Kind.GREATER_THAN_EQUAL, Kind.EQUAL_TO, Kind.NOT_EQUAL_TO);
    private final Typing typing;
    private final Model model;
    private final Place place;
    private final UserText user;
    private final ValueForms values;
    private final Convention convention;
    private final Operands operands;
    private final Map<Tree, Decision> decisions;
    private final List<Refusal> refusals;
    private final Map<Integer, Token> powers;   // each marker call's ** in the user's text, by where the call starts
    private final Set<Integer> decided;         // the marker calls decided

    Planner(Typing typing, Place place, UserText user, ValueForms values, Map<Tree, Decision> decisions,
            List<Refusal> refusals, Map<Integer, Token> powers, Set<Integer> decided) {
        this.typing = typing;
        this.model = typing.model;
        this.place = place;
        this.user = user;
        this.values = values;
        this.convention = new Convention(typing.model, user);
        this.operands = new Operands(typing, place, decisions);
        this.decisions = decisions;
        this.refusals = refusals;
        this.powers = powers;
        this.decided = decided;
    }

    // each operator is decided after its operands (the scan goes in first), so an outer one sees the inner rewritten

    @Override public Void visitBinary(BinaryTree node, Void unused) {
        return decide(super.visitBinary(node, unused), () -> binary(node));
    }

    @Override public Void visitUnary(UnaryTree node, Void unused) {
        return decide(super.visitUnary(node, unused), () -> negate(node));
    }

    @Override public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        return decide(super.visitCompoundAssignment(node, unused), () -> compound(node));
    }

    @Override public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        return decide(super.visitMethodInvocation(node, unused), () -> power(node));
    }

    /**
     * Decides one operator, once its operands are scanned; a refusal is kept, and the scan goes on to find the first
     * in the user's text.
     */
    private Void decide(Void scanned, Runnable operator) {
        try {
            operator.run();
        } catch (Refusal r) {
            refusals.add(r);
        }
        return null;
    }

    private void binary(BinaryTree node) {
        if (!SYMBOLS.containsKey(node.getKind()) || typedByJavac() || !place.inSnippet(node)) return;
        Operand a = operand(node.getLeftOperand()), b = operand(node.getRightOperand());
        Site site = site(place.tokenAt(a.end()), node);
        if (COMPARISONS.contains(node.getKind())) {
            compare(node.getKind(), a, b, site);
            return;
        }
        Form form = site.form();
        TypeMirror type = combine(node.getKind(), a, b, site, form);
        if (type != null) decide(node, form, type);
    }

    /** Values have no order, and a Value is not a number: say to compare their data. */
    private void compare(Kind kind, Operand a, Operand b, Site site) {
        boolean va = valueLike(a), vb = valueLike(b);
        boolean equality = kind == Kind.EQUAL_TO || kind == Kind.NOT_EQUAL_TO;     // two Values: identity, as Java's
        if (equality ? (va && b.is(Sort.NUMBER)) || (vb && a.is(Sort.NUMBER)) : va || vb)
            throw site.refuse(Messages.compare(site.symbol(), data(a), data(b)));
    }

    /** a op b written into form; the type of what it became, or null when it is not the operators' to rewrite. */
    private TypeMirror combine(Kind kind, Operand a, Operand b, Site site, Form form) {
        if ((kind == Kind.PLUS || kind == Kind.PLUS_ASSIGNMENT)
                && (a.is(Sort.STRING) || b.is(Sort.STRING))) return null;
        if (a.is(Sort.CLASS) || (b.is(Sort.CLASS) && !a.is(Sort.VALUE))) {
            Convention.Built built = convention.binary(kind, a, b, site);
            if (built == null) return null;
            form.append(built.form());
            return built.type();
        }
        if (!a.is(Sort.VALUE) && !b.is(Sort.VALUE)) return null;
        Operand other = a.is(Sort.VALUE) ? b : a;
        if (!(other.is(Sort.VALUE) || other.is(Sort.NUMBER) || other.is(Sort.UNKNOWN)))
            throw user.refuse(Messages.operandType(site.symbol(), "Value", user.of(other), model.name(other.type())),
                    other);
        values.binary(ValueForms.method(kind), a, b, form);
        return model.value;
    }

    private void negate(UnaryTree node) {
        if (node.getKind() != Kind.UNARY_MINUS || typedByJavac() || !place.inSnippet(node)) return;
        Operand a = operand(node.getExpression());
        Site site = site(place.tokenAt(place.start(node)), node);
        if (a.is(Sort.VALUE)) {
            decide(node, values.negate(a, site.form()), model.value);
        } else if (a.is(Sort.CLASS)) {
            Convention.Built built = convention.negate(a, site);
            if (built != null) decide(node, built.form(), built.type());
        }
    }

    /** {@code s += e} is {@code s = s + e}, with the left side written twice: so it must be safe to. */
    private void compound(CompoundAssignmentTree node) {
        if (!SYMBOLS.containsKey(node.getKind()) || !place.inSnippet(node)) return;
        Operand target = operand(node.getVariable()), e = operand(node.getExpression());
        Site site = site(place.tokenAt(target.end()), node);
        if (target.is(Sort.NUMBER) && (e.is(Sort.VALUE) || e.is(Sort.CLASS))) {
            throw site.refuse(Messages.compoundTarget(site.symbol(), user.of(target), model.name(target.type()),
                    model.name(e.type()), e.plain() ? user.of(e) : "(" + user.of(e) + ")"));
        }
        if (!target.is(Sort.VALUE) && !target.is(Sort.CLASS)) return;
        if (!LeftSide.safe(node.getVariable())) throw user.refuse(Messages.compoundLeftSide(site.symbol()), target);
        Form form = site.form().argument(target).text(" = ");
        if (combine(node.getKind(), target, e, site, form) != null) decide(node, form, target.type());
    }

    /** The lexical pass's {@code $pow$(a, b)}: every one is rewritten or refused, since javac cannot read **. */
    private void power(MethodInvocationTree node) {
        if (!(node.getMethodSelect() instanceof IdentifierTree id) || !id.getName().contentEquals(PowerPass.MARKER)
                || node.getArguments().size() != 2 || !place.inSnippet(node)) return;
        int start = place.start(node);
        Token op = powers.get(start);                               // the ** this marker stands for
        if (op == null) return;
        decided.add(start);
        SourceMap.Span whole = user.map().toUser(start, place.end(node));
        Site site = new Site("**", op.start(), op.end(), whole.start(), whole.end());
        Operand b = operand(node.getArguments().get(0)), e = operand(node.getArguments().get(1));
        for (Operand o : List.of(b, e)) {
            if (o.is(Sort.STRING) || o.is(Sort.OTHER))
                throw user.refuse(Messages.operandType("**", "Value", user.of(o), model.name(o.type())), o);
        }
        if (b.is(Sort.CLASS)) {
            Convention.Built built = convention.power(b, e, site);
            decide(node, built.form(), built.type());
        } else if (e.is(Sort.VALUE) || e.is(Sort.CLASS)) {
            throw user.refuse(Messages.valueExponent(user.of(b), user.of(e), b.is(Sort.NUMBER)), e);
        } else if (b.is(Sort.NUMBER)) {
            decide(node, ValueForms.mathPow(b, e, site.form()), model.types.getPrimitiveType(TypeKind.DOUBLE));
        } else {
            decide(node, values.power(b, e, site.form()), b.is(Sort.VALUE) ? model.value : null);
        }
    }

    private Operand operand(Tree t) { return operands.of(getCurrentPath(), t); }

    private boolean typedByJavac() {
        TypeMirror t = typing.trees.getTypeMirror(getCurrentPath());
        return t != null && t.getKind() != TypeKind.ERROR;
    }

    /** The operator token of {@code node} (a token of the marked-up text) in the user's text, with node's extent. */
    private Site site(Token operator, Tree node) {
        SourceMap.Span s = user.map().toUser(operator.start(), operator.end());
        SourceMap.Span whole = user.map().toUser(place.start(node), place.end(node));
        return new Site(operator.text(), s.start(), s.end(), whole.start(), whole.end());
    }

    private void decide(Tree node, Form form, TypeMirror type) {
        decisions.put(node, form.decision(place.start(node), place.end(node), type));
    }

    private static boolean valueLike(Operand o) { return o.is(Sort.VALUE) || o.is(Sort.CLASS); }

    private String data(Operand o) {
        String text = user.of(o);
        return valueLike(o) ? (o.plain() ? text : "(" + text + ")") + ".data" : text;
    }
}
