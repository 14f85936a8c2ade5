package autograd.operators;

import autograd.operators.Typing.Sort;
import com.sun.source.tree.Tree.Kind;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
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

    private final Typing typing;
    private final UserText user;

    Convention(Typing typing, UserText user) {
        this.typing = typing;
        this.user = user;
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
            Piece p = switch (kind) {
                case PLUS, PLUS_ASSIGNMENT -> left ? call(site, of(a), "add", of(b)) : call(site, of(b), "add", of(a));
                case MULTIPLY, MULTIPLY_ASSIGNMENT -> left ? call(site, of(a), "mul", of(b)) : call(site, of(b), "mul", of(a));
                case MINUS, MINUS_ASSIGNMENT -> left ? minus(site, a, b) : call(site, call(site, of(b), "neg"), "add", of(a));
                case DIVIDE, DIVIDE_ASSIGNMENT -> left ? divide(site, a, b)
                        : call(site, call(site, of(b), "pow", minusOne(site)), "mul", of(a));
                default -> throw new IllegalArgumentException(kind.toString());
            };
            return new Built(p.form(), p.type());
        } catch (Missing m) {
            throw site.refuse(Messages.lacks(typing.name(own.type()), m.getMessage(), site.symbol()));
        }
    }

    /** {@code -a}; null when the class has none of the operator methods. */
    Built negate(Operand a, Site site) {
        if (!operatorClass(a.type())) return null;
        try {
            Piece p = call(site, of(a), "neg");
            return new Built(p.form(), p.type());
        } catch (Missing m) {
            throw site.refuse(Messages.lacks(typing.name(a.type()), "neg", "-"));
        }
    }

    /** {@code a ** e}: never left to javac, which cannot read **. */
    Built power(Operand a, Operand e, Site site) {
        try {
            Piece p = call(site, of(a), "pow", of(e));
            return new Built(p.form(), p.type());
        } catch (Missing m) {
            throw site.refuse(Messages.lacks(typing.name(a.type()), "pow", "**"));
        }
    }

    private Piece minus(Site site, Operand a, Operand b) throws Missing {
        try {
            return call(site, of(a), "sub", of(b));
        } catch (Missing noSub) {
            try {
                return call(site, of(a), "add", b.is(Sort.NUMBER) ? negative(site, b) : call(site, own(site, a, b), "neg"));   // a + (-b)
            } catch (Missing noNeg) {
                throw new Missing("sub or neg");
            }
        }
    }

    private Piece divide(Site site, Operand a, Operand b) throws Missing {
        try {
            return call(site, of(a), "div", of(b));
        } catch (Missing noDiv) {
            try {
                Piece inverse = b.is(Sort.NUMBER) ? reciprocal(site, b) : call(site, own(site, a, b), "pow", minusOne(site));
                return call(site, of(a), "mul", inverse);            // a * b**-1
            } catch (Missing noPow) {
                throw new Missing("div or pow");
            }
        }
    }

    /** b as a piece of a's class, or the refusal that names what b is instead. */
    private Piece own(Site site, Operand a, Operand b) {
        if (b.is(Sort.CLASS) || b.is(Sort.UNKNOWN)) return of(b);
        throw user.refuse(Messages.operandType(site.symbol(), typing.name(a.type()), user.of(b), typing.name(b.type())), b);
    }

    /** {@code receiver.method(argument)}: the argument as it is where the method takes it, else made one of the class. */
    private Piece call(Site site, Piece receiver, String method, Piece argument) throws Missing {
        if (!(receiver.type() instanceof DeclaredType owner)) throw new Missing(method);
        TypeElement type = (TypeElement) owner.asElement();
        List<ExecutableElement> methods = typing.methods(type, method, 1);
        if (methods.isEmpty()) throw new Missing(method);
        boolean unknown = typing.sort(argument.type()) == Sort.UNKNOWN;
        for (ExecutableElement m : methods) {
            ExecutableType t = typing.member(owner, m);
            if (unknown || typing.types.isAssignable(argument.type(), t.getParameterTypes().get(0)))
                return called(site, receiver, method, argument, t.getReturnType());
        }
        if (typing.sort(argument.type()) != Sort.NUMBER) {
            throw refuse(Messages.operandType(site.symbol(), typing.name(owner), argument.shown(), typing.name(argument.type())), argument);
        }
        for (ExecutableElement m : methods) {
            ExecutableType t = typing.member(owner, m);
            if (!typing.types.isAssignable(owner, t.getParameterTypes().get(0)) || !constructs(type, argument.type())) continue;
            Form made = site.form().text("new " + className(type) + "(");
            argument.argument(made);
            made.text(")");
            return called(site, receiver, method, new Piece(null, made, owner, argument.shown(), argument.where()), t.getReturnType());
        }
        throw refuse(Messages.lacksNumber(typing.name(owner), method, argument.shown()), argument);
    }

    /** {@code receiver.method()}. */
    private Piece call(Site site, Piece receiver, String method) throws Missing {
        if (!(receiver.type() instanceof DeclaredType owner)) throw new Missing(method);
        List<ExecutableElement> methods = typing.methods((TypeElement) owner.asElement(), method, 0);
        if (methods.isEmpty()) throw new Missing(method);
        return called(site, receiver, method, null, typing.member(owner, methods.get(0)).getReturnType());
    }

    private static Piece called(Site site, Piece receiver, String method, Piece argument, TypeMirror type) {
        Form f = site.form();
        receiver.receiver(f);
        f.text("." + method + "(");
        if (argument != null) argument.argument(f);
        f.text(")");
        return new Piece(null, f, type, receiver.shown(), receiver.where());
    }

    private Piece of(Operand o) { return new Piece(o, null, o.type(), user.of(o), user.span(o)); }

    private static Refusal refuse(String sentence, Piece about) {
        return new Refusal(sentence, about.where().start(), about.where().end());
    }

    /** {@code -k} for a number k: micrograd's {@code self + (-other)} negates the number itself. */
    private Piece negative(Site site, Operand k) {
        return new Piece(null, site.form().negated(k, user.of(k)), number(k.type()), user.of(k), user.span(k));
    }

    /** {@code Math.pow(k, -1)} for a number k: micrograd's {@code self * other**-1} with a number other. */
    private Piece reciprocal(Site site, Operand k) {
        Form f = site.form().text("Math.pow(").argument(k).text(", -1)");
        return new Piece(null, f, typing.types.getPrimitiveType(TypeKind.DOUBLE), user.of(k), user.span(k));
    }

    private Piece minusOne(Site site) {
        return new Piece(null, site.form().text("-1"), typing.types.getPrimitiveType(TypeKind.INT), "-1",
                new SourceMap.Span(site.start(), site.end()));
    }

    private TypeMirror number(TypeMirror t) {
        return t.getKind().isPrimitive() ? t : typing.types.unboxedType(t);
    }

    private boolean operatorClass(TypeMirror t) {
        if (!(t instanceof DeclaredType d)) return false;
        return ElementFilter.methodsIn(typing.elements.getAllMembers((TypeElement) d.asElement())).stream()
                .anyMatch(m -> OPERATOR_METHODS.contains(m.getSimpleName().toString()));
    }

    private boolean constructs(TypeElement type, TypeMirror number) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().size() == 1 && typing.types.isAssignable(number, c.getParameters().get(0).asType()));
    }

    /** The class as the snippet names it: {@code REPL.$JShell$12.Value} is {@code Value}. */
    static String className(TypeElement type) {
        String name = type.getQualifiedName().toString().replaceFirst("^" + SnippetClasses.PACKAGE + "\\.\\$JShell\\$\\w+\\.", "");
        return type.getTypeParameters().isEmpty() ? name : name + "<>";
    }
}
