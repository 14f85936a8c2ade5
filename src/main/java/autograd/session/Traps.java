package autograd.session;

import autograd.Graph;
import autograd.Repr;
import autograd.Value;

/**
 * The lecture's own traps, named where the student is: the first time gradients pile up (a backward adds to the grads
 * an earlier one left, because nothing zeroed them), one line says so and how to zero them. Once per session, and
 * only in a session that wants it (the REPL and the kernel; a replay when its script asks with {@code traps(true)}).
 * The engine stays silent, as micrograd's: it only tells {@link Graph#watch its watcher}.
 */
final class Traps {
    private Traps() {}

    static void install() { Once.touch(); }

    private static final class Once {
        static {
            Graph.watch(new Graph.Watcher() {
                @Override public void pilingUp(Value root, Value leaf) { Traps.pilingUp(root, leaf); }

                // a replay with its traps off, or a session that has said it: no walk over the graph to find a leaf
                @Override public boolean watching() { return Context.current().watchesPilingUp(); }
            });
        }

        static void touch() {}
    }

    private static void pilingUp(Value root, Value leaf) {
        Context c = Context.current();
        if (!c.saysPilingUp()) return;
        System.err.println(note(root, leaf));
    }

    /** The note, naming a leaf that still holds a grad and the root to zero. */
    static String note(Value root, Value leaf) {
        String name = root.label != null && root.label.matches("[A-Za-z_$][\\w$]*") ? root.label : "o";
        String which = leaf.label == null || leaf.label.isBlank() ? "a leaf" : leaf.label;
        return "Note: gradients pile up. This backward() adds to the grads an earlier one left (" + which + ".grad is "
                + Repr.of(leaf.grad) + " already): zero them first, with " + name
                        + ".zeroGrad(), or resetGraph(\"gradients\")"
                + " for the lecture's neuron. (Said once; traps(false) turns such notes off.)";
    }
}
