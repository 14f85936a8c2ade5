package autograd.replay;

import autograd.it.Jupyter;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The notebooks of the two lecture documents, their outputs cleared, executed by Jupyter's own {@code jupyter
 * nbconvert --to notebook --execute} with our kernel: every {@code // expect:} line is met by what the kernel sent
 * (printed lines, then the cell's value), the lecture's numbers are there (in the twins typed with the lecture's
 * arithmetic too), and every drawDot cell holds its picture as a PNG.
 */
class NotebookKernelIT {
    static final Path WORK = Path.of("target", "nbconvert-it").toAbsolutePath();
    /** The two lecture documents, where every drawDot is. The others replay in-process (plots and pages: KernelClientIT). */
    static final java.util.regex.Pattern DRAWN = java.util.regex.Pattern.compile("0[12]-.*\\.ipynb");

    @Test
    void nbconvertExecutesTheExerciseNotebooksWithOurKernel() throws Exception {
        String missing = Jupyter.missing();
        assumeTrue(missing == null, missing);
        Jupyter.install();
        String jupyterPath = Jupyter.PREFIX.resolve("share/jupyter").toString();

        Path in = WORK.resolve("in"), out = WORK.resolve("out");
        Files.createDirectories(in);
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(ReplayExercisesTest.EXERCISES)) {
            notebooks = files.filter(Notebook::is).filter(p -> DRAWN.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of("jupyter", "nbconvert", "--to", "notebook", "--execute", "--output-dir", out.toString()));
        for (Path nb : notebooks) {
            Files.writeString(in.resolve(nb.getFileName()), cleared(Files.readString(nb)));
            command.add(in.resolve(nb.getFileName()).toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(WORK.resolve("nbconvert.log").toFile());
        builder.environment().put("JUPYTER_PATH", jupyterPath);
        Process p = builder.start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "nbconvert did not finish in 600 s");
        assertEquals(0, p.exitValue(), Files.readString(WORK.resolve("nbconvert.log")));

        String neuron = Files.readString(out.resolve("01-neuron.ipynb"));
        assertTrue(neuron.contains("\"Value(data=0.7071067811865476)\""), "o's value, as the lecture prints it");
        assertTrue(neuron.contains("\"x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000  b 0.5000\""), "the leaves' gradients");
        int drawings = 0;
        for (Path nb : notebooks) drawings += check(out.resolve(nb.getFileName()));
        assertEquals(4, notebooks.size(), "the two documents, each in the method form and typed with operators: "
                + notebooks);
        assertTrue(drawings >= 8, "drawDot cells checked: " + drawings);
        String typed = Files.readString(out.resolve("01-neuron-operators.ipynb"));
        assertTrue(typed.contains("\"-1.4999999999999996\"") && typed.contains("\"0.9999999999999998\""),
                "the neuron typed with operators, micrograd's digits through nbconvert");
    }

    /** The notebook with its outputs and counts taken out: what the kernel makes is all there is. */
    static String cleared(String json) {
        JsonObject nb = JsonParser.parseString(json).getAsJsonObject();
        for (JsonElement c : nb.getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) continue;
            cell.add("outputs", new JsonArray());
            cell.add("execution_count", null);
        }
        return nb.toString();
    }

    /** Checks each code cell's expectations against its outputs; returns how many drawDot cells it checked. */
    private static int check(Path executed) throws IOException {
        int drawings = 0;
        for (JsonElement c : JsonParser.parseString(Files.readString(executed)).getAsJsonObject().getAsJsonArray("cells")) {
            JsonObject cell = c.getAsJsonObject();
            if (!cell.get("cell_type").getAsString().equals("code")) continue;
            String source = Notebook.text(cell.get("source"));
            List<String> lines = new ArrayList<>(), mimes = new ArrayList<>();
            for (JsonElement o : cell.getAsJsonArray("outputs")) {
                JsonObject output = o.getAsJsonObject();
                switch (output.get("output_type").getAsString()) {
                    case "stream" -> lines.addAll(Notebook.text(output.get("text")).lines().toList());
                    case "execute_result" -> lines.addAll(Notebook.text(output.getAsJsonObject("data").get("text/plain")).lines().toList());
                    case "display_data" -> mimes.addAll(output.getAsJsonObject("data").keySet());
                    default -> lines.add("(" + output + ")");
                }
            }
            List<String> expects = source.lines().filter(Cells::isExpect).map(l -> l.strip().substring(Cells.EXPECT.length()).strip()).toList();
            for (int i = 0; i < expects.size(); i++) {
                String actual = i < lines.size() ? lines.get(i) : "(no more output)";
                assertTrue(Expectation.matches(expects.get(i), actual), executed.getFileName() + ", the cell\n" + source
                        + "\nexpected: " + expects.get(i) + "\nactual:   " + actual);
            }
            if (source.contains("drawDot(")) {
                drawings++;
                assertTrue(mimes.contains("image/png") && !mimes.contains("image/svg+xml"), executed.getFileName() + ": no picture for\n" + source);
            }
        }
        return drawings;
    }
}
