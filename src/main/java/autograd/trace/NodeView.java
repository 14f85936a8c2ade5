package autograd.trace;

import autograd.AutogradException;
import autograd.Value;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one way every graph consumer reads a node: our {@link Value} directly, and any other object by the
 * lecture's field names, so a class typed into JShell draws just like ours:
 * <pre>{@code class Value { double data; double grad; String label = ""; String _op = ""; Set<Value> _prev; }}</pre>
 * Fields are found up the class hierarchy, may be private, and are looked up once per class.
 * {@code data} and {@code grad} may be any primitive number or {@link Number}; the children
 * ({@code _prev}, {@code prev} or {@code children}) any {@link Iterable} or array.
 */
public abstract class NodeView {
    NodeView() {}

    public abstract double data(Object node);

    public abstract double grad(Object node);

    /** Sets the node's grad, for zeroing a graph built from the user's own class. */
    public abstract void setGrad(Object node, double grad);

    /** The node's label, {@code ""} when it has none. */
    public abstract String label(Object node);

    /** The op that made the node ({@code "+"}, {@code "tanh"}), {@code ""} for a leaf. */
    public abstract String op(Object node);

    /** The node's children in their own order (for a user's {@code HashSet}, its iteration order). */
    public abstract List<Object> children(Object node);

    /** The view for this node's class; one sentence naming the missing field if it is not a Value-like object. */
    public static NodeView of(Object node) {
        if (node == null) throw new AutogradException("drawDot needs a Value, but got null.");
        return node instanceof Value ? OURS : VIEWS.get(node.getClass());
    }

    private static final NodeView OURS = new NodeView() {
        public double data(Object n) { return ((Value) n).data; }
        public double grad(Object n) { return ((Value) n).grad; }
        public void setGrad(Object n, double g) { ((Value) n).grad = g; }
        public String label(Object n) { String l = ((Value) n).label; return l == null ? "" : l; }
        public String op(Object n) { return ((Value) n).op(); }
        public List<Object> children(Object n) { return Collections.unmodifiableList(((Value) n).children()); }
    };

    private static final ClassValue<NodeView> VIEWS = new ClassValue<>() {
        @Override protected NodeView computeValue(Class<?> type) { return new Reflective(type); }
    };

    /** A user's class, read through its fields. */
    private static final class Reflective extends NodeView {
        private final Field data, grad, label, op, children;

        Reflective(Class<?> type) {
            data = require(type, "`data`", "data");
            grad = require(type, "`grad`", "grad");
            label = require(type, "`label`", "label");
            op = require(type, "`_op` (or `op`)", "_op", "op");
            children = require(type, "`_prev` (or `prev`, `children`)", "_prev", "prev", "children");
        }

        public double data(Object n) { return number(data, n); }
        public double grad(Object n) { return number(grad, n); }

        public void setGrad(Object n, double g) {
            try {
                Class<?> t = grad.getType();
                if (t == double.class || t == Double.class || t == Number.class || t == Object.class) grad.set(n, g);
                else if (t == float.class || t == Float.class) grad.set(n, (float) g);
                else throw new AutogradException("Field `grad` on " + name(n.getClass()) + " is a " + t.getSimpleName()
                        + "; make it a double to hold gradients.");
            } catch (IllegalAccessException e) {
                throw new AutogradException("Cannot set `grad` on " + name(n.getClass()) + ": " + e.getMessage());
            }
        }

        public String label(Object n) { Object l = get(label, n); return l == null ? "" : l.toString(); }
        public String op(Object n) { Object o = get(op, n); return o == null ? "" : o.toString(); }

        public List<Object> children(Object n) {
            Object c = get(children, n);
            List<Object> out = new ArrayList<>();
            if (c instanceof Iterable<?> it) {
                for (Object child : it) if (child != null) out.add(child);
            } else if (c != null && c.getClass().isArray() && !c.getClass().getComponentType().isPrimitive()) {
                for (int i = 0, len = Array.getLength(c); i < len; i++) if (Array.get(c,
                        i) != null) out.add(Array.get(c, i));
            } else if (c != null) {
                throw new AutogradException("Field `" + children.getName() + "` on " + name(n.getClass())
                        + " must be a collection or an array of values, like the lecture's set of children.");
            }
            return out;
        }

        private static double number(Field f, Object n) {
            Object v = get(f, n);
            if (v instanceof Number num) return num.doubleValue();
            if (v == null) return Double.NaN;   // an unset Double: drawn red, like any non-number
            throw new AutogradException("Field `" + f.getName() + "` on " + name(n.getClass())
                    + " must be a number, but it is a "
                    + v.getClass().getSimpleName() + ".");
        }

        private static Object get(Field f, Object n) {
            try {
                return f.get(n);
            } catch (IllegalAccessException e) {
                throw new AutogradException("Cannot read `" + f.getName() + "` on " + name(n.getClass()) + ": "
                        + e.getMessage());
            }
        }

        private static Field require(Class<?> type, String shown, String... names) {
            for (String wanted : names)
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass())
                    for (Field f : c.getDeclaredFields())
                        if (f.getName().equals(wanted) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                            try {
                                f.setAccessible(true);
                            } catch (RuntimeException e) {   // a class in a closed module
                                throw new AutogradException("drawDot cannot read field `" + wanted + "` on "
                                        + name(type) + ": " + e.getMessage());
                            }
                            return f;
                        }
            throw new AutogradException(name(type) + " has no field " + shown
                    + ": drawDot, printGraph, trace and grad need the lecture's fields data, grad, label, _op and"
                            + " _prev.");
        }

        private static String name(Class<?> type) {   // a Java name may hold control characters (ignorable ones)
            return Printable.of(type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName());
        }
    }
}
