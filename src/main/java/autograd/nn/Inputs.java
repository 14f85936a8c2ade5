package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.ArrayList;
import java.util.List;

/** Numbers made into leaf values, the demo's {@code list(map(Value, xrow))}; values stay as they are. */
final class Inputs {
    private Inputs() {}

    static List<Value> of(double... x) {
        if (x == null) throw new AutogradException("A network needs its inputs, but got null.");
        List<Value> values = new ArrayList<>(x.length);
        for (double xi : x) values.add(new Value(xi));
        return values;
    }

    /** A list of values, numbers, or both ({@code List.of(2.0, 3.0, -1.0)}), as values; a list of values is itself. */
    @SuppressWarnings("unchecked")
    static List<Value> of(List<?> x) {
        if (x == null) throw new AutogradException("A network needs its inputs, but got null.");
        boolean allValues = true;
        for (Object xi : x) allValues &= xi instanceof Value;
        if (allValues) return (List<Value>) x;            // a layer's outputs, in training: no copy
        List<Value> values = new ArrayList<>(x.size());
        for (Object xi : x) {
            if (xi instanceof Value v) values.add(v);
            else if (xi instanceof Number n) values.add(new Value(n.doubleValue()));
            else throw new AutogradException("Inputs are values or numbers, but one is "
                    + (xi == null ? "null" : "a " + xi.getClass().getSimpleName()) + ".");
        }
        return values;
    }
}
