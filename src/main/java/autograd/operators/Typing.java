package autograd.operators;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The static type of each operand, as javac attributed it. Where javac gave up because an operand inside was an
 * operator it rejected ({@code (2*n).exp()} is {@code <any>}), the type is worked out from the rewrite of that inner
 * operator: the result type of the method it became, then of the call or field on it.
 */
final class Typing {
    final Trees trees;
    final Model model;
    private final Map<Tree, Decision> decisions;  // the rewrites decided so far, by the tree they replace
    // each tree typed once: a long sum is not quadratic
    private final Map<Tree, TypeMirror> known = new IdentityHashMap<>();

    Typing(Trees trees, Model model, Map<Tree, Decision> decisions) {
        this.trees = trees;
        this.model = model;
        this.decisions = decisions;
    }

    /**
     * The type the expression at {@code path} has once the operators inside it are rewritten; null if unknown. Asked
     * bottom-up (an operator's operands were typed, and their own operators decided, before it).
     */
    TypeMirror of(TreePath path) {
        Tree tree = path.getLeaf();
        Decision decided = decisions.get(tree);
        if (decided != null) return decided.type();
        if (known.containsKey(tree)) return known.get(tree);
        TypeMirror t = work(path, tree);
        known.put(tree, t);
        return t;
    }

    private TypeMirror work(TreePath path, Tree tree) {
        if (tree instanceof ParenthesizedTree p) return of(new TreePath(path, p.getExpression()));
        TypeMirror javac = trees.getTypeMirror(path);
        if (javac != null && javac.getKind() != TypeKind.ERROR) return javac;
        if (tree instanceof MethodInvocationTree call) return returnType(path, call);
        if (tree instanceof MemberSelectTree select) return fieldType(path, select);
        if (tree instanceof BinaryTree b) return arithmetic(b, of(new TreePath(path, b.getLeftOperand())),
                of(new TreePath(path, b.getRightOperand())));
        if (tree instanceof UnaryTree u && (u.getKind() == Tree.Kind.UNARY_MINUS
                || u.getKind() == Tree.Kind.UNARY_PLUS)) {
            TypeMirror x = of(new TreePath(path, u.getExpression()));
            return model.sort(x) == Model.Sort.NUMBER ? promoted(x, model.types.getPrimitiveType(TypeKind.INT)) : null;
        }
        if (tree instanceof AssignmentTree a) return of(new TreePath(path, a.getVariable()));
        if (tree instanceof ConditionalExpressionTree c) {
            TypeMirror a = of(new TreePath(path, c.getTrueExpression())),
                    b = of(new TreePath(path, c.getFalseExpression()));
            return a != null && b != null && model.types.isSameType(a, b) ? a : null;
        }
        return null;
    }

    /**
     * Java's own type of {@code a op b} between numbers (binary numeric promotion) or with a String ({@code +}), where
     * javac gave up on it because an operand held an operator it rejected: {@code 4.0 ** -1 * x.data} is a double.
     */
    private TypeMirror arithmetic(BinaryTree b, TypeMirror left, TypeMirror right) {
        Tree.Kind k = b.getKind();
        boolean arithmetic = k == Tree.Kind.PLUS || k == Tree.Kind.MINUS || k == Tree.Kind.MULTIPLY
                || k == Tree.Kind.DIVIDE
                || k == Tree.Kind.REMAINDER;
        if (!arithmetic) return null;
        if (k == Tree.Kind.PLUS && (model.sort(left) == Model.Sort.STRING
                || model.sort(right) == Model.Sort.STRING)) return model.elements.getTypeElement("java.lang.String")
                .asType();
        return model.sort(left) == Model.Sort.NUMBER && model.sort(right) == Model.Sort.NUMBER ? promoted(left, right)
                : null;
    }

    /** The wider of two number types, at least int: double, float, long or int. */
    private TypeMirror promoted(TypeMirror a, TypeMirror b) {
        TypeKind x = primitive(a), y = primitive(b);
        for (TypeKind k : List.of(TypeKind.DOUBLE, TypeKind.FLOAT, TypeKind.LONG))
            if (x == k || y == k) return model.types.getPrimitiveType(k);
        return model.types.getPrimitiveType(TypeKind.INT);
    }

    private TypeKind primitive(TypeMirror t) {
        return t.getKind().isPrimitive() ? t.getKind() : model.types.unboxedType(t).getKind();
    }

    /** The return type of a call javac could not type because of an operator in it; null if not one clear type. */
    private TypeMirror returnType(TreePath path, MethodInvocationTree call) {
        Tree select = call.getMethodSelect();
        TreePath selectPath = new TreePath(path, select);
        TypeMirror owner;
        String name;
        if (select instanceof MemberSelectTree ms) {
            owner = of(new TreePath(selectPath, ms.getExpression()));
            name = ms.getIdentifier().toString();
        } else if (select instanceof IdentifierTree id) {
            // javac resolves the name even when an argument failed
            Element found = trees.getElement(selectPath);
            owner = found != null && found.getEnclosingElement() instanceof TypeElement type ? type.asType() : null;
            name = id.getName().toString();
        } else {
            return null;
        }
        if (!(owner instanceof DeclaredType d)) return null;
        List<? extends Tree> arguments = call.getArguments();
        TypeMirror result = null;
        for (ExecutableElement m : model.methods((TypeElement) d.asElement(), name, arguments.size())) {
            ExecutableType type = model.member(owner, m);
            boolean fits = true;
            for (int i = 0; i < arguments.size() && fits; i++) {
                TypeMirror argument = of(new TreePath(path, arguments.get(i)));
                fits = model.sort(argument) == Model.Sort.UNKNOWN
                        || model.types.isAssignable(argument, type.getParameterTypes().get(i));
            }
            if (!fits) continue;
            TypeMirror r = type.getReturnType();
            if (r.getKind() == TypeKind.TYPEVAR || (result != null && !model.types.isSameType(result, r))) return null;
            result = r;
        }
        return result;
    }

    private TypeMirror fieldType(TreePath path, MemberSelectTree select) {
        TypeMirror owner = of(new TreePath(path, select.getExpression()));
        if (owner != null && owner.getKind() == TypeKind.ARRAY && select.getIdentifier().contentEquals("length"))
            return model.types.getPrimitiveType(TypeKind.INT);
        if (!(owner instanceof DeclaredType d)) return null;
        List<? extends Element> members = model.elements.getAllMembers((TypeElement) d.asElement());
        for (VariableElement field : ElementFilter.fieldsIn(members)) {
            if (field.getSimpleName().contentEquals(select.getIdentifier())) return model.types.asMemberOf(d, field);
        }
        return null;
    }
}
