package autograd.operators;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;

/**
 * The left sides of {@code s += e} that can be written twice, as {@code s = s + e}, with the same meaning: a name,
 * a field of a name ({@code this.total}, {@code p.w}), an array element whose index has no side effects
 * ({@code xs[i]}, {@code xs[i + 1]}). Not {@code xs[i++]} or {@code next().w}: those would run twice.
 */
final class LeftSide {
    private LeftSide() {}

    static boolean safe(ExpressionTree t) { return plain(t); }

    /** A name, or fields and plain elements reached from one: reading it twice reads the same variable. */
    private static boolean plain(Tree t) {
        return switch (t.getKind()) {
            case IDENTIFIER -> true;
            case MEMBER_SELECT -> plain(((MemberSelectTree) t).getExpression());
            case PARENTHESIZED -> plain(((ParenthesizedTree) t).getExpression());
            case ARRAY_ACCESS -> plain(((ArrayAccessTree) t).getExpression()) && pure(((ArrayAccessTree) t).getIndex());
            default -> false;
        };
    }

    /** An index made of literals, names, fields and arithmetic: no call, no increment, no assignment. */
    private static boolean pure(Tree t) {
        if (t instanceof LiteralTree) return true;
        if (t instanceof BinaryTree b) return pure(b.getLeftOperand()) && pure(b.getRightOperand());
        if (t instanceof ParenthesizedTree p) return pure(p.getExpression());
        if (t instanceof TypeCastTree c) return pure(c.getExpression());
        if (t instanceof ConditionalExpressionTree c)
            return pure(c.getCondition()) && pure(c.getTrueExpression()) && pure(c.getFalseExpression());
        if (t instanceof UnaryTree u) {
            return switch (u.getKind()) {
                case UNARY_MINUS, UNARY_PLUS, BITWISE_COMPLEMENT, LOGICAL_COMPLEMENT -> pure(u.getExpression());
                default -> false;                                      // ++ and --
            };
        }
        return plain(t);
    }
}
