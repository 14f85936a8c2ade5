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
 * beside the file ({@code OUT_files/}) and linked, so the page renders on GitHub or in any Markdown viewer. Nothing
 * the cells hold is read as Markdown or HTML: a script's prose is escaped as text ({@link MarkdownText#text}), a
 * notebook's markdown keeps its Markdown but no HTML ({@link MarkdownText#inert}), and output, errors and unmet
 * expectations go into fenced blocks whose fence no text inside can end.
 */
final class MarkdownTranscript implements Transcript {
    private final Path file;

    MarkdownTranscript(Path file) { this.file = file; }

    /** The folder the pictures go into: {@code OUT_files/} beside {@code OUT.md}. */
    static Path pictureFolder(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return file.resolveSibling(base + "_files");
    }

    @Override public void finish(List<ScriptRun> runs) throws IOException {
        Path folder = pictureFolder(file);
        StringBuilder out = new StringBuilder();
        int pictures = 0;
        for (ScriptRun run : runs) {
            out.append("# ").append(MarkdownText.text(String.valueOf(run.script.getFileName()))).append("\n\n");
            boolean notebook = Notebook.is(run.script);
            for (CellRun cell : run.cells) {
                String prose = String.join("\n", cell.cell.prose());
                if (!prose.isEmpty())
                    out.append(notebook ? MarkdownText.inert(prose) : MarkdownText.text(prose)).append("\n\n");
                if (!cell.cell.isText()) MarkdownText.fence(out, "java", cell.cell.code());
                StringBuilder text = new StringBuilder();                // printed and displayed lines, in one block
                for (Shown s : cell.shown) {
                    if (s instanceof Printed p) text.append(p.text().stripTrailing()).append('\n');
                    if (s instanceof Displayed d) text.append(d.text()).append('\n');
                    if (s instanceof Printed || s instanceof Displayed) continue;
                    fence(out, "text", text);
                    if (s instanceof Mismatch m) MarkdownText.fence(out, "text", m.twoLines());
                    if (s instanceof Drawing p) {
                        if (p.svg() == null) {
                            out.append("*(picture missing: ").append(MarkdownText.text(String.valueOf(p.file())))
                                    .append(")*\n\n");
                            continue;
                        }
                        boolean page = p.drawn().isPage();   // stepBackward's step-through
                        String name = "picture-" + (++pictures) + (page ? ".html" : ".svg");
                        OutputFile.write(folder.resolve(name), p.svg());
                        // a picture links to itself: a click shows a wide one whole
                        String link = MarkdownText.link(folder.getFileName() + "/" + name);
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
        MarkdownText.fence(out, lang, text.toString().stripTrailing());
        text.setLength(0);
    }
}
