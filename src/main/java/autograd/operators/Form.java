package autograd.operators;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * What one operator becomes, written piece by piece: the operands' source in the order the method form needs
 * them, and text of its own that stands for the operator's characters in the user's text.
 */
final class Form {
    private final List<Decision.Part> parts = new ArrayList<>();
    private final int caret, from, to;   // the operator, and the expression it makes, in the user's text

    Form(int caret, int from, int to) {
        this.caret = caret;
        this.from = from;
        this.to = to;
    }

    Form text(String s) {
        parts.add(new Decision.Text(s, caret, from, to));
        return this;
    }

    Form receiver(Operand o) {
        parts.add(o.receiver());
        return this;
    }

    Form argument(Operand o) {
        parts.add(o.argument());
        return this;
    }

    /** {@code -k} for a number operand, in parentheses unless k reads well after a minus. */
    Form negated(Operand k, String source) {
        if (k.barePrimary() && !source.startsWith("-") && !source.startsWith("+")) return text("-").receiver(k);
        return text("-(").argument(k).text(")");
    }

    /** Everything another form wrote, in place. */
    Form append(Form other) {
        parts.addAll(other.parts);
        return this;
    }

    Decision decision(int start, int end,
            TypeMirror type) { return new Decision(start, end, List.copyOf(parts), type); }
}
