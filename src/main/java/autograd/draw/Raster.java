package autograd.draw;

import autograd.AutogradException;
import com.kitfox.svg.SVGDiagram;
import com.kitfox.svg.SVGException;
import com.kitfox.svg.SVGUniverse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import javax.imageio.ImageIO;

/**
 * A PNG of an SVG picture, for front ends that will not show SVG (an untrusted notebook in JupyterLab). Drawn with
 * svgSalamander, which graphviz-java already brings, from the SVG Graphviz laid out: no second layout. Drawn at a
 * scale (2 for a crisp picture on a high-density screen) on white, as the SVG shows on a page.
 */
public final class Raster {
    private Raster() {}

    // svgSalamander logs what it cannot read to java.util.logging, on stderr: a picture is made or it is not, quietly
    private static final java.util.logging.Logger SALAMANDER = java.util.logging.Logger.getLogger("svgSalamander");

    static {
        SALAMANDER.setLevel(java.util.logging.Level.OFF);
    }

    /** The PNG of svg at scale; its size in pixels is the SVG's size times scale, rounded up. */
    public static Png png(String svg, double scale) {
        SVGUniverse universe = new SVGUniverse();
        // Graphviz's "transparent" strokes and fills are links to follow for svgSalamander: "none" draws the same
        String readable = svg.replace("=\"transparent\"", "=\"none\"");
        URI uri = universe.loadSVG(new StringReader(readable), "picture");
        SVGDiagram diagram = uri == null ? null : universe.getDiagram(uri);
        if (diagram == null) throw new AutogradException("Could not read the picture's SVG to make its PNG.");
        diagram.setIgnoringClipHeuristic(true);
        int width = (int) Math.ceil(diagram.getWidth() * scale), height = (int) Math.ceil(diagram.getHeight() * scale);
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            diagram.render(g);
        } catch (SVGException e) {
            throw new AutogradException("Could not draw the picture's PNG: " + e.getMessage() + ".");
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            ImageIO.write(grayIfUncoloured(image), "png", bytes);
        } catch (IOException e) {
            throw new AutogradException("Could not encode the picture's PNG: " + e.getMessage() + ".");
        }
        return new Png(bytes.toByteArray(), width, height);
    }

    /** A graph in black and grey is written with one byte a pixel, not three: a third of the PNG. NaN's red keeps colour. */
    static BufferedImage grayIfUncoloured(BufferedImage rgb) {
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y), r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF;
                if (r != g || g != b) return rgb;
            }
        }
        BufferedImage gray = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.WritableRaster pixels = gray.getRaster();
        for (int y = 0; y < rgb.getHeight(); y++)
            for (int x = 0; x < rgb.getWidth(); x++) pixels.setSample(x, y, 0, rgb.getRGB(x, y) & 0xFF);
        return gray;
    }

    /** PNG bytes and their size in pixels. */
    public record Png(byte[] bytes, int width, int height) {}
}
