package autograd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A teacher's run notebook, shared as a page: executed by {@code jupyter nbconvert --execute} with our kernel, then
 * exported {@code --to html} and {@code --to markdown}. Every drawDot, plot and step page shows: the page holds each
 * graph and plot as a PNG (nbconvert's HTML strips an SVG down to its text), the Markdown keeps each as a file beside
 * it, and headless Chromium draws the page with the pictures in it (its screenshot is kept in target/export-it).
 */
class NotebookExportIT {
    static final Path WORK = Path.of("target", "export-it").toAbsolutePath();

    static final String CELLS = """
            resetGraph("graph");
            o.backward();
            drawDot(o);
            ---
            plot("tanh", x -> Math.tanh(x), -5, 5);
            ---
            stepBackward(o);
            """;

    @Test
    void aRunNotebookExportedToHtmlAndMarkdownKeepsEveryPicture() throws Exception {
        String missing = Jupyter.missing();
        assumeTrue(missing == null, missing);
        Jupyter.install();
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("lecture.ipynb"), notebook(CELLS.split("---\n")));
        Processes.Run run = Processes.bash("cd '" + WORK + "' && " + Jupyter.PATH + "jupyter nbconvert --to notebook --execute"
                + " --output run lecture.ipynb && " + Jupyter.PATH + "jupyter nbconvert --to html run.ipynb && "
                + Jupyter.PATH + "jupyter nbconvert --to markdown run.ipynb", "", 600);
        assertEquals(0, run.status(), run.output());

        String html = Files.readString(WORK.resolve("run.html"));
        List<BufferedImage> pngs = new ArrayList<>();
        Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        while (img.find()) pngs.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1)))));
        assertEquals(2, pngs.size(), "drawDot's graph and the plot, each an image in the page");
        for (BufferedImage png : pngs) assertTrue(png.getWidth() > 300 && inked(png) > 0.01, "a picture, not a blank");
        assertFalse(html.contains("data-mime-type=\"image/svg+xml\""), "no SVG, which the page would show as its text alone");
        assertTrue(html.contains("<iframe") && html.contains("srcdoc="), "the step page, in its frame");

        String md = Files.readString(WORK.resolve("run.md"));
        try (Stream<Path> files = Files.list(WORK.resolve("run_files"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.stream().filter(n -> n.endsWith(".png")).count(), names::toString);
            for (String name : names) assertTrue(md.contains("run_files/" + name), name + " is linked from the Markdown");
        }

        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            System.out.println("[SKIPPED] NotebookExportIT's browser check: no /usr/bin/chromium (apt-get install chromium)");
            return;
        }
        Path shot = WORK.resolve("run.png");
        Files.deleteIfExists(shot);
        Processes.Run browser = Processes.bash(chromium + " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                + " --disable-background-networking --disable-component-update --disable-sync --user-data-dir='"
                + Files.createTempDirectory(WORK, "chromium") + "' --window-size=1300,2600 --screenshot='" + shot + "' 'file://"
                + WORK.resolve("run.html") + "'", "", 120);
        assertTrue(Files.exists(shot), browser.output());
        BufferedImage page = ImageIO.read(shot.toFile());
        assertTrue(inked(page) > 0.02, "the page as a browser draws it has its pictures in it");
    }

    /** The share of pixels that are not near white. */
    static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2)
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y), r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255, a = rgb >>> 24;
                if (a > 128 && r + g + b < 600) dark++;
            }
        return dark / (image.getWidth() / 2.0 * (image.getHeight() / 2.0));
    }

    /** A notebook for our kernel of these code cells. */
    static String notebook(String... cells) {
        StringBuilder json = new StringBuilder("{\"cells\": [");
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) json.append(',');
            json.append("{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {}, \"outputs\": [], \"source\": ")
                    .append(com.google.gson.JsonParser.parseString(new com.google.gson.Gson().toJson(cells[i].strip())))
                    .append('}');
        }
        return json.append("], \"metadata\": {\"kernelspec\": {\"display_name\": \"Java (autograd-jshell)\", \"language\":"
                + " \"java\", \"name\": \"autograd\"}, \"language_info\": {\"name\": \"java\"}}, \"nbformat\": 4,"
                + " \"nbformat_minor\": 5}").toString();
    }
}
