// viz.js (Graphviz compiled to asm.js) called synchronously, one DOT text in, one SVG out. Loaded after viz.js and
// full.render.js. Unlike their own render(), the DOT text goes on the heap, not on emscripten's 5 MiB stack, so a
// DOT text of any size is read whole; and a module that failed or was stopped is thrown away, never reused.
var vizModule = null, vizMemory = 0;

function vizReset() { vizModule = null; vizMemory = 0; }

function vizRender(src, memory) {
  if (vizModule === null || vizMemory !== memory) {
    vizModule = null;
    vizModule = Viz.Module({ TOTAL_MEMORY: memory, print: function () {}, printErr: function () {} });
    vizMemory = memory;
  }
  var m = vizModule, svg, error;
  try {
    var text = vizToHeap(m, src);
    var out = m.ccall('vizRenderFromString', 'number', ['number', 'string', 'string'], [text, 'svg', 'dot']);
    svg = m.Pointer_stringify(out);
    m._free(out);
    var message = m.ccall('vizLastErrorMessage', 'number', [], []);
    error = m.Pointer_stringify(message);
    m._free(message);
    m._free(text);
  } catch (e) {
    vizReset();                     // an abort leaves the module unusable
    throw e;
  }
  if (error) {
    vizReset();                     // Graphviz keeps state after an error: start clean
    throw new Error(error);
  }
  return svg;
}

// The string as UTF-8 bytes on the module's heap, NUL-terminated; the caller frees it.
function vizToHeap(m, s) {
  var at = m._malloc(s.length * 3 + 1), heap = m.HEAPU8, j = at;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) c = 0x10000 + ((c & 0x3FF) << 10) + (s.charCodeAt(++i) & 0x3FF);
    if (c < 0x80) {
      heap[j++] = c;
    } else if (c < 0x800) {
      heap[j++] = 0xC0 | (c >> 6); heap[j++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      heap[j++] = 0xE0 | (c >> 12); heap[j++] = 0x80 | ((c >> 6) & 63); heap[j++] = 0x80 | (c & 63);
    } else {
      heap[j++] = 0xF0 | (c >> 18); heap[j++] = 0x80 | ((c >> 12) & 63); heap[j++] = 0x80 | ((c >> 6) & 63); heap[j++] = 0x80 | (c & 63);
    }
  }
  heap[j] = 0;
  return at;
}
