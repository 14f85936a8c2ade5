package autograd.operators;

import autograd.operators.Model.Sort;
import com.sun.source.tree.Tree;
import javax.lang.model.type.TypeMirror;

/**
 * An operand of an operator the rewrite looks at: where its source is in the marked-up snippet, its type, and how it
 * reads. {@code primary}: it takes a method call as it stands ({@code x}, {@code f(x)}, {@code (a + b)}, a rewritten
 * operator; not {@code (Value) o}). {@code bare}: its source inside any parentheses, with {@code barePrimary} the
 * same question for it. {@code plain}: it reads as a primary in the user's own text, for messages.
 */
record Operand(Tree tree, int start, int end, TypeMirror type, Sort sort, boolean primary,
               int bareStart, int bareEnd, boolean barePrimary, boolean plain) {
    /** Its source as the receiver of a call: without parentheses where it needs none, with them where it does. */
    Decision.Source receiver() {
        if (barePrimary) return new Decision.Source(bareStart, bareEnd, false);
        return new Decision.Source(start, end, !primary);
    }

    /** Its source as an argument of a call, where no parentheses are needed. */
    Decision.Source argument() { return new Decision.Source(bareStart, bareEnd, false); }

    boolean is(Sort s) { return sort == s; }
}
