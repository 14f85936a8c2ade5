package autograd.plot;

import autograd.AutogradException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart line charts close to matplotlib's look (its default colours), since the lecture's pictures are matplotlib's.
 */
final class Charts {
    private Charts() {}

    static final int WIDTH = 640, HEIGHT = 440;

    /** matplotlib's default colour cycle, tab10. */
    static final Color[] TAB10 = {new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
            new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22),
                    new Color(0x17BECF)};

    /** A chart with a title, axis titles and one line per series; the legend shows when there are two or more. */
    static XYChart lines(String title, String xTitle, String yTitle, List<Series> series) {
        if (series.isEmpty()) throw new AutogradException("A plot needs at least one series.");
        XYChart chart = empty(title, xTitle, yTitle);
        chart.getStyler().setLegendVisible(series.size() > 1);
        Set<String> names = new HashSet<>();
        for (Series s : series) {
            if (!names.add(s.name())) throw new AutogradException("Two series are both named \"" + s.name()
                    + "\"; give each its own name.");
            if (!s.drawable()) throw new AutogradException("Series \"" + s.name() + "\" has no finite y to draw.");
            XYSeries line = chart.addSeries(s.name(), s.x(), s.y());
            // a single point still shows
            line.setMarker(s.x().length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        }
        labelEvery(chart, series);
        return chart;
    }

    /**
     * Labels only the x ticks on a round step (1, 2 or 5 times a power of ten, about ten labels): XChart ticks every
     * 3 steps of a 100-step loss curve and its labels run into each other.
     */
    static void labelEvery(XYChart chart, List<Series> series) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (Series s : series) for (double x : s.x()) { low = Math.min(low, x); high = Math.max(high, x); }
        if (!(high > low)) return;
        double step = niceStep(high - low);
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
            double k = x / step;
            return Math.abs(k - Math.rint(k)) < 1e-6 ? format.format(Math.rint(k) * step) : "";
        });
    }

    /** 1, 2 or 5 times a power of ten, giving about ten steps over range. */
    static double niceStep(double range) {
        double raw = range / 10, power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
    }

    /** A chart with no series yet. */
    static XYChart empty(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).theme(Styler.ChartTheme.Matlab).build();
        XYStyler styler = chart.getStyler();
        styler.setChartTitleVisible(!title.isEmpty());
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setAxisTitlesVisible(!xTitle.isEmpty() || !yTitle.isEmpty());
        styler.setSeriesColors(TAB10);
        // solid grid lines: VectorGraphics2D writes every dash of a dotted one as its own shape (600 KB an SVG)
        styler.setPlotGridLinesStroke(new BasicStroke(0.6f));
        styler.setPlotGridLinesColor(new Color(0xE0E0E0));
        return chart;
    }
}
