package autograd.draw;

import autograd.AutogradException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The step-through of {@link StepBackward} as ONE self-contained HTML page, {@code FOLDER/LABEL-backward.html}:
 * every frame's picture inline, prev/next buttons, a slider and the arrow keys ({@code #step-3} opens at step 3);
 * plain JavaScript, nothing fetched, so it works offline and inside a replay's transcript.
 */
public final class StepPage {
    private StepPage() {}

    /** Steps backward through root's graph, draws every frame, and writes the page into folder. */
    public static Picture write(Object root, Path folder) {
        List<StepBackward.Frame> frames = StepBackward.frames(root);
        if (frames.isEmpty())
            throw new AutogradException("stepBackward needs a Value computed from others; this one is a leaf, with no backward to step through.");
        int nodes = 2 * frames.get(0).grads().length;                    // values and their op nodes
        List<String> svgs = new ArrayList<>(frames.size());
        for (StepBackward.Frame frame : frames) svgs.add(Renderer.svg(frame.dot(), nodes));
        String label = StepBackward.ours(root).label == null ? "" : StepBackward.ours(root).label;
        Path page = folder.resolve(OutputFile.name((label.isBlank() ? "graph" : label) + "-backward", "graph-backward") + ".html");
        OutputFile.write(page, html(label.isBlank() ? "the graph" : label, frames, svgs));
        return new Picture(page);
    }

    static String html(String root, List<StepBackward.Frame> frames, List<String> svgs) {
        StringBuilder out = new StringBuilder(1024 + svgs.stream().mapToInt(String::length).sum());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
           .append(Html.escape(root)).append(".backward(), step by step</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
           .append("<h1>").append(Html.escape(root)).append(".backward(), one local backward at a time</h1>\n")
           .append("<div class=\"controls\"><button id=\"prev\" type=\"button\">&#9664; prev</button>\n")
           .append("<input id=\"slider\" type=\"range\" min=\"1\" max=\"").append(frames.size()).append("\" value=\"1\">\n")
           .append("<button id=\"next\" type=\"button\">next &#9654;</button> <span id=\"count\"></span></div>\n")
           .append("<p class=\"key\"><span class=\"swatch done\"></span> the node whose local backward just ran ")
           .append("<span class=\"swatch got\"></span> its children, which just got their share of its grad</p>\n");
        for (int i = 0; i < frames.size(); i++) {
            out.append("<section class=\"frame\" id=\"step-").append(i + 1).append('"').append(i == 0 ? "" : " hidden").append(">\n")
               .append("<p class=\"caption\">").append(Html.escape(frames.get(i).caption())).append("</p>\n")
               .append("<div class=\"picture\">").append(inline(svgs.get(i))).append("</div>\n</section>\n");
        }
        return out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    /** The {@code <svg>} element alone: no XML prolog or DOCTYPE, and no namespace URLs (HTML puts svg in its namespace). */
    static String inline(String svg) {
        int start = svg.indexOf("<svg");
        String element = start < 0 ? svg : svg.substring(start);
        return element.replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
                .replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "").strip();
    }

    private static final String STYLE = """
            body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #222; }
            h1 { font-size: 1.3rem; margin: 0 0 .8rem; }
            .controls { display: flex; align-items: center; gap: .6rem; }
            .controls input { width: 20rem; }
            button { font: inherit; padding: .2rem .8rem; }
            .key { color: #555; font-size: .9rem; }
            .swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #888; vertical-align: -2px; margin-left: .6rem; }
            .swatch.done { background: #ffcc80; } .swatch.got { background: #c5e1a5; }
            .caption { font-family: ui-monospace, monospace; font-size: 1rem; margin: .6rem 0; }
            .picture { overflow-x: auto; }
            .picture svg { display: block; max-width: 100%; height: auto; }   /* a wide graph shrinks to the window */
            """;

    private static final String SCRIPT = """
            (function () {
              var frames = document.querySelectorAll('section.frame');
              var slider = document.getElementById('slider'), count = document.getElementById('count');
              var at = 1;
              function show(n) {
                at = Math.max(1, Math.min(frames.length, n));
                for (var i = 0; i < frames.length; i++) frames[i].hidden = (i !== at - 1);
                slider.value = at;
                count.textContent = 'step ' + at + ' of ' + frames.length;
              }
              document.getElementById('prev').onclick = function () { show(at - 1); };
              document.getElementById('next').onclick = function () { show(at + 1); };
              slider.oninput = function () { show(parseInt(slider.value, 10)); };
              document.addEventListener('keydown', function (e) {
                if (e.target === slider) return;      // the slider moves itself on arrow keys
                if (e.key === 'ArrowRight' || e.key === ' ') { show(at + 1); e.preventDefault(); }
                if (e.key === 'ArrowLeft') { show(at - 1); e.preventDefault(); }
                if (e.key === 'Home') show(1);
                if (e.key === 'End') show(frames.length);
              });
              show(parseInt(location.hash.replace('#step-', ''), 10) || 1);   // page.html#step-3 opens at step 3
            })();
            """;
}
