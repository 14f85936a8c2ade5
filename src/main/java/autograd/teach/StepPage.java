package autograd.teach;

import autograd.AutogradException;
import autograd.picture.Html;
import autograd.picture.OutputFile;
import autograd.picture.Picture;
import autograd.render.Renderer;
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
            throw new AutogradException("stepBackward needs a Value computed from others; this one is a leaf, with"
                    + " no backward to step through.");
        int nodes = 2 * frames.get(0).grads().length;                    // values and their op nodes
        List<String> svgs = new ArrayList<>(frames.size());
        for (StepBackward.Frame frame : frames) svgs.add(Renderer.shared().svg(frame.dot(), nodes));
        String label = StepBackward.ours(root).label == null ? "" : StepBackward.ours(root).label;
        // the suffix after the name, which a long label would otherwise cut off
        Path page = folder.resolve(OutputFile.name(label, "graph") + "-backward.html");
        OutputFile.write(page, html(label.isBlank() ? "the graph" : label, frames, svgs));
        return new Picture(page);
    }

    static String html(String root, List<StepBackward.Frame> frames, List<String> svgs) {
        StringBuilder out = new StringBuilder(1024 + svgs.stream().mapToInt(String::length).sum());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
           .append(Html.escape(root)).append(".backward(), step by step</title>\n<style>\n").append(STYLE)
                   .append("</style>\n</head>\n<body>\n")
           .append("<h1>").append(Html.escape(root)).append(".backward(), one local backward at a time</h1>\n")
           .append("<div class=\"controls\"><button id=\"prev\" type=\"button\">&#9664; prev</button>\n")
           .append("<input id=\"slider\" type=\"range\" min=\"1\" max=\"").append(frames.size())
                   .append("\" value=\"1\">\n")
           .append("<button id=\"next\" type=\"button\">next &#9654;</button> <span id=\"count\"></span>\n")
           .append("<span class=\"zoom\"><button id=\"smaller\" type=\"button\" title=\"zoom out"
                   + " (-)\">&minus;</button>")
           .append("<span id=\"scale\"></span><button id=\"bigger\" type=\"button\" title=\"zoom in (+)\">+</button>")
           .append("<button id=\"fit\" type=\"button\" title=\"the whole graph in the window (f)\">fit</button>")
           .append("<button id=\"actual\" type=\"button\" title=\"natural size (0)\">100%</button></span></div>\n")
           .append("<p class=\"key\"><span class=\"swatch done\"></span> the node whose local backward just ran ")
           .append("<span class=\"swatch got\"></span> its children, which just got their share of its grad")
           .append(" &middot; drag to move the picture, Ctrl + wheel or + and &minus; to zoom</p>\n");
        for (int i = 0; i < frames.size(); i++) {
            out.append("<section class=\"frame\" id=\"step-").append(i + 1).append('"').append(i == 0 ? "" : " hidden")
                    .append(">\n")
               .append("<p class=\"caption\">").append(Html.escape(frames.get(i).caption())).append("</p>\n")
               .append("<div class=\"picture\">").append(inline(svgs.get(i))).append("</div>\n</section>\n");
        }
        return out.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    /**
     * The {@code <svg>} element alone: no XML prolog or DOCTYPE, and no namespace URLs (HTML puts svg in its
     * namespace).
     */
    static String inline(String svg) {
        return Picture.svgElement(svg).replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
                .replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "").strip();
    }

    private static final String STYLE = """
            body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5rem; color: #222; }
            h1 { font-size: 1.3rem; margin: 0 0 .8rem; }
            .controls { display: flex; flex-wrap: wrap; align-items: center; gap: .6rem; }
            .controls input { width: 20rem; }
            .zoom { display: inline-flex; align-items: center; gap: .3rem; margin-left: auto; }
            #scale { min-width: 3.5rem; text-align: center; font-variant-numeric: tabular-nums; }
            button { font: inherit; padding: .2rem .8rem; }
            .key { color: #555; font-size: .9rem; }
            .swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #888; vertical-align: -2px;
                      margin-left: .6rem; }
            .swatch.done { background: #ffcc80; } .swatch.got { background: #c5e1a5; }
            .caption { font-family: ui-monospace, monospace; font-size: 1rem; margin: .6rem 0; }
            .picture { overflow: auto; max-height: 78vh; border: 1px solid #ddd; cursor: grab; }
            .picture.dragging { cursor: grabbing; user-select: none; }
            .picture svg { display: block; }   /* sized by the script: readable first, zoomed and moved by the reader */
            """;

    /**
     * Stepping (buttons, slider, arrow keys, {@code #step-3}) and the picture's size: it opens as wide as the window
     * allows but never smaller than {@code READABLE} (Graphviz's 14-unit text at 12 px), so a wide graph scrolls
     * rather than shrinks; the reader zooms (buttons, + and -, Ctrl + wheel) and drags it around.
     */
    private static final String SCRIPT = """
            (function () {
              var frames = document.querySelectorAll('section.frame');
              var slider = document.getElementById('slider'), count = document.getElementById('count');
              var scaleText = document.getElementById('scale');
              var READABLE = 12 / 14, MIN = 0.05, MAX = 4, HOT = '%s';
              var at = 1, zoom = 1;
              function picture() { return frames[at - 1].querySelector('.picture'); }
              function natural(svg) {
                var box = svg.viewBox && svg.viewBox.baseVal;
                if (box && box.width) return { w: box.width, h: box.height };
                return { w: parseFloat(svg.getAttribute('width')) || 800,
                         h: parseFloat(svg.getAttribute('height')) || 600 };
              }
              function size() {
                var svgs = document.querySelectorAll('.picture svg');
                for (var i = 0; i < svgs.length; i++) {
                  var n = natural(svgs[i]);
                  svgs[i].style.width = (n.w * zoom) + 'px';
                  svgs[i].style.height = (n.h * zoom) + 'px';
                }
                scaleText.textContent = Math.round(zoom * 100) + '%%';
              }
              function fitZoom() {
                var box = picture(), svg = box.querySelector('svg'), n = natural(svg);
                var byWidth = (box.clientWidth - 2) / n.w, byHeight = (window.innerHeight * 0.78 - 2) / n.h;
                return Math.max(MIN, Math.min(byWidth, byHeight));
              }
              function zoomTo(z, cx, cy) {                      // keeps the point under (cx, cy) where it is
                var box = picture();
                var x = (box.scrollLeft + cx) / zoom, y = (box.scrollTop + cy) / zoom;
                zoom = Math.max(MIN, Math.min(MAX, z));
                size();
                box.scrollLeft = x * zoom - cx;
                box.scrollTop = y * zoom - cy;
              }
              function zoomBy(f) { var box = picture(); zoomTo(zoom * f, box.clientWidth / 2, box.clientHeight / 2); }
              function show(n) {
                var before = frames[at - 1] && frames[at - 1].querySelector('.picture');
                var left = before ? before.scrollLeft : 0, top = before ? before.scrollTop : 0;
                at = Math.max(1, Math.min(frames.length, n));
                for (var i = 0; i < frames.length; i++) frames[i].hidden = (i !== at - 1);
                slider.value = at;
                count.textContent = 'step ' + at + ' of ' + frames.length;
                picture().scrollLeft = left;                      // the same place in the next picture,
                picture().scrollTop = top;
                reveal();                                         // unless the step's node is out of sight
              }
              function reveal() {
                var box = picture(), hot = box.querySelector('[fill="' + HOT + '"]');
                if (!hot) return;
                var b = box.getBoundingClientRect(), r = hot.getBoundingClientRect();
                var mid = function (lo, hi) { return (lo + hi) / 2; };
                if (r.left < b.left || r.right > b.right) box.scrollLeft += mid(r.left, r.right) - mid(b.left, b.right);
                if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += mid(r.top, r.bottom) - mid(b.top, b.bottom);
              }
              document.getElementById('prev').onclick = function () { show(at - 1); };
              document.getElementById('next').onclick = function () { show(at + 1); };
              document.getElementById('smaller').onclick = function () { zoomBy(1 / 1.25); };
              document.getElementById('bigger').onclick = function () { zoomBy(1.25); };
              document.getElementById('fit').onclick = function () { zoomTo(fitZoom(), 0, 0); };
              document.getElementById('actual').onclick = function () { zoomTo(1, 0, 0); };
              slider.oninput = function () { show(parseInt(slider.value, 10)); };
              document.addEventListener('keydown', function (e) {
                // the slider moves itself on arrow keys
                if (e.target === slider || e.ctrlKey || e.metaKey || e.altKey) return;
                if (e.key === 'ArrowRight' || e.key === ' ') { show(at + 1); e.preventDefault(); }
                if (e.key === 'ArrowLeft') { show(at - 1); e.preventDefault(); }
                if (e.key === 'Home') show(1);
                if (e.key === 'End') show(frames.length);
                if (e.key === '+' || e.key === '=') zoomBy(1.25);
                if (e.key === '-') zoomBy(1 / 1.25);
                if (e.key === '0') zoomTo(1, 0, 0);
                if (e.key === 'f') zoomTo(fitZoom(), 0, 0);
              });
              var boxes = document.querySelectorAll('.picture');
              for (var i = 0; i < boxes.length; i++) (function (box) {
                box.addEventListener('wheel', function (e) {
                  if (!e.ctrlKey && !e.metaKey) return;           // a plain wheel scrolls, as everywhere
                  e.preventDefault();
                  var r = box.getBoundingClientRect();
                  zoomTo(zoom * Math.pow(1.0015, -e.deltaY), e.clientX - r.left, e.clientY - r.top);
                }, { passive: false });
                var drag = null;
                box.addEventListener('pointerdown', function (e) {
                  if (e.button !== 0) return;
                  drag = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop };
                  box.classList.add('dragging');
                  box.setPointerCapture(e.pointerId);
                });
                box.addEventListener('pointermove', function (e) {
                  if (!drag) return;
                  box.scrollLeft = drag.left - (e.clientX - drag.x);
                  box.scrollTop = drag.top - (e.clientY - drag.y);
                });
                function end() { drag = null; box.classList.remove('dragging'); }
                box.addEventListener('pointerup', end);
                box.addEventListener('pointercancel', end);
              })(boxes[i]);
              zoom = Math.max(READABLE, Math.min(1, fitZoom()));  // as big as fits, but never too small to read
              size();
              show(parseInt(location.hash.replace('#step-', ''), 10) || 1);   // page.html#step-3 opens at step 3
            })();
            """.formatted(StepBackward.PROCESSED);
}
