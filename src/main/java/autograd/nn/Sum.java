package autograd.nn;

import autograd.Value;
import java.util.List;

/**
 * Python's {@code sum(values)}: {@code 0 + v0 + v1 + ...}, where {@code 0 + v0} is micrograd's {@code v0 + Value(0)};
 * at the prompt, {@code sum(values)}.
 */
public final class Sum {
    private Sum() {}

    public static Value of(List<? extends Value> values) {
        if (values.isEmpty()) return new Value(0);                  // sum([]) is 0
        Value total = Value.add(0, values.get(0));
        for (int i = 1; i < values.size(); i++) total = total.add(values.get(i));
        return total;
    }
}
