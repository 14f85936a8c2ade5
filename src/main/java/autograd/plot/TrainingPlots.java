package autograd.plot;

import autograd.AutogradException;
import autograd.nn.MLP;
import autograd.nn.MaxMarginLoss;
import autograd.nn.Moons;
import autograd.nn.TrainingListener;
import autograd.picture.Picture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * A training loop's pictures: record the loss each step, then draw the loss curve (and the accuracy, when recorded)
 * and, for a moons model, micrograd's decision boundary. In a loop you write:
 * <pre>{@code
 * TrainingPlots plots = new TrainingPlots();
 * for (int k = 0; k < 20; k++) { ...; plots.record(k, loss.total().data, loss.accuracy()); }
 * plot(plots);                             // graphs/loss.svg
 * }</pre>
 * Or hand it to {@code TrainMoons.train(model, data, steps, System.out, plots)}, which records every step and
 * the model; {@code plot(plots)} then draws the decision boundary too.
 */
public final class TrainingPlots implements TrainingListener {
    private final List<Double> steps = new ArrayList<>(), losses = new ArrayList<>(), accuracies = new ArrayList<>();
    private MLP model;
    private Moons data;

    /** One step's loss. */
    public void record(int step, double loss) { add(step, loss, Double.NaN); }

    /** One step's loss and accuracy (a fraction, 0 to 1). */
    public void record(int step, double loss, double accuracy) { add(step, loss, accuracy); }

    @Override public void step(int k, MaxMarginLoss loss, MLP model, Moons data) {
        add(k, loss.total().data, loss.accuracy());
        this.model = model;
        this.data = data;
    }

    private void add(int step, double loss, double accuracy) {
        steps.add((double) step);
        losses.add(loss);
        accuracies.add(accuracy);
    }

    /** The losses recorded so far, in order. */
    public List<Double> losses() { return List.copyOf(losses); }

    /** The loss curve as {@code loss.svg} (and .png) in folder. */
    public Picture lossCurve(Path folder) { return ChartFile.write(chart(), "loss", folder); }

    /** The loss, and the accuracy when any was recorded, against the step. */
    public XYChart chart() {
        if (steps.isEmpty()) throw new AutogradException("No loss recorded yet; call record(step, loss) in your"
                + " training loop first.");
        double[] x = unbox(steps);
        List<Series> series = new ArrayList<>(List.of(new Series("loss", x, unbox(losses))));
        Series accuracy = new Series("accuracy", x, unbox(accuracies));
        if (accuracy.drawable()) series.add(accuracy);
        return Charts.lines("training", "step", "", series);
    }

    /** The decision boundary of the model TrainMoons trained, as {@code decision-boundary.svg} in folder. */
    public Picture decisionBoundary(Path folder) {
        if (model == null) throw new AutogradException("No model seen yet; pass these plots to TrainMoons.train, or"
                + " call plotDecisionBoundary(model, data).");
        return DecisionBoundary.write(model, data, folder);
    }

    /** The loss curve, and the decision boundary when a model was seen. */
    public List<Picture> draw(Path folder) {
        List<Picture> drawn = new ArrayList<>(List.of(lossCurve(folder)));
        if (model != null) drawn.add(decisionBoundary(folder));
        return drawn;
    }

    private static double[] unbox(List<Double> list) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = list.get(i);
        return out;
    }
}
