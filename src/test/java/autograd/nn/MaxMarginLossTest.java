package autograd.nn;

import autograd.Value;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MaxMarginLossTest {

    /**
     * Three scores against labels 1, -1, -1 and two parameters, 1 and -2: margins relu(1 - 0.5) = 0.5,
     * relu(1 - 2) = 0, relu(1 + 0.3) = 1.3; data loss 1.8 / 3 = 0.6; penalty 1e-4 * (1 + 4) = 5e-4.
     */
    @Test
    void threePointsByHand() {
        List<Value> scores = List.of(new Value(0.5), new Value(-2.0), new Value(0.3));
        List<Value> params = List.of(new Value(1.0), new Value(-2.0));
        double[] ys = {1, -1, -1};
        MaxMarginLoss loss = MaxMarginLoss.of(scores, ys, params);
        assertEquals(0.6004999999999999, loss.total().data);          // micrograd prints exactly this
        assertEquals(2.0 / 3, loss.accuracy());                         // the third point is on the wrong side

        loss.total().backward();
        assertEquals(-1.0 / 3, scores.get(0).grad, 1e-15);             // inside the margin: pushed up
        assertEquals(0.0, scores.get(1).grad);                          // beyond the margin: no gradient
        assertEquals(1.0 / 3, scores.get(2).grad, 1e-15);
        assertEquals(2e-4, params.get(0).grad, 1e-18);                  // d(alpha * p*p)/dp = 2 * alpha * p
        assertEquals(-4e-4, params.get(1).grad, 1e-18);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        List<Value> scores = List.of(new Value(0.2), new Value(-0.7), new Value(1.4));
        List<Value> params = List.of(new Value(0.9), new Value(-0.3));
        double[] ys = {1, -1, 1};
        MaxMarginLoss.of(scores, ys, params).total().backward();
        DoubleSupplier f = () -> MaxMarginLoss.of(scores, ys, params).total().data;
        for (Value v : List.of(scores.get(0), scores.get(1), scores.get(2), params.get(0), params.get(1))) {
            double h = 1e-6, x = v.data;
            v.data = x + h;
            double up = f.getAsDouble();
            v.data = x - h;
            double down = f.getAsDouble();
            v.data = x;
            assertEquals((up - down) / (2 * h), v.grad, 1e-8);
        }
    }
}
