package autograd.replay;

import autograd.it.Jupyter;
import autograd.replay.ReplayExpectationTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A hostile script's and a hostile notebook's transcripts, rendered as a teacher would see them: the Markdown by
 * nbconvert's own Markdown renderer, the notebook by {@code jupyter nbconvert --to html}. No tag of theirs survives.
 */
class TranscriptRenderingIT {
    static final String RENDER = """
            import sys
            from nbconvert import HTMLExporter
            from nbconvert.filters.markdown_mistune import markdown2html_mistune
            for md in sys.argv[1:3]:
                print(markdown2html_mistune(open(md, encoding='utf-8').read()))
            for nb in sys.argv[3:5]:
                print(HTMLExporter().from_filename(nb)[0])
            """;

    @TempDir Path dir;

    @Test
    void noTagOfAScriptOrANotebookSurvivesRendering() throws Exception {
        String missing = Jupyter.missing();
        assumeTrue(missing == null, missing);
        Path script = Files.writeString(dir.resolve("hostile.jsh"), MarkdownEscapingTest.HOSTILE);
        Path notebook = Files.writeString(dir.resolve("hostile.ipynb"), ReplayNotebookTest.notebook(
                "# <script>alert(2)</script>\n<img src=y onerror=alert(3)>\n<!-- hides", "1 + 1"));
        Path[] out = {dir.resolve("s.md"), dir.resolve("n.md"), dir.resolve("s.ipynb"), dir.resolve("n.ipynb")};
        Run run = ReplayExpectationTest.replay(script.toString(), "--md", out[0].toString(), "--ipynb", out[2].toString());
        assertEquals(0, run.status(), run.out());
        run = ReplayExpectationTest.replay(notebook.toString(), "--md", out[1].toString(), "--ipynb", out[3].toString());
        assertEquals(0, run.status(), run.out());

        Path program = Files.writeString(dir.resolve("render.py"), RENDER), html = dir.resolve("rendered.html");
        ProcessBuilder b = new ProcessBuilder("/usr/bin/python3", program.toString(), out[0].toString(),
                out[1].toString(), out[2].toString(), out[3].toString()).redirectErrorStream(true)
                .redirectOutput(html.toFile());
        Process p = b.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the renderer did not finish");
        String rendered = Files.readString(html);
        assertEquals(0, p.exitValue(), rendered);
        for (String tag : new String[] {"<script>alert(", "<img src=x", "<img src=y", "<!-- and a comment", "<!-- hides",
                "<b>x</b>"})
            assertFalse(rendered.contains(tag), tag + " came through:\n" + rendered);
        for (String shown : new String[] {"alert(1)", "alert(2)", "onerror=alert(3)", "and a comment", "hides"})
            assertTrue(rendered.contains(shown), shown + " is not shown as text:\n" + rendered);
    }
}
