package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * micrograd's demo loss: the SVM max-margin loss {@code mean(relu(1 + -yi*scorei))} plus the L2 penalty
 * {@code alpha * sum(p*p)}, and the accuracy, the fraction of points where {@code (yi > 0) == (scorei.data > 0)}.
 *
 * @param total    the loss to call {@code backward()} on
 * @param accuracy a fraction in [0, 1]
 */
public record MaxMarginLoss(Value total, double accuracy) {
    /** micrograd's {@code alpha = 1e-4}. */
    public static final double ALPHA = 1e-4;

    /** The loss of these scores against labels {@code ys} (each -1 or 1), regularising {@code parameters}. */
    public static MaxMarginLoss of(List<Value> scores, double[] ys, List<Value> parameters) {
        if (scores.size() != ys.length || ys.length == 0)
            throw new AutogradException("The max-margin loss needs one label per score, but got "
                    + scores.size() + " scores and " + ys.length + " labels.");
        List<Value> losses = new ArrayList<>(ys.length);
        int correct = 0;
        for (int i = 0; i < ys.length; i++) {
            Value score = scores.get(i);
            losses.add(Value.add(1, score.mul(-ys[i])).relu());          // (1 + -yi*scorei).relu()
            if ((ys[i] > 0) == (score.data > 0)) correct++;
        }
        Value dataLoss = Sum.of(losses).mul(1.0 / losses.size());         // sum(losses) * (1.0 / len(losses))
        List<Value> squares = new ArrayList<>(parameters.size());
        for (Value p : parameters) squares.add(p.mul(p));
        Value regLoss = Value.mul(ALPHA, Sum.of(squares));                // alpha * sum((p*p for p in parameters))
        return new MaxMarginLoss(dataLoss.add(regLoss), (double) correct / ys.length);
    }

    /** The loss of {@code model} on every point of {@code data}: micrograd's demo {@code loss()}, full batch. */
    public static MaxMarginLoss of(MLP model, Moons data) {
        List<Value> scores = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) scores.add(model.call(data.x()[i]));
        return of(scores, data.y(), model.parameters());
    }
}
