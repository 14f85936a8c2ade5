package autograd.replay;

import autograd.picture.Mime;
import autograd.picture.OutputFile;
import autograd.replay.Cell.Expect;
import autograd.replay.Cell.Step;
import autograd.replay.CellRun.Displayed;
import autograd.replay.CellRun.Drawing;
import autograd.replay.CellRun.Ended;
import autograd.replay.CellRun.Mismatch;
import autograd.replay.CellRun.Printed;
import autograd.replay.CellRun.Shown;
import autograd.text.NotebookError;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A replay as an executed Jupyter notebook, {@code --ipynb OUT.ipynb}: prose as markdown cells, code as code cells
 * with their outputs, as our kernel would have sent them (printed text, each picture as SVG with a PNG beside it,
 * the value of the cell's last expression, an error in the REPL's words). A script's cell becomes one code cell per
 * step, so every {@code // expect:} line sits under the code it checks with its value shown; a notebook's cells stay
 * as they are. Opened in Jupyter it is the lecture, run; replayed with {@code --check} it checks the same numbers.
 * Prose never becomes HTML: a script's is escaped as text, a notebook's markdown loses only its HTML (see
 * {@link MarkdownText}).
 */
final class NotebookTranscript implements Transcript {
    private final Path file;

    NotebookTranscript(Path file) { this.file = file; }

    @Override public void finish(List<ScriptRun> runs) throws IOException {
        // through a temporary file, as the other transcripts: never half a notebook
        OutputFile.write(file, json(runs));
    }

    static String json(List<ScriptRun> runs) {
        List<Map<String, Object>> cells = new ArrayList<>();
        int[] count = {0};
        for (ScriptRun run : runs) {
            if (runs.size() > 1) cells.add(markdown(cells.size(), "# "
                    + MarkdownText.text(String.valueOf(run.script.getFileName()))));
            boolean notebook = Notebook.is(run.script);
            for (CellRun cell : run.cells) {
                String prose = String.join("\n", cell.cell.prose());   // a script's is text; a notebook's Markdown
                if (!prose.isEmpty())
                    cells.add(markdown(cells.size(), notebook ? MarkdownText.inert(prose) : MarkdownText.text(prose)));
                if (cell.cell.isText()) continue;
                if (notebook) {
                    cells.add(code(cells.size(), cell.cell.code(), cell.shown, count));
                    continue;
                }
                List<List<Shown>> segments = segments(cell.shown);
                List<Step> steps = cell.cell.steps();
                for (int i = 0; i < steps.size(); i++)
                    cells.add(code(cells.size(), source(steps.get(i)), i < segments.size() ? segments.get(i)
                            : List.of(), count));
            }
        }
        return Notebook.json(cells);
    }

    /** What each step showed, cut after each step's end; a step that failed holds the rest. */
    private static List<List<Shown>> segments(List<Shown> shown) {
        List<List<Shown>> segments = new ArrayList<>();
        List<Shown> current = new ArrayList<>();
        for (Shown s : shown) {
            current.add(s);
            if (s instanceof Ended) {
                segments.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) segments.add(current);
        return segments;
    }

    /** A step's code with its expect lines under it, as the script has them. */
    private static String source(Step step) {
        StringBuilder out = new StringBuilder(step.code().stripTrailing());
        for (Expect e : step.expects()) out.append('\n').append(Cells.EXPECT).append(' ').append(e.text());
        return out.toString().strip();
    }

    private static Map<String, Object> markdown(int index, String text) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "markdown");
        cell.put("id", id(index));
        cell.put("metadata", Map.of());
        cell.put("source", Notebook.lines(text));
        return cell;
    }

    /** A code cell and its outputs; the last step's value is the cell's Out. */
    private static Map<String, Object> code(int index, String source, List<Shown> shown, int[] count) {
        List<Map<String, Object>> outputs = new ArrayList<>();
        boolean ran = !shown.isEmpty();
        Integer number = ran ? ++count[0] : null;
        Ended last = null;
        StringBuilder printed = new StringBuilder();
        for (Shown s : shown) {
            if (s instanceof Printed p) {
                printed.append(p.text());
                continue;
            }
            stream(outputs, "stdout", printed);
            if (s instanceof Displayed d && d.failed()) {
                NotebookError f = NotebookError.of(d.outcome(), d.headline(), d.text());
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("output_type", "error");
                error.put("ename", f.name());
                error.put("evalue", f.value());
                error.put("traceback", f.traceback());
                outputs.add(error);
            }
            if (s instanceof Drawing p && p.svg() != null) {
                Mime mime = Mime.of(p.drawn(), p.svg(), p.png());
                Map<String, Object> display = new LinkedHashMap<>();
                display.put("output_type", "display_data");
                Map<String, Object> data = new LinkedHashMap<>();
                mime.data().forEach((type, value) ->
                        data.put(type, type.startsWith("image/png") ? value : Notebook.lines((String) value)));
                display.put("data", data);
                display.put("metadata", mime.metadata());
                outputs.add(display);
            }
            if (s instanceof Mismatch m && !m.expected().equals(ScriptRun.NO_ERROR)) printed.append("!! line ")
                    .append(m.line()).append(" expected: ").append(m.expected())
                    .append("\n!! actual: ").append(m.actual()).append('\n');
            if (s instanceof Ended e) last = e;
        }
        stream(outputs, "stdout", printed);
        if (last != null && last.value().isPresent()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("output_type", "execute_result");
            result.put("data", Map.of("text/plain", Notebook.lines(last.value().get())));
            result.put("execution_count", number);
            result.put("metadata", Map.of());
            outputs.add(result);
        }
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", "code");
        cell.put("execution_count", number);
        cell.put("id", id(index));
        cell.put("metadata", Map.of());
        cell.put("outputs", outputs);
        cell.put("source", Notebook.lines(source));
        return cell;
    }

    private static void stream(List<Map<String, Object>> outputs, String name, StringBuilder text) {
        if (text.isEmpty()) return;
        Map<String, Object> stream = new LinkedHashMap<>();
        stream.put("name", name);
        stream.put("output_type", "stream");
        stream.put("text", Notebook.lines(text.toString()));
        outputs.add(stream);
        text.setLength(0);
    }

    private static String id(int index) { return String.format("cell-%03d", index + 1); }
}
