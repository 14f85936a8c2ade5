package autograd.operators;

import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.Tree.Kind;
import com.sun.source.util.TreePath;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/**
 * The operands of an operator as the rewrite sees them: typed (rewrites inside included), placed, and how they read.
 */
final class Operands {
    private static final Set<Kind> PRIMARIES = EnumSet.of(Kind.IDENTIFIER, Kind.MEMBER_SELECT, Kind.METHOD_INVOCATION,
            Kind.PARENTHESIZED, Kind.ARRAY_ACCESS, Kind.NEW_CLASS, Kind.INT_LITERAL, Kind.LONG_LITERAL,
                    Kind.FLOAT_LITERAL,
            Kind.DOUBLE_LITERAL, Kind.BOOLEAN_LITERAL, Kind.CHAR_LITERAL, Kind.STRING_LITERAL, Kind.NULL_LITERAL);

    private final Typing typing;
    private final Place place;
    private final Map<Tree, Decision> decisions;

    Operands(Typing typing, Place place, Map<Tree, Decision> decisions) {
        this.typing = typing;
        this.place = place;
        this.decisions = decisions;
    }

    /** The operand {@code t} of the operator at {@code parent}. */
    Operand of(TreePath parent, Tree t) {
        TypeMirror type = typing.of(new TreePath(parent, t));
        Tree bare = t;
        while (bare instanceof ParenthesizedTree p) bare = p.getExpression();
        boolean plain = PRIMARIES.contains(t.getKind()) && !isPower(t);          // as the user wrote it: x ** 2 is not
        return new Operand(t, place.start(t), place.end(t), type, typing.model.sort(type), primary(t),
                place.start(bare), place.end(bare), primary(bare), plain);
    }

    /** True when a call can be made on the tree as it will be written: a rewritten operator is a call. */
    private boolean primary(Tree t) { return PRIMARIES.contains(t.getKind()) || decisions.containsKey(t); }

    private static boolean isPower(Tree t) {
        return t instanceof MethodInvocationTree m && m.getMethodSelect() instanceof IdentifierTree id
                && id.getName().contentEquals(PowerPass.MARKER);
    }
}
