package autograd.plot;

import autograd.draw.Viewer;
import org.knowm.xchart.XYChart;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The lecture's {@code plt.plot}: a function over a range, x/y numbers, or a list such as a loss per step, drawn
 * as a line chart into {@code graphs/NAME.svg} (and {@code NAME.png}) and opened like drawDot's pictures:
 * <pre>{@code
 * plot(x -> 3*x*x - 4*x + 5, -5, 5)               // graphs/plot.svg
 * plot("tanh", x -> Math.tanh(x), -5, 5)          // graphs/tanh.svg
 * plot("loss", losses)                            // a List<Double>, one per step
 * plot("activations", Series.of("tanh", Math::tanh, -3, 3), Series.of("relu", x -> Math.max(0, x), -3, 3))
 * }</pre>
 */
public final class Plot {
    private Plot() {}

    /** f(x) from {@code from} to {@code to}, as {@code graphs/plot.svg}. */
    public static Path plot(DoubleUnaryOperator f, double from, double to) { return plot("plot", f, from, to); }

    /** f(x) from {@code from} to {@code to}, as {@code graphs/NAME.svg}. */
    public static Path plot(String name, DoubleUnaryOperator f, double from, double to) {
        return plot(name, Series.of(name, f, from, to));
    }

    /** The points (xs[i], ys[i]) joined by a line, as {@code graphs/plot.svg}. */
    public static Path plot(double[] xs, double[] ys) { return plot("plot", xs, ys); }

    /** The points (xs[i], ys[i]) joined by a line, as {@code graphs/NAME.svg}. */
    public static Path plot(String name, double[] xs, double[] ys) { return plot(name, new Series(name, xs, ys)); }

    /** The numbers against 0, 1, 2, ... (a loss per step), as {@code graphs/plot.svg}. */
    public static Path plot(List<? extends Number> ys) { return plot("plot", ys); }

    /** The numbers against 0, 1, 2, ... (a loss per step), as {@code graphs/NAME.svg}. */
    public static Path plot(String name, List<? extends Number> ys) { return plot(name, Series.of(name, ys)); }

    /** Several series on one chart, with a legend, as {@code graphs/NAME.svg}. */
    public static Path plot(String name, Series... series) {
        return show(chart(name, List.of(series)), name);
    }

    /** The chart {@link #plot} draws, for a look at its data: its series map holds each name's x and y. */
    public static XYChart chart(String name, List<Series> series) {
        return Charts.lines(name.equals("plot") ? "" : name, "", "", series);
    }

    /** Writes the chart's SVG and PNG, opens the SVG (or prints its file:// URI), returns it. */
    static Path show(XYChart chart, String name) {
        Path svg = ChartFile.write(chart, name);
        Viewer.open(svg);
        return svg;
    }
}
