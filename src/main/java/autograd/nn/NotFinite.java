package autograd.nn;

import autograd.Graph;
import autograd.Repr;
import autograd.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A loss that is nan or infinite, named where it first appears: the step, and the parameter or the operation of the
 * forward pass that first gave a value that is not a number. From there on every step is nan, so training stops.
 */
final class NotFinite {
    private NotFinite() {}

    /** The sentence for step k's loss, which is not finite. */
    static String at(int k, Value loss, List<Value> parameters) {
        String where = null;
        for (int i = 0; i < parameters.size() && where == null; i++)
            if (!Double.isFinite(parameters.get(i).data))
                where = "parameter " + i + " is " + Repr.of(parameters.get(i).data)
                        + " (an update too large: lower the learning rate, or start from smaller weights)";
        if (where == null) where = firstOperation(loss);
        return "The loss is " + Repr.of(loss.data) + " at step " + k + ": " + where
                + "; training stops here, as no later step would give a number either.";
    }

    /** The first value of the forward pass, children first, that is not finite though its children are. */
    private static String firstOperation(Value loss) {
        for (Value v : Graph.topo(loss)) {
            if (Double.isFinite(v.data) || v.children().isEmpty()) continue;
            List<Value> in = v.children();
            String args = in.size() == 2 ? Repr.of(in.get(0).data) + " " + v.op() + " " + Repr.of(in.get(1).data)
                    : v.op() + in.stream().map(c -> Repr.of(c.data)).collect(Collectors.joining(", ", "(", ")"));
            return "the forward pass first gives " + Repr.of(v.data) + " at " + args
                    + " (a weight or a point too large for a double)";
        }
        return "a point of the data is not a number";
    }
}
