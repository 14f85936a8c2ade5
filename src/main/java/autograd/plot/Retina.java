package autograd.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart as a PNG drawn at twice its size, so lines and text are crisp on a high-density screen and when zoomed,
 * not stair-stepped; the file says 144 dpi, so a viewer that reads it shows it at the chart's own size.
 */
final class Retina {
    private Retina() {}

    static final int SCALE = 2;

    static void png(Chart<?, ?> chart, OutputStream out) throws IOException {
        int w = chart.getWidth(), h = chart.getHeight();
        BufferedImage image = new BufferedImage(SCALE * w, SCALE * h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(SCALE, SCALE);
        chart.paint(g, w, h);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, dpi(writer, image, 72 * SCALE)));
        } finally {
            writer.dispose();
        }
    }

    /** The PNG's pHYs chunk: this many dots per inch. */
    private static IIOMetadata dpi(ImageWriter writer, BufferedImage image, int dpi) throws IIOInvalidTreeException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                writer.getDefaultWriteParam());
        String perMeter = String.valueOf(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMeter);
        phys.setAttribute("pixelsPerUnitYAxis", perMeter);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        return meta;
    }
}
