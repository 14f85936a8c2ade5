package autograd.picture;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        String readable = svg.replace("=\"transparent\"", "=\"none\"")
                // svgSalamander drops the space before an entity: "grad -1.5" read "grad-1.5"
                .replace("&#45;", "-");
        URI uri = universe.loadSVG(new StringReader(readable), "picture");
        SVGDiagram diagram = uri == null ? null : universe.getDiagram(uri);
        if (diagram == null) throw new AutogradException("Could not read the picture's SVG to make its PNG.");
        diagram.setIgnoringClipHeuristic(true);
        int width = (int) Math.ceil(diagram.getWidth() * scale), height = (int) Math.ceil(diagram.getHeight() * scale);
        // a graph in black and grey is drawn with one byte a pixel, not three: a third of the PNG, and quicker;
        // a picture with colour in it (NaN's red, a step's highlight) keeps its colours
        int type = uncoloured(readable) ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), type);
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
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new AutogradException("Could not encode the picture's PNG: " + e.getMessage() + ".");
        }
        return new Png(bytes.toByteArray(), width, height);
    }

    private static final Pattern COLOUR = Pattern.compile("(?:fill|stroke|stop-color|color)=\"([^\"]*)\"");

    /** Whether every colour the SVG names is black, white or none. */
    static boolean uncoloured(String svg) {
        Matcher m = COLOUR.matcher(svg);
        while (m.find()) {
            String c = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!(c.equals("black") || c.equals("white") || c.equals("none") || c.equals("#000000")
                    || c.equals("#ffffff"))) return false;
        }
        // colours in a style attribute: keep them, whatever they are
        return !svg.contains("style=");
    }

    /** PNG bytes and their size in pixels. */
    public record Png(byte[] bytes, int width, int height) {}
}
