package autograd.plot;

import autograd.AutogradException;
import autograd.picture.OutputFile;
import autograd.picture.Picture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as {@code plots/NAME.svg} and {@code plots/NAME.png} (at twice its size) in a folder: a folder of
 * their own, so a plot and a drawing of the same name ({@code plot("f", ...)}, {@code drawDot(f)}) never share a file.
 * Writing the same name again replaces the picture, as re-running a notebook cell redraws it.
 */
final class ChartFile {
    private ChartFile() {}

    /** Both files. */
    static Picture write(Chart<?, ?> chart, String name, Path folder) {
        String stem = OutputFile.name(name, "plot");
        Path plots = folder.resolve("plots"), svg = plots.resolve(stem + ".svg"), png = plots.resolve(stem + ".png");
        write(png, out -> Retina.png(chart, out));   // twice the chart's pixels: crisp where a PNG is shown
        write(svg, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        return new Picture(svg, png);
    }

    interface Encoder { void encode(OutputStream out) throws IOException; }

    /** Encodes the picture in memory, then writes it as {@link OutputFile} writes every picture. */
    static void write(Path file, Encoder encoder) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            encoder.encode(bytes);
            OutputFile.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new AutogradException("Could not draw " + file.getFileName() + ": " + e.getMessage() + ".");
        }
    }
}
