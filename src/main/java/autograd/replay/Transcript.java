package autograd.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A replay's record in one format: the terminal's text as the cells run ({@link TextTranscript}), one HTML page
 * ({@link HtmlTranscript}), Markdown with its pictures beside it ({@link MarkdownTranscript}). The runner tells every
 * transcript what happens, in order; a file format writes its file when the replay is over.
 */
interface Transcript {
    /** A script starts. */
    default void script(Path script) {}

    /** Before a cell runs; false stops the replay here (the terminal's {@code --step}, answered with q). */
    default boolean before(Cell cell) { return true; }

    /** Where what the cell prints should go as it is printed, or null. */
    default PrintStream live() { return null; }

    /** Each piece of a cell's output, as it comes; printed text has already gone to {@link #live()}. */
    default void shown(CellRun.Shown piece) {}

    /** A cell has run. */
    default void after(CellRun run) {}

    /** Every script has run: a file format writes its file. */
    default void finish(List<ScriptRun> runs) throws IOException {}
}
