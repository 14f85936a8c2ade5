package autograd.nn;

import autograd.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lecture's training loop on its four examples. The expected numbers come from micrograd's own engine.py,
 * run on the same initial weights (this MLP's seeded ones, dumped to JSON and loaded into micrograd).
 */
class LectureTrainingTest {
    static final double[][] XS = {{2.0, 3.0, -1.0}, {3.0, -1.0, 0.5}, {0.5, 1.0, 1.0}, {1.0, 1.0, -1.0}};
    static final double[] YS = {1.0, -1.0, -1.0, 1.0};

    @Test
    void squaredErrorGoesDownAndPredictionsApproachTargets() {
        MLP n = new MLP(3, List.of(4, 4, 1));
        assertEquals(-0.8980890187149216, n.call(XS[0]).data, 1e-15);
        double[] losses = new double[20];
        for (int k = 0; k < 20; k++) {
            Value loss = SquaredError.of(predictions(n), YS);           // forward pass
            n.zeroGrad();                                               // backward pass
            loss.backward();
            for (Value p : n.parameters()) p.data += -0.05 * p.grad;    // update
            losses[k] = loss.data;
        }
        assertEquals(7.634317924910388, losses[0], 1e-12);
        assertEquals(2.0164305477453173, losses[5], 1e-12);
        assertEquals(0.08599218170502891, losses[19], 1e-12);
        for (int k = 1; k < 20; k++) assertEquals(true, losses[k] < losses[k - 1], "loss goes down at step " + k);
        double[] expected = {0.8952615407080825, -0.884575942096737, -0.8340116331830068, 0.8359315347849111};
        List<Value> ypred = predictions(n);
        for (int i = 0; i < 4; i++) assertEquals(expected[i], ypred.get(i).data, 1e-12);
    }

    @Test
    void squaredErrorIsTheSumOfSquares() {
        Value loss = SquaredError.of(List.of(new Value(0.5), new Value(-2.0)), 1.0, -1.0);
        assertEquals(1.25, loss.data);                                 // (0.5 - 1)**2 + (-2 - -1)**2
        assertEquals("+", loss.op());
    }

    private static List<Value> predictions(MLP n) {
        List<Value> ypred = new ArrayList<>();
        for (double[] x : XS) ypred.add(n.call(x));
        return ypred;
    }
}
