package autograd.plot;

import autograd.AutogradException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import static org.junit.jupiter.api.Assertions.*;

/** The lecture's first plots: f(x) = 3x² - 4x + 5 and tanh, checked by the data handed to the chart. */
class PlotTest {
    @TempDir Path dir;

    static double f(double x) { return 3 * x * x - 4 * x + 5; }

    @Test
    void lecturesParabolaIsSampledFromMinusFiveToFive() {
        Series s = Series.of("f", PlotTest::f, -5, 5);
        double[] x = s.x(), y = s.y();
        assertEquals(Series.SAMPLES, x.length);
        assertEquals(-5.0, x[0]);
        assertEquals(5.0, x[x.length - 1]);
        assertEquals(100.0, y[0]);                     // f(-5) = 75 + 20 + 5
        assertEquals(60.0, y[y.length - 1]);           // f(5) = 75 - 20 + 5
        assertEquals(20.0, y[160], 1e-9);              // f(3) = 20, the lecture's first number
        assertEquals(0.05, x[1] - x[0], 1e-12);
        for (int i = 0; i < x.length; i++) assertEquals(f(x[i]), y[i], 0.0);
    }

    @Test
    void chartHoldsTheSeriesItWasGiven() {
        Series tanh = Series.of("tanh", Math::tanh, -5, 5);
        XYChart chart = Plot.chart("tanh", List.of(tanh));
        XYSeries drawn = chart.getSeriesMap().get("tanh");
        assertNotNull(drawn, "series named tanh: " + chart.getSeriesMap().keySet());
        assertArrayEquals(tanh.x(), drawn.getXData());
        assertArrayEquals(tanh.y(), drawn.getYData());
        assertEquals(-Math.tanh(5), drawn.getYData()[0], 0.0);
        assertEquals(0.0, drawn.getYData()[100], 1e-12);
    }

    @Test
    void plotWritesSvgAndPngNamedAfterThePlot() throws IOException {
        var picture = Plot.write("tanh", List.of(Series.of("tanh", x -> Math.tanh(x), -5, 5)), dir);
        Path svg = picture.file();
        assertEquals(dir.resolve("plots/tanh.svg"), svg);                  // a folder of their own: never a drawDot's file
        assertEquals(dir.resolve("plots/tanh.png"), picture.png());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        byte[] png = Files.readAllBytes(dir.resolve("plots/tanh.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, java.util.Arrays.copyOf(png, 8));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(dir.resolve("plots/tanh.png").toFile());
        XYChart chart = Plot.chart("tanh", List.of(Series.of("tanh", x -> Math.tanh(x), -5, 5)));
        assertEquals(2 * chart.getWidth(), image.getWidth());            // drawn at 2x: crisp, not stair-stepped
        assertEquals(2 * chart.getHeight(), image.getHeight());
        javax.imageio.metadata.IIOMetadataNode phys = (javax.imageio.metadata.IIOMetadataNode) pngMetadata(dir.resolve("plots/tanh.png"))
                .getElementsByTagName("pHYs").item(0);
        assertEquals("5669", phys.getAttribute("pixelsPerUnitXAxis"));     // 144 dpi: shown at the chart's own size
        assertEquals("", Plot.chart(Plot.UNNAMED, List.of(Series.of("f", PlotTest::f, -5, 5))).getTitle());   // an unnamed plot has no title
    }

    private static org.w3c.dom.Element pngMetadata(Path png) throws IOException {
        try (var in = javax.imageio.ImageIO.createImageInputStream(png.toFile())) {
            javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            return (org.w3c.dom.Element) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        }
    }

    @Test
    void aLossListIsPlottedAgainstItsSteps() {
        Series loss = Series.of("loss", List.of(0.9, 1.7, 0.74));
        assertArrayEquals(new double[] {0, 1, 2}, loss.x());
        assertArrayEquals(new double[] {0.9, 1.7, 0.74}, loss.y());
        XYChart chart = Plot.chart("loss", List.of(loss));
        assertArrayEquals(new double[] {0.9, 1.7, 0.74}, chart.getSeriesMap().get("loss").getYData());
    }

    @Test
    void xyNumbersAndSeveralSeries() throws IOException {
        Path svg = Plot.write("line", List.of(new Series("line", new double[] {1, 2, 3}, new double[] {2, 4, 8})), dir).file();
        assertTrue(Files.readString(svg).contains("<svg"));
        XYChart both = Plot.chart("activations", List.of(Series.of("tanh", Math::tanh, -3, 3), Series.of("relu", x -> Math.max(0, x), -3, 3)));
        assertEquals(List.of("tanh", "relu"), List.copyOf(both.getSeriesMap().keySet()));
        assertEquals(3.0, both.getSeriesMap().get("relu").getYData()[Series.SAMPLES - 1]);
    }

    @Test
    void misuseIsOneSentence() {
        assertEquals("plot needs a range from a smaller to a larger number, as in -5, 5, but got 5.0, -5.0.",
                assertThrows(AutogradException.class, () -> Series.of("f", Math::tanh, 5, -5)).getMessage());
        assertEquals("A series needs as many x as y, but got 2 x and 3 y.",
                assertThrows(AutogradException.class, () -> new Series("xy", new double[] {1, 2}, new double[] {1, 2, 3})).getMessage());
        assertThrows(AutogradException.class, () -> Plot.write("log", List.of(Series.of("log", x -> Math.log(x) * Double.NaN, 1, 2)), dir));
    }

    @Test
    void nonFiniteValuesAreGaps() {
        Series log = Series.of("log", Math::log, -1, 1);
        assertTrue(Double.isNaN(log.y()[0]));                          // log(-1)
        assertTrue(Double.isNaN(log.y()[100]));                        // log(0) = -inf: a gap, not an axis to infinity
        assertEquals(0.0, log.y()[Series.SAMPLES - 1]);
    }
}
