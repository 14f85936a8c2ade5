package autograd.operators;

import autograd.operators.Model.Sort;
import com.sun.source.tree.Tree.Kind;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The operators on a student's own class, by a naming convention as Kotlin's operator functions: {@code +} is
 * {@code add}, {@code *} is {@code mul}, unary {@code -} is {@code neg}, {@code -} is {@code sub} (else {@code add} of
 * {@code neg}), {@code /} is {@code div} (else {@code mul} of {@code pow(-1)}), {@code **} is {@code pow}. A number on
 * the left reads as micrograd's {@code __radd__}, {@code __rmul__}, {@code __rsub__} ({@code (-a) + k}) and
 * {@code __rtruediv__} ({@code k * a**-1}). A number goes to a method that takes one; else it is made one of the
 * class, {@code new Value(k)}, as micrograd's {@code other if isinstance(other, Value) else Value(other)}.
 */
final class Convention {
    private static final List<String> OPERATOR_METHODS = List.of("add", "sub", "mul", "div", "neg", "pow");

    private final Model model;
    private final UserText user;
    private final Calls calls;

    Convention(Model model, UserText user) {
        this.model = model;
        this.user = user;
        this.calls = new Calls(model, user);
    }

    /** What an operator became, and its type. */
    record Built(Form form, TypeMirror type) {}

    /** A method the class lacks, named for the refusal. */
    private static final class Missing extends Exception {
        Missing(String method) { super(method, null, false, false); }
    }

    /**
     * Built so far: an operand as it stands, or text the convention wrote, with its type; {@code shown} and
     * {@code where} are the user's text it stands for, for a refusal about it.
     */
    private record Piece(Operand operand, Form form, TypeMirror type, String shown, SourceMap.Span where) {
        void receiver(Form out) { if (operand != null) out.receiver(operand); else out.append(form); }
        void argument(Form out) { if (operand != null) out.argument(operand); else out.append(form); }
    }

    /**
     * {@code a op b} (or {@code a op= b}) with a student's class on one side; null when that class has none of the
     * operator methods, so javac's own message stands.
     */
    Built binary(Kind kind, Operand a, Operand b, Site site) {
        Operand own = a.is(Sort.CLASS) ? a : b;
        if (!operatorClass(own.type())) return null;
        boolean left = a.is(Sort.CLASS);
        try {
            Calls.Piece p = switch (kind) {
                case PLUS, PLUS_ASSIGNMENT -> left ? calls.call(site, calls.of(a), "add", calls.of(b)) : calls.call(site, calls.of(b), "add", calls.of(a));
                case MULTIPLY, MULTIPLY_ASSIGNMENT -> left ? calls.call(site, calls.of(a), "mul", calls.of(b)) : calls.call(site, calls.of(b), "mul", calls.of(a));
                case MINUS, MINUS_ASSIGNMENT -> left ? minus(site, a, b) : calls.call(site, calls.call(site, calls.of(b), "neg"), "add", calls.of(a));
                case DIVIDE, DIVIDE_ASSIGNMENT -> left ? divide(site, a, b)
                        : calls.call(site, calls.call(site, calls.of(b), "pow", calls.minusOne(site)), "mul", calls.of(a));
                default -> throw new IllegalArgumentException(kind.toString());
            };
            return new Built(p.form(), p.type());
        } catch (Calls.Missing m) {
            throw site.refuse(Messages.lacks(model.name(own.type()), m.getMessage(), site.symbol()));
        }
    }

    /** {@code -a}; null when the class has none of the operator methods. */
    Built negate(Operand a, Site site) {
        if (!operatorClass(a.type())) return null;
        try {
            Calls.Piece p = calls.call(site, calls.of(a), "neg");
            return new Built(p.form(), p.type());
        } catch (Calls.Missing m) {
            throw site.refuse(Messages.lacks(model.name(a.type()), "neg", "-"));
        }
    }

    /** {@code a ** e}: never left to javac, which cannot read **. */
    Built power(Operand a, Operand e, Site site) {
        try {
            Calls.Piece p = calls.call(site, calls.of(a), "pow", calls.of(e));
            return new Built(p.form(), p.type());
        } catch (Calls.Missing m) {
            throw site.refuse(Messages.lacks(model.name(a.type()), "pow", "**"));
        }
    }

    private Calls.Piece minus(Site site, Operand a, Operand b) throws Calls.Missing {
        try {
            return calls.call(site, calls.of(a), "sub", calls.of(b));
        } catch (Calls.Missing noSub) {
            try {
                return calls.call(site, calls.of(a), "add", b.is(Sort.NUMBER) ? calls.negative(site, b) : calls.call(site, own(site, a, b), "neg"));   // a + (-b)
            } catch (Calls.Missing noNeg) {
                throw new Calls.Missing("sub or neg");
            }
        }
    }

    private Calls.Piece divide(Site site, Operand a, Operand b) throws Calls.Missing {
        try {
            return calls.call(site, calls.of(a), "div", calls.of(b));
        } catch (Calls.Missing noDiv) {
            try {
                Calls.Piece inverse = b.is(Sort.NUMBER) ? calls.reciprocal(site, b) : calls.call(site, own(site, a, b), "pow", calls.minusOne(site));
                return calls.call(site, calls.of(a), "mul", inverse);            // a * b**-1
            } catch (Calls.Missing noPow) {
                throw new Calls.Missing("div or pow");
            }
        }
    }

    /** b as a piece of a's class, or the refusal that names what b is instead. */
    private Calls.Piece own(Site site, Operand a, Operand b) {
        if (b.is(Sort.CLASS) || b.is(Sort.UNKNOWN)) return calls.of(b);
        throw user.refuse(Messages.operandType(site.symbol(), model.name(a.type()), user.of(b), model.name(b.type())), b);
    }

    private boolean operatorClass(TypeMirror t) {
        if (!(t instanceof DeclaredType d)) return false;
        return ElementFilter.methodsIn(model.elements.getAllMembers((TypeElement) d.asElement())).stream()
                .anyMatch(m -> OPERATOR_METHODS.contains(m.getSimpleName().toString()));
    }
}
