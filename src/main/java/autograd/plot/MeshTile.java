package autograd.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A filled rectangle the size of one grid cell on screen, so the cells of a {@link Mesh} tile the plot like
 * matplotlib's {@code contourf}. Its size is set once the chart's scale is known (XChart's markers are square
 * and sized in pixels, never in data units).
 */
final class MeshTile extends Marker {
    double width = 1, height = 1;   // pixels

    @Override public void paint(Graphics2D g, double x, double y, int markerSize) {
        // half a pixel more each way, so anti-aliased edges of neighbouring cells leave no hairline gaps
        g.fill(new Rectangle2D.Double(x - width / 2 - 0.5, y - height / 2 - 0.5, width + 1, height + 1));
    }
}
