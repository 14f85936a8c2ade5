package autograd.operators;

import autograd.operators.Calls.Missing;
import autograd.operators.Calls.Piece;
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
 * {@code __rtruediv__} ({@code k * a**-1}). How a number gets to the method is {@link Calls}'s.
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

    /**
     * {@code a op b} (or {@code a op= b}) with a student's class on one side; null when that class has none of the
     * operator methods, so javac's own message stands.
     */
    Built binary(Kind kind, Operand a, Operand b, Site site) {
        Operand own = a.is(Sort.CLASS) ? a : b;
        if (!operatorClass(own.type())) return null;
        boolean left = a.is(Sort.CLASS);                          // else a number (or unknown) on the left
        try {
            Piece p = switch (kind) {
                // __radd__
                case PLUS, PLUS_ASSIGNMENT -> left ? call(site, a, "add", b) : call(site, b, "add", a);
                // __rmul__
                case MULTIPLY, MULTIPLY_ASSIGNMENT -> left ? call(site, a, "mul", b) : call(site, b, "mul", a);
                case MINUS, MINUS_ASSIGNMENT -> left ? minus(site, a, b)
                        // (-b) + a
                        : calls.call(site, calls.call(site, calls.of(b), "neg"), "add", calls.of(a));
                case DIVIDE, DIVIDE_ASSIGNMENT -> left ? divide(site, a, b)
                        : calls.call(site, calls.call(site, calls.of(b), "pow", calls.minusOne(site)), "mul",
                                calls.of(a));
                default -> throw new IllegalArgumentException(kind.toString());
            };
            return new Built(p.form(), p.type());
        } catch (Missing m) {
            throw site.refuse(Messages.lacks(model.name(own.type()), m.getMessage(), site.symbol()));
        }
    }

    /** {@code -a}; null when the class has none of the operator methods. */
    Built negate(Operand a, Site site) {
        if (!operatorClass(a.type())) return null;
        try {
            Piece p = calls.call(site, calls.of(a), "neg");
            return new Built(p.form(), p.type());
        } catch (Missing m) {
            throw site.refuse(Messages.lacks(model.name(a.type()), "neg", "-"));
        }
    }

    /** {@code a ** e}: never left to javac, which cannot read **. */
    Built power(Operand a, Operand e, Site site) {
        try {
            Piece p = call(site, a, "pow", e);
            return new Built(p.form(), p.type());
        } catch (Missing m) {
            throw site.refuse(Messages.lacks(model.name(a.type()), "pow", "**"));
        }
    }

    /** {@code a - b}: {@code a.sub(b)}, else micrograd's {@code self + (-other)}. */
    private Piece minus(Site site, Operand a, Operand b) throws Missing {
        try {
            return call(site, a, "sub", b);
        } catch (Missing noSub) {
            try {
                Piece negated = b.is(Sort.NUMBER) ? calls.negative(site, b) : calls.call(site, own(site, a, b), "neg");
                return calls.call(site, calls.of(a), "add", negated);
            } catch (Missing noNeg) {
                throw new Missing("sub or neg");
            }
        }
    }

    /** {@code a / b}: {@code a.div(b)}, else micrograd's {@code self * other**-1}. */
    private Piece divide(Site site, Operand a, Operand b) throws Missing {
        try {
            return call(site, a, "div", b);
        } catch (Missing noDiv) {
            try {
                Piece inverse = b.is(Sort.NUMBER) ? calls.reciprocal(site, b)
                        : calls.call(site, own(site, a, b), "pow", calls.minusOne(site));
                return calls.call(site, calls.of(a), "mul", inverse);
            } catch (Missing noPow) {
                throw new Missing("div or pow");
            }
        }
    }

    private Piece call(Site site, Operand receiver, String method, Operand argument) throws Missing {
        return calls.call(site, calls.of(receiver), method, calls.of(argument));
    }

    /** b as a piece of a's class, or the refusal that names what b is instead. */
    private Piece own(Site site, Operand a, Operand b) {
        if (b.is(Sort.CLASS) || b.is(Sort.UNKNOWN)) return calls.of(b);
        throw user.refuse(Messages.operandType(site.symbol(), model.name(a.type()), user.of(b), model.name(b.type())),
                b);
    }

    /** A class with at least one of the operator methods: one with none gets javac's own message. */
    private boolean operatorClass(TypeMirror t) {
        if (!(t instanceof DeclaredType d)) return false;
        return ElementFilter.methodsIn(model.elements.getAllMembers((TypeElement) d.asElement())).stream()
                .anyMatch(m -> OPERATOR_METHODS.contains(m.getSimpleName().toString()));
    }
}
