package autograd.render;

import autograd.Value;
import autograd.draw.Draw;
import autograd.draw.Neuron;
import autograd.picture.OutputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.*;

/** SVG through whichever engine this machine has: the embedded V8 one when there is no {@code dot}. */
public class RenderTest {
    @BeforeAll
    static void warm() {
        Renderer.shared().warmUp();
    }

    @Test
    void neuronRendersToSvgWithItsLabels() {
        String svg = Renderer.shared().svg(Draw.dotSource(Neuron.build()), 15);
        assertTrue(svg.contains("<svg"), svg);
        List<String> texts = texts(svg);
        for (String t : List.of("o", "data 0.7071", "grad 1.0000", "x1*w1 + x2*w2", "tanh", "+", "*", "x1", "grad -1.5000"))
            assertTrue(texts.contains(t), t + " in " + texts);
    }

    @Test
    void awkwardLabelsComeOutAsTyped() {
        List<String> labels = List.of("a|b", "{x}", "<in>", "a>b", "C:\\New\\Node", "say \"hi\"", "100%", "&amp;",
                "ünï ✓", "é x", "Σ 3 terms", "two  spaces", " lead", "\\N", "x\\ly");
        Value sum = new Value(0, "start");
        for (String l : labels) sum = sum.add(new Value(1, l));
        sum = sum.add(new Value(1, "tab\there")).add(new Value(1, "line1\nline2"));
        List<String> texts = texts(Renderer.shared().svg(Draw.dotSource(sum), 64)).stream()
                .map(t -> t.replace('\u00a0', ' ')).collect(Collectors.toList());   // runs of spaces are kept as no-break spaces
        for (String l : labels) assertTrue(texts.contains(l), "[" + l + "] in " + texts);
        assertTrue(texts.contains("tab here"), texts.toString());
        int line1 = texts.indexOf("line1");
        assertTrue(line1 >= 0 && texts.get(line1 + 1).equals("line2"), texts.toString());
    }

    @Test
    void twoThousandValuesFitBecauseMemoryGrowsWithTheGraph() {
        Value sum = new Value(0, "b");
        for (int i = 0; i < 500; i++) sum = sum.add(new Value(i, "x" + i).mul(new Value(0.5, "w" + i)));
        assertEquals(2001, Draw.trace(sum).nodes().size());
        String svg = Renderer.shared().svg(Draw.dotSource(sum), 4002);   // viz.js's default 16 MiB aborts on this one
        assertTrue(texts(svg).contains("x499"));
        assertEquals(16 << 20, VizJs.memoryFor(20, 2_000));
        assertEquals(64 << 20, VizJs.memoryFor(4002, 200_000));
    }

    @Test
    void nanIsDrawnRed() {
        Value bad = new Value(Double.NaN, "bad");
        String svg = Renderer.shared().svg(Draw.dotSource(bad), 1);
        assertTrue(svg.contains("stroke=\"red\""), svg);
        assertTrue(svg.contains("fill=\"red\"") && texts(svg).contains("data nan"), svg);
    }

    @Test
    void drawDotWritesSvgAndDotNamedAfterTheRootAndLeavesNoTempFolders(@TempDir Path dir) throws IOException {
        Set<String> before = graphvizTempFolders();
        Path graphs = dir.resolve("graphs");
        Path svg = Draw.drawDot(Neuron.build(), "LR", graphs).file();
        Path again = Draw.drawDot(Neuron.build(), "TB", graphs).file();   // same label: the picture is redrawn in place
        assertEquals(graphs.resolve("o.svg"), svg);
        assertEquals(svg, again);
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(Files.readString(graphs.resolve("o.dot")).contains("rankdir=TB"));
        try (Stream<Path> files = Files.list(graphs)) {
            assertEquals(Set.of("o.svg", "o.dot"), files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertEquals(before, graphvizTempFolders(), "GraphvizJava/DotEngine* folders left behind");
    }

    @Test
    void nativeDotLeavesNoTempFoldersEither() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Renderer.nativeDot(), "no dot on the PATH");
        Set<String> before = graphvizTempFolders();
        for (int i = 0; i < 3; i++) Renderer.shared().svg(Draw.dotSource(Neuron.build()), 15);
        assertEquals(before, graphvizTempFolders());
    }

    @Test
    void fileNamesStayInsideTheFolder() {
        assertEquals("etc_passwd", OutputFile.name("../../etc/passwd", "graph"));
        assertEquals("a_b", OutputFile.name("a/b", "graph"));
        assertEquals("a_b", OutputFile.name("a\\b", "graph"));
        assertEquals("x1_w1_x2_w2", OutputFile.name("x1*w1 + x2*w2", "graph"));
        assertEquals("graph", OutputFile.name("", "graph"));
        assertEquals("graph", OutputFile.name("...", "graph"));
        assertEquals("graph", OutputFile.name("/", "graph"));
        assertEquals("_CON", OutputFile.name("CON", "graph"));
        assertEquals("_nul.txt", OutputFile.name("nul.txt", "graph"));
        assertEquals("ünï", OutputFile.name("ünï ✓", "graph"));
        assertEquals("a_.._b", OutputFile.name("a/../b", "graph"));
        assertEquals(64, OutputFile.name("x".repeat(500), "graph").length());
        assertEquals("o", OutputFile.name("o", "graph"));
    }

    private static Set<String> graphvizTempFolders() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "GraphvizJava");
        if (!Files.isDirectory(tmp)) return Set.of();
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("DotEngine")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The text of every {@code <text>} element, with SVG's entities decoded. */
    public static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>(.*?)</text>", Pattern.DOTALL).matcher(svg);
        while (m.find()) out.add(decode(m.group(1)));
        return out;
    }

    private static String decode(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        m.appendTail(b);
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
