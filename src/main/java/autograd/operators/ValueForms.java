package autograd.operators;

/**
 * The operators on our {@code autograd.Value}, as the method forms the lecture's code uses, op for op, so the graph
 * (ops, operand order, constants) and so every gradient is the method form's: {@code a * b} is {@code a.mul(b)},
 * {@code 2 * n} is {@code Value.mul(2, n)} (micrograd's {@code __rmul__}), {@code -x} is {@code x.neg()},
 * {@code x ** 2} is {@code x.pow(2)}.
 */
final class ValueForms {
    private final String type;     // how the snippet names our class: Value, unless a class of its own is called so

    ValueForms(String type) { this.type = type; }

    /** {@code a op b} where a or b is ours and the other ours or a number (or not known: taken as ours). */
    Form binary(String method, Operand a, Operand b, Form form) {
        if (a.is(Model.Sort.NUMBER)) return form.text(type + "." + method + "(").argument(a).text(", ").argument(b)
                .text(")");
        return form.receiver(a).text("." + method + "(").argument(b).text(")");
    }

    Form negate(Operand a, Form form) { return form.receiver(a).text(".neg()"); }

    Form power(Operand base, Operand exponent, Form form) { return form.receiver(base).text(".pow(").argument(exponent)
            .text(")"); }

    /** {@code a ** b} between numbers. */
    static Form mathPow(Operand base, Operand exponent, Form form) {
        return form.text("Math.pow(").argument(base).text(", ").argument(exponent).text(")");
    }

    static String method(com.sun.source.tree.Tree.Kind kind) {
        return switch (kind) {
            case PLUS, PLUS_ASSIGNMENT -> "add";
            case MINUS, MINUS_ASSIGNMENT -> "sub";
            case MULTIPLY, MULTIPLY_ASSIGNMENT -> "mul";
            case DIVIDE, DIVIDE_ASSIGNMENT -> "div";
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }
}
