package autograd.replay;

import autograd.cli.ReplayCommand;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Java notebook replays as a script does: its code cells run, their expect lines are checked, and --ipynb writes it run. */
class ReplayNotebookTest {
    @TempDir Path dir;

    static String replay(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ReplayCommand.run(List.of(args), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8));
        return status + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    static String notebook(String... cells) {
        JsonArray all = new JsonArray();
        for (String c : cells) {
            JsonObject cell = new JsonObject();
            boolean text = c.startsWith("# ");
            cell.addProperty("cell_type", text ? "markdown" : "code");
            JsonArray source = new JsonArray();
            Notebook.lines(c).forEach(source::add);
            cell.add("source", source);
            cell.add("outputs", new JsonArray());
            cell.add("metadata", new JsonObject());
            all.add(cell);
        }
        JsonObject nb = new JsonObject();
        nb.add("cells", all);
        JsonObject metadata = new JsonObject(), kernelspec = new JsonObject();
        kernelspec.addProperty("language", "java");
        metadata.add("kernelspec", kernelspec);
        nb.add("metadata", metadata);
        nb.addProperty("nbformat", 4);
        nb.addProperty("nbformat_minor", 5);
        return nb.toString();
    }

    @Test
    void theNeuronNotebookMeetsItsExpectationsAndReportsTheCellThatDoesNot() throws Exception {
        Path nb = dir.resolve("neuron.ipynb");
        Files.writeString(nb, notebook("# The neuron", "resetGraph(\"graph\");", "o.backward();\nx1.grad\n// expect: -1.5",
                "w1.grad\n// expect: 2.0"));
        String out = replay(nb.toString(), "--check");
        assertTrue(out.startsWith("1\n"), out);
        assertTrue(out.contains(nb + ": cell 4, line 2: the cell did not give what it expects"), out);
        assertTrue(out.contains("expected: 2.0\n    actual:   0.9999999999999998"), out);
        assertTrue(out.endsWith(nb + ": 1 not met\n"), out);
    }

    @Test
    void ipynbWritesTheRunAsANotebookWithOutputsAndPictures() throws Exception {
        Path nb = dir.resolve("in.ipynb"), executed = dir.resolve("out.ipynb");
        Files.writeString(nb, notebook("resetGraph(\"graph\");\nx1.grad", "drawDot(o)", "int k = ;"));
        String out = replay(nb.toString(), "--ipynb", executed.toString());
        assertTrue(out.startsWith("0\n"), out);
        JsonArray cells = JsonParser.parseString(Files.readString(executed)).getAsJsonObject().getAsJsonArray("cells");
        List<String> kinds = new ArrayList<>();
        for (JsonElement c : cells)
            for (JsonElement o : c.getAsJsonObject().getAsJsonArray("outputs")) kinds.add(o.getAsJsonObject().get("output_type").getAsString());
        assertEquals(List.of("stream", "execute_result", "display_data", "error"), kinds);
        JsonObject first = cells.get(0).getAsJsonObject();
        assertEquals("0.0", Notebook.text(first.getAsJsonArray("outputs").get(1).getAsJsonObject().getAsJsonObject("data").get("text/plain")));
        JsonObject picture = cells.get(1).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject().getAsJsonObject("data");
        assertFalse(picture.has("image/svg+xml"), "a PNG alone: nbconvert's HTML strips an SVG to its text");
        assertTrue(picture.get("image/png").getAsString().startsWith("iVBORw0KGgo"));   // a PNG's signature, in base64
        JsonObject error = cells.get(2).getAsJsonObject().getAsJsonArray("outputs").get(0).getAsJsonObject();
        assertEquals("CompilationError", error.get("ename").getAsString());
    }

    @Test
    void eachCellKeepsThePictureItDrewThoughALaterOneWritesOverTheSameFile() throws Exception {
        Path nb = dir.resolve("twice.ipynb"), executed = dir.resolve("twice-out.ipynb");
        Files.writeString(nb, notebook("Value a = new Value(2.0, \"a\");\nValue o = a.tanh(); o.label = \"o\";\ndrawDot(o)",
                "o = a.exp(); o.label = \"o\";\ndrawDot(o)"));
        String out = replay(nb.toString(), "--ipynb", executed.toString());
        assertTrue(out.startsWith("0\n"), out);
        JsonArray cells = JsonParser.parseString(Files.readString(executed)).getAsJsonObject().getAsJsonArray("cells");
        List<String> pngs = new ArrayList<>();
        for (JsonElement c : cells)
            for (JsonElement o : c.getAsJsonObject().getAsJsonArray("outputs")) {
                JsonObject data = o.getAsJsonObject().getAsJsonObject("data");
                if (data != null && data.has("image/png")) pngs.add(data.get("image/png").getAsString());
            }
        assertEquals(2, pngs.size(), pngs::toString);
        assertTrue(!pngs.get(0).equals(pngs.get(1)), "each cell its own PNG");
    }

    @Test
    void aPythonNotebookIsRefusedInOneSentence() throws Exception {
        Path nb = dir.resolve("py.ipynb");
        Files.writeString(nb, notebook("x = 1").replace("\"java\"", "\"python\""));
        String out = replay(nb.toString(), "--check");
        assertEquals("2\nCannot replay " + nb + ": " + nb + " is a python notebook; a replay runs Java notebooks.\n", out);
    }

    @Test
    void theShippedNeuronNotebookReplays() {
        String out = replay("scripts/exercises/01-neuron.ipynb", "--check");
        assertEquals("0\nscripts/exercises/01-neuron.ipynb: every expectation met\n", out);
    }
}
