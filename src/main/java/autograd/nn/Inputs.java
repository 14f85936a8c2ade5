package autograd.nn;

import autograd.Value;

import java.util.ArrayList;
import java.util.List;

/** Numbers made into leaf values, the demo's {@code list(map(Value, xrow))}. */
final class Inputs {
    private Inputs() {}

    static List<Value> of(double... x) {
        List<Value> values = new ArrayList<>(x.length);
        for (double xi : x) values.add(new Value(xi));
        return values;
    }
}
