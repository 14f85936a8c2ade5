package autograd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import autograd.cli.ReplayCommand;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first document's HTML transcript as headless Chromium lays it out in a 1,000-pixel window: the neuron's wide
 * graph (n, tanh and o at its right end) fits the column, scaled down, and says that a click gives its natural size.
 * The test adds a few lines of script to a copy of the page, which measure the pictures and write what they found
 * into the page Chromium then prints.
 */
class TranscriptBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    @TempDir Path dir;

    static final String MEASURE = """
            <script>
            var all = document.querySelectorAll('figure > svg'), fit = 0, wide = 0;
            all.forEach(function (svg) {
              if (svg.getBoundingClientRect().right <= svg.parentNode.getBoundingClientRect().right + 1) fit++;
              if (svg.parentNode.classList.contains('wide')) wide++;
            });
            document.body.setAttribute('data-measured', all.length + ' pictures, ' + fit + ' fit, ' + wide + ' wide');
            </script>
            """;

    @Test
    void aWideGraphFitsTheColumnScaledDownWithAClickForItsNaturalSize() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium (apt-get install chromium)");
        Path html = dir.resolve("01.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ReplayCommand.run(List.of("scripts/exercises/01-neuron.jsh", "--html", html.toString()), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
        Path measured = dir.resolve("measured.html");
        Files.writeString(measured, Files.readString(html).replace("</body>", MEASURE + "</body>"));
        Processes.Run page = Processes.bash(CHROMIUM + " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                + " --disable-background-networking --disable-component-update --disable-sync --user-data-dir='"
                + Files.createTempDirectory(dir, "chromium") + "' --window-size=1000,800 --dump-dom 'file://" + measured + "'", "", 120);
        assertTrue(page.output().contains("data-measured=\"2 pictures, 2 fit, 2 wide\""),
                "both neuron graphs are wider than the column, and both fit it: " + page.output().lines()
                        .filter(l -> l.contains("data-measured")).findFirst().orElse(page.output()));
    }
}
