package autograd.draw;

import autograd.AutogradException;
import autograd.picture.Picture;
import autograd.render.RenderFailure;
import autograd.render.RenderTest;
import autograd.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** The full drawing on request, what it shows while it works, and what a failed render says. */
class DrawDotFullTest {
    @TempDir Path dir;

    @Test
    void drawDotFullDrawsEveryValueOfAChainDrawDotFolds() throws IOException {
        assertNotNull(Draw.drawDot(Graphs.chainOfAdds(400), "LR", dir).note());          // 801 values: folded
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        Picture p = Draw.drawDotFull(Graphs.chainOfAdds(400), "LR", dir, new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertNull(p.note());
        assertEquals(801, RenderTest.texts(Files.readString(p.file())).stream().filter(t -> t.startsWith("grad ")).count());
        String shown = progress.toString(StandardCharsets.UTF_8);
        assertTrue(shown.isEmpty() || shown.matches("(?s)(\rdrawing every value of chain \\(801 values\\): \\d+ s, Ctrl-C stops it)+"
                + "\rdrew every value of chain \\(801 values\\) in \\d+ s\\. *\n"), shown);   // nothing when done within a second
    }

    @Test
    void progressLineIsRewrittenInPlaceThenSaysHowItEnded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(out, true, StandardCharsets.UTF_8), "every value of loss (1,666 values)");
        p.still(1_000);
        p.still(65_000);
        p.done(185_400);
        p.still(1_000);
        p.stopped(12_300);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("\rdrawing every value of loss (1,666 values): 1 s, Ctrl-C stops it"
                + "\rdrawing every value of loss (1,666 values): 1 min 05 s, Ctrl-C stops it\r"), printed);
        assertEquals("drew every value of loss (1,666 values) in 3 min 05 s.\n"
                + "drawing every value of loss (1,666 values): stopped after 12 s.\n", asATerminalShowsIt(printed));
        assertEquals("2 h 03 min", Progress.time(7_380_000));
    }

    /** Each line as it ends up on screen: {@code \r} goes back to its start, later text covers earlier; trailing spaces dropped. */
    static String asATerminalShowsIt(String printed) {
        StringBuilder screen = new StringBuilder();
        for (String line : printed.split("\n", -1)) {
            StringBuilder shown = new StringBuilder();
            int at = 0;
            for (char c : line.toCharArray()) {
                if (c == '\r') { at = 0; continue; }
                if (at < shown.length()) shown.setCharAt(at, c); else shown.append(c);
                at++;
            }
            screen.append(shown.toString().stripTrailing()).append('\n');
        }
        return screen.substring(0, screen.length() - 1);
    }

    @Test
    void graphvizFailuresAreSaidInTheUsersWords() {
        String deep = RenderFailure.of(new RuntimeException("undefined:23: RangeError: Maximum call stack size exceeded")).getMessage();
        assertEquals("This graph is too deep for the embedded Graphviz to lay out (it ran out of stack): install Graphviz"
                + " (apt-get install graphviz, or brew install graphviz) to draw it in full, or drawDot draws it folded;"
                + " the .dot file beside the picture has every value.", deep);
        String syntax = RenderFailure.of(new RuntimeException("undefined:23: Error: Error: syntax error in line 147849 near 'grad'")).getMessage();
        assertEquals("Graphviz could not read this graph's DOT text (it stopped at 'grad'): a label may hold something DOT"
                + " cannot; dotSource(...) shows the text.", syntax);
        String memory = RenderFailure.of(new RuntimeException("abort(\"Cannot enlarge memory arrays. Either (1) compile with ...\")")).getMessage();
        assertTrue(memory.startsWith("Graphviz ran out of memory laying out every value of this graph: install Graphviz"), memory);
        assertEquals("Graphviz failed on this graph without saying why: draw it again, or install Graphviz (apt-get install"
                + " graphviz, or brew install graphviz); the .dot file beside the picture has every value.",
                RenderFailure.of(new RuntimeException("")).getMessage());
        assertTrue(RenderFailure.of(new java.io.IOException("Warning: <stdin>: trouble in init_rank")).getMessage()
                .contains("(trouble in init_rank)"));
        for (String m : new String[] {deep, syntax, memory})
            assertFalse(m.contains("RangeError") || m.contains("147849") || m.contains("undefined:"), m);
        AutogradException ours = new AutogradException("Already in words.");
        assertSame(ours, RenderFailure.of(ours));
    }

    @Test
    void svgIsMeasuredInPixelsWithoutItsProlog() {
        String graphviz = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- Title: %3 -->\n<svg width=\"844pt\" height=\"100pt\"\n viewBox=\"0.00 0.00 843.50 100.00\">";
        assertEquals("<svg width=\"844px\" height=\"100px\"\n viewBox=\"0.00 0.00 843.50 100.00\">", Renderer.tidy(graphviz));
    }
}
