package autograd.operators;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * One operator the rewrite replaces: the range {@code [start, end)} of the marked-up snippet it covers, what it
 * becomes (text of its own and its operands' source, in order), and the type of what it becomes.
 */
record Decision(int start, int end, List<Part> parts, TypeMirror type) {
    /** A piece of what an operator becomes. */
    sealed interface Part {}

    /**
     * Text the rewrite writes, standing for the operator at {@code caret} of the user's expression {@code [userFrom,
     * userTo)}.
     */
    record Text(String text, int caret, int userFrom, int userTo) implements Part {}

    /** An operand's own source, {@code [start, end)} of the marked-up snippet, in parentheses when asked. */
    record Source(int start, int end, boolean parenthesised) implements Part {}
}
