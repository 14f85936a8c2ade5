package autograd.plot;

import autograd.AutogradException;
import autograd.nn.Moons;
import java.util.function.DoubleBinaryOperator;

/**
 * micrograd's decision-boundary grid: {@code np.meshgrid(np.arange(x_min, x_max, h), np.arange(y_min, y_max, h))}
 * over the data's range widened by 1 on every side, and the model's class at each point, {@code score > 0}.
 *
 * @param xs        the grid's x, {@code np.arange(x_min, x_max, h)}
 * @param ys        the grid's y, {@code np.arange(y_min, y_max, h)}
 * @param positive  {@code positive[j][i]}: whether the score at {@code (xs[i], ys[j])} is above 0 (row j, as numpy's Z)
 */
public record Mesh(double[] xs, double[] ys, boolean[][] positive) {
    /** micrograd's {@code h = 0.25}. */
    public static final double H = 0.25;

    /** The grid around data, and the class score gives each point. */
    public static Mesh of(Moons data, DoubleBinaryOperator score) {
        if (data == null || data.size() == 0) throw new AutogradException("A decision boundary needs some points,"
                + " as in Moons.bundled().");
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY, yMin = xMin, yMax = xMax;
        for (double[] p : data.x()) {
            xMin = Math.min(xMin, p[0]); xMax = Math.max(xMax, p[0]);
            yMin = Math.min(yMin, p[1]); yMax = Math.max(yMax, p[1]);
        }
        double[] xs = arange(xMin - 1, xMax + 1, H), ys = arange(yMin - 1, yMax + 1, H);
        boolean[][] positive = new boolean[ys.length][xs.length];
        for (int j = 0; j < ys.length; j++)
            for (int i = 0; i < xs.length; i++) positive[j][i] = score.applyAsDouble(xs[i], ys[j]) > 0;
        return new Mesh(xs, ys, positive);
    }

    /**
     * numpy's {@code arange(start, stop, step)}: {@code ceil((stop - start) / step)} numbers {@code start + i*step}.
     */
    static double[] arange(double start, double stop, double step) {
        int n = (int) Math.max(0, Math.ceil((stop - start) / step));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = start + i * step;
        return out;
    }

    /**
     * The points of one class, as x and y arrays: {@code x[k], y[k]} is a grid point whose class is {@code positive}.
     */
    double[][] points(boolean positive) {
        int count = 0;
        for (boolean[] row : this.positive) for (boolean p : row) if (p == positive) count++;
        double[] x = new double[count], y = new double[count];
        int k = 0;
        for (int j = 0; j < ys.length; j++)
            for (int i = 0; i < xs.length; i++)
                if (this.positive[j][i] == positive) { x[k] = xs[i]; y[k++] = ys[j]; }
        return new double[][] {x, y};
    }
}
