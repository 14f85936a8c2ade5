package autograd.replay;

import autograd.picture.OutputFile;
import autograd.replay.CellRun.Displayed;
import autograd.replay.CellRun.Drawing;
import autograd.replay.CellRun.Mismatch;
import autograd.replay.CellRun.Printed;
import autograd.replay.CellRun.Shown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A replay as Markdown: prose as text, code and output in fenced blocks, and each picture copied into a folder
 * beside the file ({@code OUT_files/}) and linked, so the page renders on GitHub or in any Markdown viewer.
 */
final class MarkdownTranscript implements Transcript {
    private final Path file;

    MarkdownTranscript(Path file) { this.file = file; }

    @Override public void finish(List<ScriptRun> runs) throws IOException {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path folder = file.resolveSibling(base + "_files");
        StringBuilder out = new StringBuilder();
        int pictures = 0;
        for (ScriptRun run : runs) {
            out.append("# ").append(run.script.getFileName()).append("\n\n");
            for (CellRun cell : run.cells) {
                if (!cell.cell.prose().isEmpty()) out.append(String.join("\n", cell.cell.prose())).append("\n\n");
                if (!cell.cell.isText()) fence(out, "java", cell.cell.code());
                StringBuilder text = new StringBuilder();                // printed and displayed lines, in one block
                for (Shown s : cell.shown) {
                    if (s instanceof Printed p) text.append(p.text().stripTrailing()).append('\n');
                    if (s instanceof Displayed d) text.append(d.text()).append('\n');
                    if (s instanceof Printed || s instanceof Displayed) continue;
                    fence(out, "text", text);
                    if (s instanceof Mismatch m)
                        out.append("> **line ").append(m.line()).append(": expected** `").append(m.expected())
                                .append("`, **actual** `").append(m.actual()).append("`\n\n");
                    if (s instanceof Drawing p) {
                        if (p.svg() == null) {
                            out.append("*(picture missing: ").append(p.file()).append(")*\n\n");
                            continue;
                        }
                        boolean page = p.drawn().isPage();   // stepBackward's step-through
                        String name = "picture-" + (++pictures) + (page ? ".html" : ".svg");
                        OutputFile.write(folder.resolve(name), p.svg());
                        // a picture links to itself: a click shows a wide one whole
                        String link = folder.getFileName() + "/" + name;
                        out.append(page ? "[step through backward()](" + link + ")" : "[![drawDot](" + link + ")]("
                                + link + ")").append("\n\n");
                    }
                }
                fence(out, "text", text);
            }
        }
        OutputFile.write(file, out.toString());                  // through a temporary file: never half a page
    }

    /** The text gathered so far as a fenced block, if there is any; then none is gathered. */
    private static void fence(StringBuilder out, String lang, StringBuilder text) {
        if (text.isEmpty()) return;
        fence(out, lang, text.toString().stripTrailing());
        text.setLength(0);
    }

    /** A fenced block, its fence longer than any backtick run inside. */
    private static void fence(StringBuilder out, String lang, String text) {
        String ticks = "```";
        while (text.contains(ticks)) ticks += "`";
        out.append(ticks).append(lang).append('\n').append(text).append('\n').append(ticks).append("\n\n");
    }
}
