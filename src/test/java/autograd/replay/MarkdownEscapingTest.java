package autograd.replay;

import autograd.replay.ReplayExpectationTest.Run;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a script holds becomes HTML in a Markdown or notebook transcript: prose is text, output and expectations
 * sit in fenced blocks no backtick inside can end. Teachers open students' transcripts.
 */
class MarkdownEscapingTest {
    static final String HOSTILE = """
            // A <script>alert(1)</script> in the prose, __add__ and *stars*
            // <!-- and a comment that would hide the rest
            System.out.println("``` `<img src=x onerror=alert(1)>`");
            // expect: `<b>x</b>`
            """;

    @TempDir Path dir;

    @Test
    void markdownProseIsTextAndOutputAndExpectationsAreFenced() throws Exception {
        Path script = Files.writeString(dir.resolve("hostile.jsh"), HOSTILE), md = dir.resolve("out.md");
        Run run = ReplayExpectationTest.replay(script.toString(), "--md", md.toString());
        assertEquals(0, run.status(), run.out());
        String text = Files.readString(md);
        assertTrue(text.contains("A &lt;script>alert(1)&lt;/script> in the prose, \\_\\_add\\_\\_ and \\*stars\\*\n"
                + "&lt;!-- and a comment that would hide the rest\n\n"), text);
        // the output holds a run of three backticks: its fence is four long, so nothing inside ends it
        assertTrue(text.contains("````text\n``` `<img src=x onerror=alert(1)>`\n````"), text);
        assertTrue(text.contains("````text\n!! line 4 expected: `<b>x</b>`\n!!          actual: ``` `<img"), text);
        assertFalse(text.contains("**actual** `"), "no inline code for untrusted text: " + text);
        for (String line : outsideFences(text)) assertFalse(line.contains("<"), "raw HTML outside a fence: " + line);
    }

    @Test
    void notebookMarkdownCellsHoldNoHtml() throws Exception {
        Path script = Files.writeString(dir.resolve("hostile.jsh"), HOSTILE), ipynb = dir.resolve("out.ipynb");
        Run run = ReplayExpectationTest.replay(script.toString(), "--ipynb", ipynb.toString());
        assertEquals(0, run.status(), run.out());
        List<String> markdown = markdownCells(ipynb);
        assertEquals(1, markdown.size(), markdown::toString);
        assertFalse(markdown.get(0).contains("<script") || markdown.get(0).contains("<!--"), markdown.get(0));

        // replayed again, the notebook's markdown keeps its Markdown: the same cell, not escaped twice
        Path again = dir.resolve("again.ipynb");
        assertEquals(0, ReplayExpectationTest.replay(ipynb.toString(), "--ipynb", again.toString()).status());
        assertEquals(markdown, markdownCells(again));
    }

    @Test
    void aNotebooksOwnMarkdownKeepsItsMarkdownButNotItsHtml() throws Exception {
        Path nb = Files.writeString(dir.resolve("in.ipynb"), ReplayNotebookTest.notebook(
                "# Title with **bold** and `List<Value>`\n<script>alert(1)</script>\n<!-- hidden", "1 + 1"));
        Path md = dir.resolve("out.md"), ipynb = dir.resolve("out.ipynb");
        assertEquals(0, ReplayExpectationTest.replay(nb.toString(), "--md", md.toString(), "--ipynb", ipynb.toString())
                .status());
        String zw = "<" + MarkdownText.BREAK;
        String expected = "# Title with **bold** and `List" + zw + "Value>`\n" + zw + "script>alert(1)" + zw
                + "/script>\n" + zw + "!-- hidden";
        assertTrue(Files.readString(md).contains(expected), Files.readString(md));
        assertEquals(List.of(expected), markdownCells(ipynb));
    }

    @Test
    void textEscapesWhatMarkdownActsOn() {
        assertEquals("\\# not a heading", MarkdownText.text("# not a heading"));
        assertEquals("1\\. not a list\n\\- nor this\n\\> nor a quote", MarkdownText.text("1. not a list\n- nor this\n> nor a quote"));
        assertEquals("\\`a\\` \\[link\\](x) \\$x\\$ a \\& b \\| c \\~\\~d\\~\\~ e\\\\", MarkdownText.text("`a` [link](x) $x$ a & b | c ~~d~~ e\\"));
        assertEquals("indented", MarkdownText.text("        indented   "));
    }

    static List<String> outsideFences(String markdown) {
        List<String> lines = new ArrayList<>();
        String fence = null;
        for (String line : markdown.split("\n")) {
            if (fence == null && line.startsWith("```")) fence = line.replaceAll("[^`].*", "");
            else if (fence != null && line.equals(fence)) fence = null;
            else if (fence == null) lines.add(line);
        }
        return lines;
    }

    static List<String> markdownCells(Path ipynb) throws Exception {
        List<String> found = new ArrayList<>();
        JsonArray cells = JsonParser.parseString(Files.readString(ipynb)).getAsJsonObject().getAsJsonArray("cells");
        for (JsonElement c : cells) {
            JsonObject cell = c.getAsJsonObject();
            if (cell.get("cell_type").getAsString().equals("markdown")) found.add(Notebook.text(cell.get("source")));
        }
        return found;
    }
}
