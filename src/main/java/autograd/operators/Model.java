package autograd.operators;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * javac's model of types, as the operators ask about it: what sort of operand a type is (ours, a number, a student's
 * class...), its name as a student reads it, and the methods a class has.
 */
final class Model {
    /** What an operand is, for the operators. */
    enum Sort { VALUE, NUMBER, CLASS, STRING, OTHER, UNKNOWN }

    private static final Set<String> BOXES = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double");

    final Types types;
    final Elements elements;
    final TypeMirror value;                       // our autograd.Value, or null when it is not on the class path

    Model(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
        TypeElement ours = elements.getTypeElement("autograd.Value");
        this.value = ours == null ? null : ours.asType();
    }

    Sort sort(TypeMirror t) {
        if (t == null) return Sort.UNKNOWN;
        switch (t.getKind()) {
            case ERROR, NONE: return Sort.UNKNOWN;
            case BYTE, SHORT, INT, LONG, FLOAT, DOUBLE: return Sort.NUMBER;
            case TYPEVAR: return sort(((TypeVariable) t).getUpperBound());
            case DECLARED: break;
            default: return Sort.OTHER;                 // boolean, char, null, arrays
        }
        if (value != null && types.isSubtype(types.erasure(t), value)) return Sort.VALUE;
        TypeElement element = (TypeElement) ((DeclaredType) t).asElement();
        String name = element.getQualifiedName().toString();
        if (BOXES.contains(name)) return Sort.NUMBER;
        if (name.equals("java.lang.String")) return Sort.STRING;
        if (name.equals("java.lang.Object")) return Sort.UNKNOWN;   // what javac infers when a lambda's body failed
        return elements.getPackageOf(element).getQualifiedName().contentEquals(SnippetClasses.PACKAGE) ? Sort.CLASS
                : Sort.OTHER;
    }

    /** A type as a student reads it: {@code String}, {@code double}, {@code List<Double>}, {@code Value}. */
    String name(TypeMirror t) {
        if (t == null) return "unknown";
        if (t.getKind() == TypeKind.NULL) return "null";
        if (t instanceof DeclaredType d) {
            String simple = d.asElement().getSimpleName().toString();
            if (d.getTypeArguments().isEmpty()) return simple;
            return simple + d.getTypeArguments().stream().map(this::name).collect(Collectors.joining(", ", "<", ">"));
        }
        return t.toString();
    }

    /** The methods called {@code name} with {@code arity} parameters that {@code owner} has, inherited ones too. */
    List<ExecutableElement> methods(TypeElement owner, String name, int arity) {
        return ElementFilter.methodsIn(elements.getAllMembers(owner)).stream()
                .filter(m -> m.getSimpleName().contentEquals(name) && m.getParameters().size() == arity).toList();
    }

    /** {@code m}'s type as a member of {@code owner} (a generic class's parameters filled in), or as declared. */
    ExecutableType member(TypeMirror owner, ExecutableElement m) {
        if (owner instanceof DeclaredType d) {
            try {
                return (ExecutableType) types.asMemberOf(d, m);
            } catch (IllegalArgumentException notAMember) {
                // a static method found through a type name: its declared type is the one
            }
        }
        return (ExecutableType) m.asType();
    }
}
