package autograd.trace;

import autograd.AutogradException;
import autograd.draw.Draw;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A user's own Value, typed into JShell with the lecture's field names, draws like ours. */
class NodeViewTest {
    /** The lecture's Python class, field for field; private fields, as a JShell class may have. */
    static class LectureValue {
        private double data;
        private double grad;
        private String label = "";
        private String _op = "";
        private Set<LectureValue> _prev = new LinkedHashSet<>();

        LectureValue(double data, String label) { this.data = data; this.label = label; }

        LectureValue mul(LectureValue other) {
            LectureValue out = new LectureValue(data * other.data, "");
            out._op = "*";
            out._prev.add(this);
            out._prev.add(other);
            return out;
        }
    }

    /** Another spelling: op, a List of children, and numbers that are not doubles. */
    static class ListNode {
        Float data;
        int grad;
        Object label;
        String op;
        List<ListNode> children = new ArrayList<>();

        ListNode(float data, Object label, String op, ListNode... kids) {
            this.data = data; this.label = label; this.op = op;
            children.addAll(List.of(kids));
        }
    }

    static class ArrayNode {
        Number data = 1.5;
        Double grad = null;        // unset: drawn as nan, in red
        String label = "arr";
        String op = "sum";
        ArrayNode[] _prev = {};
    }

    static class Foo {
        double data;
        String label;
        String _op;
        Set<Foo> _prev;
    }

    @Test
    void lectureClassWithASetOfChildrenDrawsThroughReflection() {
        LectureValue a = new LectureValue(2, "a"), b = new LectureValue(-3, "b");
        LectureValue c = a.mul(b);
        c.label = "c";
        c.grad = 1;
        String dot = Draw.dotSource(c);
        assertTrue(dot.contains("n0 [label=\"{ a | data 2.0000 | grad 0.0000 }\" shape=record]"), dot);
        assertTrue(dot.contains("n1 [label=\"{ b | data -3.0000 | grad 0.0000 }\" shape=record]"), dot);
        assertTrue(dot.contains("n2 [label=\"{ c | data -6.0000 | grad 1.0000 }\" shape=record]"), dot);
        assertTrue(dot.contains("n2op [label=\"*\"]\n\tn2op -> n2\n"), dot);
        assertTrue(dot.contains("n0 -> n2op\n\tn1 -> n2op\n"), dot);
        assertEquals("c (*)  data -6.0000  grad 1.0000\n+-- a  data 2.0000  grad 0.0000\n`-- b  data -3.0000  grad 0.0000\n",
                Draw.graphText(c));
    }

    @Test
    void listChildrenOpAndOtherNumberTypes() {
        ListNode x = new ListNode(0.5f, "x", "");
        ListNode y = new ListNode(2f, null, "exp", x);
        y.grad = 3;
        NodeView view = NodeView.of(y);
        assertEquals(2.0, view.data(y));
        assertEquals(3.0, view.grad(y));
        assertEquals("", view.label(y));
        assertEquals("exp", view.op(y));
        assertEquals(List.of(x), view.children(y));
        String dot = Draw.dotSource(y);
        assertTrue(dot.contains("{ x | data 0.5000 | grad 0.0000 }"), dot);
        assertTrue(dot.contains("n1op [label=\"exp\"]"), dot);
        assertSame(view, NodeView.of(new ListNode(1, "z", "")));   // looked up once per class
    }

    @Test
    void arrayChildrenAndAnUnsetGradShowRed() {
        ArrayNode n = new ArrayNode();
        n._prev = new ArrayNode[] {new ArrayNode()};
        String dot = Draw.dotSource(n);
        assertTrue(dot.contains("{ arr | data 1.5000 | grad nan }\" shape=record color=red fontcolor=red]"), dot);
        assertTrue(dot.contains("n0 -> n1op"), dot);
    }

    @Test
    void missingFieldIsOneSentenceNamingIt() {
        AutogradException e = assertThrows(AutogradException.class, () -> Draw.dotSource(new Foo()));
        assertEquals("Foo has no field `grad`: drawDot, printGraph, trace and grad need the lecture's fields data, grad, label, _op and _prev.", e.getMessage());
        e = assertThrows(AutogradException.class, () -> Draw.drawDot("just a string", "LR", Path.of("target")));
        assertEquals("String has no field `data`: drawDot, printGraph, trace and grad need the lecture's fields data, grad, label, _op and _prev.", e.getMessage());
        e = assertThrows(AutogradException.class, () -> Draw.dotSource(null));
        assertEquals("drawDot needs a Value, but got null.", e.getMessage());
    }

    @Test
    void setGradZeroesAUsersNode() {
        LectureValue a = new LectureValue(1, "a");
        a.grad = 5;
        NodeView.of(a).setGrad(a, 0);
        assertEquals(0, a.grad);
    }

    @Test
    void aCycleInAUsersObjectsIsWalkedOnce() {
        ListNode a = new ListNode(1, "a", "+");
        ListNode b = new ListNode(2, "b", "+", a);
        a.children.add(b);
        assertEquals(2, Draw.trace(b).nodes().size());
        assertTrue(Draw.graphText(b).contains("(see above)"));
    }
}
