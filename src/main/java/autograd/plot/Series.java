package autograd.plot;

import autograd.AutogradException;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * One line of a chart: a name for the legend and its points. {@code Series.of("tanh", x -> Math.tanh(x), -5, 5)}
 * samples a function; a point whose y is NaN or infinite is left out of the line (a gap), as matplotlib does.
 *
 * @param name the legend's text
 * @param x    the x of each point, in order
 * @param y    the y of each point
 */
public record Series(String name, double[] x, double[] y) {
    /** Points a sampled function gets: enough for a smooth curve, few enough for a small file. */
    public static final int SAMPLES = 201;

    public Series {
        if (name == null || name.isBlank()) throw new AutogradException("A series needs a name for the legend, such"
                + " as \"tanh\".");
        if (x == null || y == null) throw new AutogradException("A series needs its x and y numbers, but got null.");
        if (x.length != y.length)
            throw new AutogradException("A series needs as many x as y, but got " + x.length + " x and " + y.length
                    + " y.");
        if (x.length == 0) throw new AutogradException("A series needs at least one point.");
        x = x.clone();
        y = y.clone();
        for (int i = 0; i < y.length; i++) if (!Double.isFinite(y[i])) y[i] = Double.NaN;   // NaN is a gap to XChart
        for (double v : x) if (!Double.isFinite(v)) throw new AutogradException("Every x of a series must be a"
                + " finite number, but one is " + v + ".");
    }

    @Override public double[] x() { return x.clone(); }

    @Override public double[] y() { return y.clone(); }

    /** f at {@value #SAMPLES} evenly spaced x from {@code from} to {@code to}, both ends included. */
    public static Series of(String name, DoubleUnaryOperator f, double from, double to) {
        if (f == null) throw new AutogradException("plot needs a function, as in plot(x -> Math.tanh(x), -5, 5).");
        if (!Double.isFinite(from) || !Double.isFinite(to) || from >= to)
            throw new AutogradException("plot needs a range from a smaller to a larger number, as in -5, 5, but got "
                    + from + ", " + to + ".");
        double[] xs = new double[SAMPLES], ys = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = i == SAMPLES - 1 ? to : from + (to - from) * i / (SAMPLES - 1);
            ys[i] = f.applyAsDouble(xs[i]);
        }
        return new Series(name, xs, ys);
    }

    /** The numbers against their index 0, 1, 2, ...: a loss per step. */
    public static Series of(String name, List<? extends Number> ys) {
        if (ys == null) throw new AutogradException("plot needs a list of numbers, but got null.");
        double[] xs = new double[ys.size()], y = new double[ys.size()];
        for (int i = 0; i < y.length; i++) {
            Number n = ys.get(i);
            if (n == null) throw new AutogradException("plot needs numbers, but item " + i + " of the list is null.");
            xs[i] = i;
            y[i] = n.doubleValue();
        }
        return new Series(name, xs, y);
    }

    /** Whether some point has a y to draw. */
    boolean drawable() {
        for (double v : y) if (!Double.isNaN(v)) return true;
        return false;
    }
}
