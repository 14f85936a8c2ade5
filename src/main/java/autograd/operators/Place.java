package autograd.operators;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.SourceCodeAnalysis.SnippetWrapper;

/**
 * Where a tree of one compiled unit is in the marked-up snippet. The unit is JShell's wrapper around the snippet, so
 * positions go through the wrapper; only trees whose text is the snippet's own count.
 */
final class Place {
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final SnippetWrapper wrapper;
    private final List<Token> tokens;                           // the marked-up snippet's code tokens
    private final Map<Tree, Long> starts = new IdentityHashMap<>();

    Place(CompilationUnitTree unit, SourcePositions positions, SnippetWrapper wrapper, List<Token> tokens) {
        this.unit = unit;
        this.positions = positions;
        this.wrapper = wrapper;
        this.tokens = tokens;
    }

    /** True when the tree is part of the snippet, not of JShell's wrapping. */
    boolean inSnippet(Tree t) {
        long wrapped = wrappedStart(t);
        if (wrapped < 0) return false;
        int source = wrapper.wrappedToSourcePosition((int) wrapped);
        return source >= 0 && wrapper.sourceToWrappedPosition(source) == wrapped;
    }

    int start(Tree t) { return wrapper.wrappedToSourcePosition((int) wrappedStart(t)); }

    int end(Tree t) { return wrapper.wrappedToSourcePosition((int) positions.getEndPosition(unit, t) - 1) + 1; }

    /** The first code token at or after {@code position}: the operator after an operand's end. */
    Token tokenAt(int position) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < position) lo = mid + 1; else hi = mid;
        }
        return tokens.get(Math.min(lo, tokens.size() - 1));
    }

    /**
     * javac finds a binary tree's start by walking down its left operands, which is quadratic over a 3,000-term
     * sum; a tree whose start is its first operand's start takes it from there, remembered.
     */
    private long wrappedStart(Tree t) {
        Long known = starts.get(t);
        if (known != null) return known;
        Tree first = first(t);
        long start = first != null ? wrappedStart(first) : positions.getStartPosition(unit, t);
        starts.put(t, start);
        return start;
    }

    private static Tree first(Tree t) {
        if (t instanceof BinaryTree b) return b.getLeftOperand();
        if (t instanceof CompoundAssignmentTree c) return c.getVariable();
        if (t instanceof AssignmentTree a) return a.getVariable();
        if (t instanceof ArrayAccessTree a) return a.getExpression();
        if (t instanceof MemberSelectTree m) return m.getExpression();
        if (t instanceof MethodInvocationTree m && m.getTypeArguments().isEmpty()) return m.getMethodSelect();
        return null;
    }
}
