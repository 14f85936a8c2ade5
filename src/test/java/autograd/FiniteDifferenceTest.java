package autograd;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** backward() against central finite differences, on hundreds of random graphs with shared nodes. */
class FiniteDifferenceTest {
    static final int INPUTS = 3, STEPS = 12;

    /** One random expression over the inputs, replayable with any input values (same seed, same graph). */
    static Value build(long seed, double[] xs, List<Value> leaves) {
        Random r = new Random(seed);
        List<Value> pool = new ArrayList<>();
        for (double x : xs) { Value v = new Value(x); leaves.add(v); pool.add(v); }
        for (int i = 0; i < STEPS; i++) {
            Value p = pool.get(r.nextInt(pool.size())), q = pool.get(r.nextInt(pool.size()));  // reuse: shared nodes
            double k = 0.5 + r.nextDouble();
            Value out = switch (r.nextInt(16)) {
                case 0 -> p.add(q);
                case 1 -> p.mul(q);
                case 2 -> p.sub(q);
                case 3 -> p.div(q.mul(q).add(1));                  // denominator ≥ 1
                case 4 -> p.add(k);
                case 5 -> Value.sub(k, p);
                case 6 -> Value.mul(k, p);
                case 7 -> Value.div(k, p.mul(p).add(1));
                case 8 -> p.neg();
                case 9 -> p.tanh();
                case 10 -> p.sigmoid();
                case 11 -> p.mul(0.3).exp();
                case 12 -> p.mul(p).add(1).log();
                case 13 -> p.pow(2);
                case 14 -> p.mul(p).add(1).pow(0.5);
                default -> Value.node(Math.sin(p.data), "sin", o -> p.grad += Math.cos(p.data) * o.grad, p);
            };
            pool.add(out);
        }
        Value sum = pool.get(pool.size() - 1);
        for (int i = 0; i < 3; i++) sum = sum.add(pool.get(r.nextInt(pool.size())));   // join a few branches
        return sum;
    }

    @Test
    void gradientsMatchCentralDifferencesOnRandomGraphs() {
        Random inputs = new Random(42);
        int checked = 0;
        for (long seed = 0; seed < 400; seed++) {
            double[] xs = new double[INPUTS];
            for (int i = 0; i < INPUTS; i++) xs[i] = inputs.nextDouble() * 2 - 1;
            List<Value> leaves = new ArrayList<>();
            Value root = build(seed, xs, leaves);
            root.backward();
            for (int i = 0; i < INPUTS; i++) {
                final int which = i;
                final long s = seed;
                Function<Double, Double> f = x -> {
                    double[] moved = xs.clone();
                    moved[which] = x;
                    return build(s, moved, new ArrayList<>()).data;
                };
                double h = 1e-5, numeric = (f.apply(xs[i] + h) - f.apply(xs[i] - h)) / (2 * h);
                assertEquals(numeric, leaves.get(i).grad, 1e-5 * Math.max(1, Math.abs(numeric)),
                        "graph " + seed + ", input " + i);
                checked++;
            }
        }
        assertEquals(400 * INPUTS, checked);
    }
}
