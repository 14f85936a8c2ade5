package autograd.plot;

import autograd.AutogradException;
import autograd.draw.Draw;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a chart as {@code NAME.svg} and {@code NAME.png} into {@link Draw#outputFolder()}, beside drawDot's
 * pictures. Writing the same name again replaces the picture, as re-running a notebook cell redraws it.
 */
final class ChartFile {
    private ChartFile() {}

    /** Both files; returns the SVG. */
    static Path write(Chart<?, ?> chart, String name) {
        Path folder = Draw.outputFolder();
        String stem = fileName(name);
        Path svg = folder.resolve(stem + ".svg");
        write(folder.resolve(stem + ".png"), out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
        write(svg, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
        return svg;
    }

    /** Letters, digits, {@code - _ .} kept, every other run one {@code _}; {@code plot} when nothing is left. */
    static String fileName(String name) {
        String s = (name == null ? "" : name).replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+|[._]+$", "");
        if (s.length() > 64) s = s.substring(0, 64);
        return s.isEmpty() ? "plot" : s;
    }

    interface Encoder { void encode(OutputStream out) throws IOException; }

    /** Through a temporary file, so a viewer never sees half a picture. */
    static void write(Path file, Encoder encoder) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            encoder.encode(bytes);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            throw new AutogradException("Could not write " + file + " (" + e.getMessage() + "); set another folder with Draw.outputFolder(Path.of(\"...\")).");
        }
    }
}
