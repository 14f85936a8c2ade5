package autograd.picture;

import autograd.Value;
import autograd.draw.Draw;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** drawDot's PNG, for notebooks that hide SVG: twice the SVG's size, grey for a plain graph, red kept for a NaN. */
class RasterTest {
    @TempDir Path dir;

    static BufferedImage png(Value root, Path dir) throws Exception {
        String svg = Files.readString(Draw.drawDot(root, "LR", dir).file());
        Raster.Png png = Raster.png(svg, 2);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        assertEquals(png.width(), image.getWidth());
        return image;
    }

    @Test
    void aPlainGraphIsGreyAtTwiceItsSize() throws Exception {
        Value a = new Value(2.0, "a"), b = new Value(-3.0, "b");
        Value c = a.mul(b);
        c.label = "c";
        BufferedImage image = png(c, dir);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, image.getType());
        String svg = Files.readString(dir.resolve("c.svg"));
        int svgWidth = Integer.parseInt(svg.replaceAll("(?s).*?<svg[^>]*width=\"(\\d+)(pt|px)\".*", "$1"));
        assertEquals(2 * svgWidth, image.getWidth());
        assertTrue(darkPixels(image) > 1000, "the boxes and labels are drawn");
    }

    @Test
    void aNanKeepsItsRed() throws Exception {
        Value a = new Value(Double.NaN, "a");
        Value c = a.mul(2);
        c.label = "c";
        BufferedImage image = png(c, dir);
        boolean red = false;
        for (int y = 0; y < image.getHeight() && !red; y++)
            for (int x = 0; x < image.getWidth() && !red; x++) {
                int p = image.getRGB(x, y);
                red = ((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) < 80 && (p & 0xFF) < 80;
            }
        assertTrue(red, "a red pixel for the NaN");
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFF) < 100) dark++;
        return dark;
    }
}
