package autograd.replay;

import autograd.picture.Html;
import autograd.picture.OutputFile;
import autograd.replay.CellRun.Displayed;
import autograd.replay.CellRun.Drawing;
import autograd.replay.CellRun.Mismatch;
import autograd.replay.CellRun.Printed;
import autograd.replay.CellRun.Shown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A replay as ONE self-contained HTML page: each cell's prose, its code, its output and the pictures drawDot
 * made, inline as SVG, in order. It opens in any browser without the files it came from.
 */
final class HtmlTranscript implements Transcript {
    private static final String STYLE = """
            body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
                   color: #222; }
            h1 { font-size: 1.4rem; border-bottom: 2px solid #ccc; margin-top: 3rem; }
            .cell { margin: 1.2rem 0; }
            .prose p { margin: .3rem 0; }
            pre { margin: .2rem 0; padding: .5rem .8rem; overflow-x: auto; font: 14px/1.4 ui-monospace, monospace; }
            pre.code { background: #f4f6fa; border-left: 4px solid #5b7bd5; }
            pre.code .expect { color: #2a7a2a; }
            .out { border-left: 4px solid #ccc; margin: .2rem 0 0; }
            .out pre { margin: 0; padding: .1rem .8rem; }
            pre.display { color: #555; }
            pre.error { color: #b00020; }
            .mismatch { color: #b00020; font-weight: bold; white-space: pre-wrap;
                        font-family: ui-monospace, monospace; }
            figure { margin: .5rem .8rem; overflow-x: auto; }
            /* a wide graph fits the column, scaled down; a click gives its natural size, scrolling sideways */
            figure svg { display: block; max-width: 100%; height: auto; }
            figure.wide { cursor: zoom-in; }
            figure.wide::before { content: "scaled to fit: click it for its natural size"; display: block;
                                  position: sticky; left: 0; font-size: .8rem; color: #666; }
            figure.wide.natural { cursor: zoom-out; }
            figure.wide.natural::before { content: "its natural size: scroll it sideways, or click it to fit it"; }
            figure.natural svg { max-width: none; }
            figure iframe.page { display: block; box-sizing: border-box; width: 100%; height: 30rem;
                                 border: 1px solid #ccc; }
            """;

    /** A picture wider than the column is scaled to fit it; a click gives its natural size, another fits it again. */
    private static final String SCRIPT = """
            document.querySelectorAll('figure > svg').forEach(function (svg) {
              var figure = svg.parentNode, natural = parseFloat(svg.getAttribute('width'));
              if (!(natural > figure.clientWidth + 1)) return;
              figure.classList.add('wide');
              figure.addEventListener('click', function () { figure.classList.toggle('natural'); });
            });
            """;

    private final Path file;

    HtmlTranscript(Path file) { this.file = file; }

    @Override public void finish(List<ScriptRun> runs) throws IOException {
        OutputFile.write(file, html(runs));                 // through a temporary file: never half a page
    }

    static String html(List<ScriptRun> runs) {
        String title = runs.stream().map(r -> String.valueOf(r.script.getFileName())).collect(Collectors.joining(", "));
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
                        .append("</style>\n</head>\n<body>\n");
        for (int i = 0; i < runs.size(); i++) {
            ScriptRun run = runs.get(i);
            out.append("<h1>").append(Html.escape(String.valueOf(run.script.getFileName()))).append("</h1>\n");
            for (CellRun cell : run.cells) cell(out, cell, "s" + (i + 1) + "-line-" + cell.cell.line());
        }
        return out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    /** One cell, its id the script's number and the cell's line ({@code s1-line-12}), so a link can point at it. */
    private static void cell(StringBuilder out, CellRun run, String id) {
        out.append("<section class=\"cell\" id=\"").append(id).append("\">\n");
        if (!run.cell.prose().isEmpty()) {
            out.append("<div class=\"prose\">");
            for (String paragraph : String.join("\n", run.cell.prose()).split("\n\\s*\n"))
                out.append("<p>").append(Html.escape(paragraph)).append("</p>");
            out.append("</div>\n");
        }
        if (!run.cell.isText()) {
            out.append("<pre class=\"code\">");
            for (String line : run.cell.code().split("\n", -1)) {
                String escaped = Html.escape(line);
                out.append(Cells.isExpect(line) ? "<span class=\"expect\">" + escaped + "</span>" : escaped)
                        .append('\n');
            }
            out.append("</pre>\n");
        }
        if (!run.shown.isEmpty()) out.append("<div class=\"out\">\n");
        for (Shown s : run.shown) {
            if (s instanceof Printed p) out.append("<pre class=\"printed\">").append(Html.escape(p.text()))
                    .append("</pre>\n");
            if (s instanceof Displayed d)
                out.append("<pre class=\"").append(d.failed() ? "error" : "display").append("\">")
                        .append(Html.escape(d.text())).append("</pre>\n");
            if (s instanceof Drawing p) out.append("<figure>").append(inline(p)).append("</figure>\n");
            if (s instanceof Mismatch m)
                out.append("<div class=\"mismatch\">line ").append(m.line()).append(": expected ")
                        .append(Html.escape(m.expected()))
                        .append("\n").append(" ".repeat(String.valueOf(m.line()).length() + 5)).append("  actual ")
                        .append(Html.escape(m.actual())).append("</div>\n");
        }
        if (!run.shown.isEmpty()) out.append("</div>\n");
        out.append("</section>\n");
    }

    /**
     * The picture's {@code <svg>} element itself: the XML prolog, DOCTYPE and comments before it dropped. A page
     * (stepBackward's step-through) goes into an {@code <iframe srcdoc>}, so its script and styles keep to themselves.
     */
    static String inline(Drawing p) {
        if (p.svg() != null && p.drawn().isPage())
            return "<iframe class=\"page\" title=\"" + Html.escape(String.valueOf(p.file().getFileName()))
                    + "\" srcdoc=\"" + Html.escape(p.svg()) + "\"></iframe>";
        if (p.svg() == null || !p.svg().contains("<svg")) return "<p class=\"mismatch\">picture missing: "
                + Html.escape(String.valueOf(p.file())) + "</p>";
        return autograd.picture.Picture.svgElement(p.svg()).strip();
    }
}
