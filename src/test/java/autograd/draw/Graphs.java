package autograd.draw;

import autograd.Value;
import autograd.nn.Activation;
import autograd.nn.MLP;
import autograd.nn.MaxMarginLoss;
import autograd.nn.Moons;
import autograd.nn.SquaredError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The graphs students draw after the neuron, from small to big: issue 13's table, for the drawing tests and DrawBench. */
public final class Graphs {
    private Graphs() {}

    /** The lecture's {@code MLP(3, [4, 4, 1])} on its first example: 117 values. */
    public static Value mlpOnOneExample() {
        Value y = new MLP(3, List.of(4, 4, 1)).call(2.0, 3.0, -1.0);
        y.label = "y";
        y.backward();
        return y;
    }

    /** The lecture's loss of that MLP over its four examples: 362 values. */
    public static Value lectureMlpLoss() {
        MLP n = new MLP(3, List.of(4, 4, 1));
        double[][] xs = {{2.0, 3.0, -1.0}, {3.0, -1.0, 0.5}, {0.5, 1.0, 1.0}, {1.0, 1.0, -1.0}};
        List<Value> ypred = new ArrayList<>();
        for (double[] x : xs) ypred.add(n.call(x));
        Value loss = SquaredError.of(ypred, 1.0, -1.0, -1.0, 1.0);
        loss.label = "loss";
        loss.backward();
        return loss;
    }

    /**
     * micrograd's demo loss (max-margin plus L2) of its {@code MLP(2, [16, 16, 1])} over the first samples of the
     * moons: 1 sample is 1,666 values, 5 are 4,258, all 100 are 65,818.
     */
    public static Value moonsLoss(int samples) {
        MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED);
        Moons moons = Moons.bundled();
        List<Value> scores = new ArrayList<>();
        for (int i = 0; i < samples; i++) scores.add(model.call(moons.x()[i]));
        Value loss = MaxMarginLoss.of(scores, Arrays.copyOf(moons.y(), samples), model.parameters()).total();
        loss.label = "loss";
        loss.backward();
        return loss;
    }

    /** {@code v = v.add(1)}, n times, from x: 2n + 1 values. */
    public static Value chainOfAdds(int n) {
        Value v = new Value(0, "x");
        for (int i = 0; i < n; i++) v = v.add(1);
        v.label = "chain";
        v.backward();
        return v;
    }

    /** Leaves 1.0 multiplied pairwise, the products pairwise again, up to one: 2 * leaves - 1 values, no sum to fold. */
    public static Value productTree(int leaves) {
        List<Value> level = new ArrayList<>();
        for (int i = 0; i < leaves; i++) level.add(new Value(1.0));
        while (level.size() > 1) {
            List<Value> next = new ArrayList<>();
            for (int i = 0; i + 1 < level.size(); i += 2) next.add(level.get(i).mul(level.get(i + 1)));
            if (level.size() % 2 == 1) next.add(level.get(level.size() - 1));
            level = next;
        }
        Value t = level.get(0);
        t.label = "tree";
        t.backward();
        return t;
    }
}
