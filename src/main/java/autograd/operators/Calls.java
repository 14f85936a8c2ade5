package autograd.operators;

import autograd.operators.Model.Sort;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Calls on a student's class, as the {@link Convention} asks for them: {@code receiver.method(argument)} with the
 * overload that takes the argument, a number passed as it is where a method takes one, else made one of the class
 * ({@code new Value(k)}) where it has a constructor from a double, else a refusal that names what is missing.
 */
final class Calls {
    private final Model model;
    private final UserText user;

    Calls(Model model, UserText user) {
        this.model = model;
        this.user = user;
    }

    /** A method the class lacks, named for the refusal. */
    static final class Missing extends Exception {
        Missing(String method) { super(method, null, false, false); }
    }

    /**
     * Built so far: an operand as it stands, or text the convention wrote, with its type; {@code shown} and
     * {@code where} are the user's text it stands for, for a refusal about it.
     */
    record Piece(Operand operand, Form form, TypeMirror type, String shown, SourceMap.Span where) {
        void receiver(Form out) { if (operand != null) out.receiver(operand); else out.append(form); }
        void argument(Form out) { if (operand != null) out.argument(operand); else out.append(form); }
    }

    /**
     * {@code receiver.method(argument)}: the argument as it is where the method takes it, else made one of the class.
     */
    Piece call(Site site, Piece receiver, String method, Piece argument) throws Missing {
        if (!(receiver.type() instanceof DeclaredType owner)) throw new Missing(method);
        TypeElement type = (TypeElement) owner.asElement();
        List<ExecutableElement> methods = model.methods(type, method, 1);
        if (methods.isEmpty()) throw new Missing(method);
        boolean unknown = model.sort(argument.type()) == Sort.UNKNOWN;
        for (ExecutableElement m : methods) {
            ExecutableType t = model.member(owner, m);
            if (unknown || model.types.isAssignable(argument.type(), t.getParameterTypes().get(0)))
                return called(site, receiver, method, argument, t.getReturnType());
        }
        if (model.sort(argument.type()) != Sort.NUMBER) {
            throw refuse(Messages.operandType(site.symbol(), model.name(owner), argument.shown(),
                    model.name(argument.type())), argument);
        }
        for (ExecutableElement m : methods) {
            ExecutableType t = model.member(owner, m);
            if (!model.types.isAssignable(owner, t.getParameterTypes().get(0))
                    || !constructs(type, argument.type())) continue;
            Form made = site.form().text("new " + className(type) + "(");
            argument.argument(made);
            made.text(")");
            return called(site, receiver, method, new Piece(null, made, owner, argument.shown(), argument.where()),
                    t.getReturnType());
        }
        throw refuse(Messages.lacksNumber(model.name(owner), method, argument.shown()), argument);
    }

    /** {@code receiver.method()}. */
    Piece call(Site site, Piece receiver, String method) throws Missing {
        if (!(receiver.type() instanceof DeclaredType owner)) throw new Missing(method);
        List<ExecutableElement> methods = model.methods((TypeElement) owner.asElement(), method, 0);
        if (methods.isEmpty()) throw new Missing(method);
        return called(site, receiver, method, null, model.member(owner, methods.get(0)).getReturnType());
    }

    private static Piece called(Site site, Piece receiver, String method, Piece argument, TypeMirror type) {
        Form f = site.form();
        receiver.receiver(f);
        f.text("." + method + "(");
        if (argument != null) argument.argument(f);
        f.text(")");
        return new Piece(null, f, type, receiver.shown(), receiver.where());
    }

    Piece of(Operand o) { return new Piece(o, null, o.type(), user.of(o), user.span(o)); }

    private static Refusal refuse(String sentence, Piece about) {
        return new Refusal(sentence, about.where().start(), about.where().end());
    }

    /** {@code -k} for a number k: micrograd's {@code self + (-other)} negates the number itself. */
    Piece negative(Site site, Operand k) {
        return new Piece(null, site.form().negated(k, user.of(k)), number(k.type()), user.of(k), user.span(k));
    }

    /** {@code Math.pow(k, -1)} for a number k: micrograd's {@code self * other**-1} with a number other. */
    Piece reciprocal(Site site, Operand k) {
        Form f = site.form().text("Math.pow(").argument(k).text(", -1)");
        return new Piece(null, f, model.types.getPrimitiveType(TypeKind.DOUBLE), user.of(k), user.span(k));
    }

    Piece minusOne(Site site) {
        return new Piece(null, site.form().text("-1"), model.types.getPrimitiveType(TypeKind.INT), "-1",
                new SourceMap.Span(site.start(), site.end()));
    }

    private TypeMirror number(TypeMirror t) {
        return t.getKind().isPrimitive() ? t : model.types.unboxedType(t);
    }

    private boolean constructs(TypeElement type, TypeMirror number) {
        return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().size() == 1
                        && model.types.isAssignable(number, c.getParameters().get(0).asType()));
    }

    /** The class as the snippet names it: {@code REPL.$JShell$12.Value} is {@code Value}. */
    static String className(TypeElement type) {
        String name = type.getQualifiedName().toString()
                .replaceFirst("^" + SnippetClasses.PACKAGE + "\\.\\$JShell\\$\\w+\\.", "");
        return type.getTypeParameters().isEmpty() ? name : name + "<>";
    }
}
