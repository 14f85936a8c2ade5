package autograd.replay;

import autograd.replay.ReplayExpectationTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A notebook that is not well formed is one sentence naming the file and what is wrong, exit 2 (bad input, not an
 * unmet expectation), before any cell runs: no stack trace, and no words of the JSON library's.
 */
class MalformedNotebookTest {
    @TempDir Path dir;

    void said(String json, String what) throws Exception {
        Path nb = Files.writeString(dir.resolve("bad.ipynb"), json);
        Run run = ReplayExpectationTest.replay(nb.toString());
        assertEquals(new Run(2, "Cannot replay " + nb + ": " + what + "\n"), run, json);
        Run checked = ReplayExpectationTest.replay(nb.toString(), "--check");
        assertEquals(new Run(2, "Cannot replay " + nb + ": " + what + "\n"), checked, json);
    }

    @Test
    void cellsThatAreNotAList() throws Exception {
        said("{\"cells\": {}}", "its \"cells\" is not a list.");
    }

    @Test
    void metadataThatIsNotAnObject() throws Exception {
        said("{\"cells\":[],\"metadata\":[]}", "its metadata is not a JSON object.");
        said("{\"cells\":[],\"metadata\":{\"kernelspec\":7}}", "its metadata's kernelspec is not a JSON object.");
        said("{\"cells\":[],\"metadata\":{\"kernelspec\":{\"language\":{}}}}",
                "its metadata's kernelspec.language is not text.");
    }

    @Test
    void aCellThatIsNotAnObject() throws Exception {
        said("{\"cells\":[1,2]}", "cell 1 is not a cell (a JSON object).");
    }

    @Test
    void aCellTypeThatIsNotText() throws Exception {
        said("{\"cells\":[{\"cell_type\":\"code\",\"source\":\"1\"},{\"cell_type\":{},\"source\":\"\"}]}",
                "cell 2's cell_type is not text.");
    }

    @Test
    void aSourceThatIsNotText() throws Exception {
        said("{\"cells\":[{\"cell_type\":\"markdown\",\"source\":\"x\"},{\"cell_type\":\"code\",\"source\":\"1\"},"
                + "{\"cell_type\":\"code\",\"source\":[1, {}]}]}", "cell 3's source is not text.");
        said("{\"cells\":[{\"cell_type\":\"code\",\"source\":{\"a\":1}}]}", "cell 1's source is not text.");
    }

    @Test
    void notJsonOrDeeplyNestedIsNotANotebook() throws Exception {
        String not = "is not a Jupyter notebook (a JSON object with \"cells\").";
        Path nb = dir.resolve("bad.ipynb");
        said("{\"cells\": [", nb + " " + not);
        said("[1]", nb + " " + not);
        said("{\"cells\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", "cell 1 is not a cell (a JSON object).");
    }

    @Test
    void theReplsReplayGivesTheSameSentence() throws Exception {
        Path nb = Files.writeString(dir.resolve("bad.ipynb"), "{\"cells\": {}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Replay.run(Replay.Options.stepping(nb), Keys.lines(new java.io.ByteArrayInputStream(new byte[0])),
                new PrintStream(out, true, StandardCharsets.UTF_8), s -> {});
        assertEquals(2, status);
        assertEquals("Cannot replay " + nb + ": its \"cells\" is not a list.\n", out.toString(StandardCharsets.UTF_8));
    }
}
