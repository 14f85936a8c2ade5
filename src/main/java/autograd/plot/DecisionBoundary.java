package autograd.plot;

import autograd.AutogradException;
import autograd.nn.MLP;
import autograd.nn.Moons;
import autograd.picture.Picture;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * micrograd's decision-boundary figure: the model's class over a {@link Mesh} around the data, as coloured
 * regions, and the moons on top, coloured by their labels (matplotlib's Spectral map: red for -1, blue for 1).
 * <pre>{@code plotDecisionBoundary(model, data)   // decision-boundary.svg}</pre>
 */
public final class DecisionBoundary {
    private DecisionBoundary() {}

    static final Color NEGATIVE_REGION = new Color(0xF4A582), POSITIVE_REGION = new Color(0x92C5DE);
    static final Color NEGATIVE_POINT = new Color(0xB2182B), POSITIVE_POINT = new Color(0x2166AC);

    /** The model's class at every grid point: micrograd's {@code Z = [s.data > 0 for s in scores]}. */
    public static Mesh mesh(MLP model, Moons data) {
        if (model == null) throw new AutogradException("A decision boundary needs a model, such as new MLP(2,"
                + " List.of(16, 16, 1), Activation.RELU, 1337).");
        return Mesh.of(data, (x, y) -> model.call(x, y).data);
    }

    /** Draws the figure as {@code decision-boundary.svg} (and .png) in folder. */
    public static Picture write(MLP model, Moons data, Path folder) {
        return ChartFile.write(chart(mesh(model, data), data), "decision-boundary", folder);
    }

    /** The figure: two region series (the grid points of each class) under two point series (the data by label). */
    public static XYChart chart(Mesh mesh, Moons data) {
        XYChart chart = Charts.empty("decision boundary", "", "");
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setMarkerSize(9);
        // the regions reach the frame, as contourf's do
        chart.getStyler().setPlotContentSize(1.0);
        double xLow = mesh.xs()[0] - Mesh.H / 2, xHigh = mesh.xs()[mesh.xs().length - 1] + Mesh.H / 2;
        double yLow = mesh.ys()[0] - Mesh.H / 2, yHigh = mesh.ys()[mesh.ys().length - 1] + Mesh.H / 2;
        chart.getStyler().setXAxisMin(xLow).setXAxisMax(xHigh).setYAxisMin(yLow).setYAxisMax(yHigh);
        MeshTile cell = new MeshTile();
        region(chart, "predicted -1", mesh.points(false), NEGATIVE_REGION, cell);
        region(chart, "predicted 1", mesh.points(true), POSITIVE_REGION, cell);
        points(chart, "class -1", data, -1, NEGATIVE_POINT);
        points(chart, "class 1", data, 1, POSITIVE_POINT);
        sizeCells(chart, cell, mesh.xs()[0]);
        return chart;
    }

    private static void region(XYChart chart, String name, double[][] xy, Color color, MeshTile cell) {
        if (xy[0].length == 0) return;                                   // the model puts no point in this class
        XYSeries s = chart.addSeries(name, xy[0], xy[1]);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(cell);
        s.setMarkerColor(color);
        s.setShowInLegend(false);
    }

    private static void points(XYChart chart, String name, Moons data, double label, Color color) {
        int n = 0;
        for (double y : data.y()) if (y == label) n++;
        if (n == 0) return;
        double[] xs = new double[n], ys = new double[n];
        int k = 0;
        for (int i = 0; i < data.size(); i++)
            if (data.y()[i] == label) { xs[k] = data.x()[i][0]; ys[k++] = data.x()[i][1]; }
        XYSeries s = chart.addSeries(name, xs, ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
    }

    /** Lays the chart out once off screen, so a cell's size in pixels is known, and sizes the cell marker to it. */
    private static void sizeCells(XYChart chart, MeshTile cell, double x0) {
        BufferedImage scratch = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        double y0 = chart.getStyler().getYAxisMin();
        cell.width = Math.abs(chart.getScreenXFromChart(x0 + Mesh.H) - chart.getScreenXFromChart(x0));
        cell.height = Math.abs(chart.getScreenYFromChart(y0 + Mesh.H) - chart.getScreenYFromChart(y0));
    }
}
