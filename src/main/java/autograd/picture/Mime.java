package autograd.picture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A picture as a notebook shows it: a MIME bundle (type to content) and its metadata, what a Jupyter kernel sends
 * as display data and what a saved notebook keeps. A graph or a plot is its PNG, drawn at twice its size and shown at
 * its own, scrolling when wide: every front end shows a PNG, trusted notebook or not, and so does a notebook exported
 * with {@code jupyter nbconvert} (whose HTML strips an SVG down to its text, and whose Markdown keeps a PNG as a file).
 * A step-through page is HTML in a frame of its own; a PNG or JPEG of the user's own (shown with {@code show(...)}) is
 * itself, and an SVG of the user's that cannot be drawn as a PNG is its SVG. Each has a line of plain text for a front
 * end that shows no picture.
 */
public record Mime(Map<String, Object> data, Map<String, Object> metadata) {
    /** The scale drawDot's PNG is drawn at: twice the SVG's size, shown at its size, so it stays crisp. */
    static final double PNG_SCALE = 2;

    /** The picture as its files hold it now. */
    public static Mime of(Picture picture) {
        boolean bitmap = bitmapType(String.valueOf(picture.file().getFileName())) != null;
        return of(picture, bitmap ? null : read(picture.file()),
                picture.png() != null && Files.exists(picture.png()) ? readBytes(picture.png()) : null);
    }

    /**
     * The picture as it was when it was drawn: {@code text} is its SVG or page, {@code png} its PNG (null: one is made
     * from the SVG), both read then. A replay's notebook is written at the end, after a later drawing of the same
     * label has written over the files.
     */
    public static Mime of(Picture picture, String text, byte[] png) {
        Map<String, Object> data = new LinkedHashMap<>(), metadata = new LinkedHashMap<>();
        String name = String.valueOf(picture.file().getFileName());
        String bitmap = bitmapType(name);
        if (bitmap != null) {                                  // a PNG or JPEG of the user's own, through show(...)
            data.put(bitmap, Base64.getEncoder().encodeToString(readBytes(picture.file())));
            data.put("text/plain", "[" + name + "]");
            return new Mime(data, metadata);
        }
        if (picture.isPage()) {
            data.put("text/html", "<iframe title=\"" + Html.escape(name)
                    + "\" style=\"width: 100%; height: 32rem; border: 1px solid #ccc\" srcdoc=\""
                    + Html.escape(text) + "\"></iframe>");
            data.put("text/plain", "[" + name + ": step through backward(), one local backward at a time]");
            return new Mime(data, metadata);
        }
        String svg = Picture.svgElement(text).strip() + "\n";
        if (png != null && png.length > 24) {                  // a plot's own, drawn at twice its size as ours are
            data.put("image/png", Base64.getEncoder().encodeToString(png));
            metadata.put("image/png", shownAt(ByteBuffer.wrap(png, 16, 8).getInt(), ByteBuffer.wrap(png, 20, 4)
                    .getInt()));
        } else {
            try {
                Raster.Png made = Raster.png(svg, PNG_SCALE);
                data.put("image/png", Base64.getEncoder().encodeToString(made.bytes()));
                metadata.put("image/png", shownAt(made.width(), made.height()));
            } catch (RuntimeException e) {
                // an SVG svgSalamander cannot read (a user's own picture): the SVG alone, which most front ends show
                data.put("image/svg+xml", svg);
            }
        }
        data.put("text/plain", "[" + name + "]");
        return new Mime(data, metadata);
    }

    /**
     * A PNG drawn at twice its size (its width and height in pixels, from its header), shown at its own, and
     * scrolling: a wide graph is not shrunk to unreadable.
     */
    private static Map<String, Object> shownAt(int width, int height) {
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("height", (int) Math.round(height / PNG_SCALE));
        size.put("width", (int) Math.round(width / PNG_SCALE));
        size.put("unconfined", true);
        return size;
    }

    private static String bitmapType(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".png")) return "image/png";
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) return "image/jpeg";
        if (lower.endsWith(".gif")) return "image/gif";
        return null;
    }

    private static String read(Path file) {
        return new String(readBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new autograd.AutogradException("Could not read the picture " + file + ": " + e.getMessage() + ".");
        }
    }
}
