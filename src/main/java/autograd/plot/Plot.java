package autograd.plot;

import autograd.picture.Picture;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The lecture's {@code plt.plot}: series drawn as one line chart, written as {@code NAME.svg} and {@code NAME.png}.
 * At the prompt it is the {@code plot(...)} helpers:
 * <pre>{@code
 * plot(x -> 3*x*x - 4*x + 5, -5, 5)               // a function over a range
 * plot("tanh", x -> Math.tanh(x), -5, 5)          // named: the title and the file
 * plot("loss", losses)                            // a List<Double>, one per step
 * plot("activations", Series.of("tanh", Math::tanh, -3, 3), Series.of("relu", x -> Math.max(0, x), -3, 3))
 * }</pre>
 */
public final class Plot {
    private Plot() {}

    /** The name a plot gets when it is given none. */
    public static final String UNNAMED = "plot";

    /** The chart of these series: a title (none for an unnamed plot), and a legend when there are two or more. */
    public static XYChart chart(String name, List<Series> series) {
        return Charts.lines(name.equals(UNNAMED) ? "" : name, "", "", series);
    }

    /** Draws the series into folder as {@code NAME.svg} and {@code NAME.png}. */
    public static Picture write(String name, List<Series> series, Path folder) {
        return write(name, series, folder, name);
    }

    /**
     * Draws the series titled by name (none if {@link #UNNAMED}) into folder as {@code FILE.svg} and {@code FILE.png}.
     */
    public static Picture write(String name, List<Series> series, Path folder, String file) {
        return ChartFile.write(chart(name, series), file, folder);
    }
}
