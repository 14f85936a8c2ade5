package autograd.session;

import autograd.Op;
import autograd.picture.Picture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** grad, drawDot and printGraph from a JShell session, on our Value and on one the user typed in. */
class HelpersTest {
    /** The second document's fixed class, as a student types it in Java. */
    static final String USERS_VALUE = """
            class Value {
                double data; double grad; String label = ""; String _op = "";
                List<Value> _prev = List.of();
                Runnable _backward = () -> {};
                Value(double data, String label) { this.data = data; this.label = label; }
                Value(double data, List<Value> children, String op) { this.data = data; _prev = children; _op = op; }
                public String toString() { return "Value(data=" + data + ")"; }
                Value add(Value other) {
                    Value out = new Value(data + other.data, List.of(this, other), "+");
                    out._backward = () -> { this.grad += out.grad; other.grad += out.grad; };
                    return out;
                }
                Value mul(Value other) {
                    Value out = new Value(data * other.data, List.of(this, other), "*");
                    out._backward = () -> { this.grad += other.data * out.grad; other.grad += this.data * out.grad; };
                    return out;
                }
                void backward() {
                    List<Value> topo = new ArrayList<>();
                    buildTopo(this, new HashSet<>(), topo);
                    grad = 1.0;
                    for (int i = topo.size() - 1; i >= 0; i--) topo.get(i)._backward.run();
                }
                void buildTopo(Value v, Set<Value> visited, List<Value> topo) {
                    if (visited.add(v)) { for (Value child : v._prev) buildTopo(child, visited, topo); topo.add(v); }
                }
            }
            """;

    @TempDir Path graphs;
    Session session;

    @BeforeEach void start() {
        session = Session.start();
        session.outputFolder(graphs);
        session.showPictures(picture -> {});
    }

    @AfterEach void close() {
        session.close();
    }

    String run(String source) { return Printed.by(session, source); }

    @Test
    void gradTwiceGivesTheSameNumbersNotDoubledOnes() {
        String first = run("grad(o);").replaceAll(" +", " ");
        assertEquals(first, run("grad(o);").replaceAll(" +", " "));
        assertTrue(first.contains("\nx1 2.0000 -1.5000\n"), first);
        assertTrue(first.contains("\no tanh 0.7071 1.0000\n"), first);
        assertTrue(first.startsWith("label"), first);
    }

    @Test
    void drawDotWritesThePictureAndRecordsIt() throws Exception {
        List<Path> drawn = Printed.drawnBy(session, "o.backward(); Path svg = drawDot(o);").stream().map(Picture::file).toList();
        assertEquals(List.of(graphs.resolve("o.svg")), drawn);
        String picture = Files.readString(drawn.get(0));
        assertTrue(picture.contains("<svg"));
        assertTrue(picture.contains("grad &#45;1.5000") || picture.contains("grad -1.5000"), picture);
        assertTrue(Files.exists(graphs.resolve("o.dot")));
    }

    @Test
    void theUsersOwnValueClassShadowsOursAndStillDraws() throws Exception {
        run(USERS_VALUE);
        run("Value a = new Value(-2.0, \"a\"); Value b = new Value(3.0, \"b\");"
                + "Value d = a.mul(b); d.label = \"d\"; Value e = a.add(b); e.label = \"e\";"
                + "Value f = d.mul(e); f.label = \"f\";");
        assertFalse(Said.eval(session, "a.getClass().getName()").get(0).value().startsWith("autograd."));   // theirs, not ours
        String table = run("grad(f);").replaceAll(" +", " ");
        assertTrue(table.contains("\na -2.0000 -3.0000\n"), table);
        assertTrue(table.contains("\nb 3.0000 -8.0000\n"), table);
        assertEquals(table, run("grad(f);").replaceAll(" +", " "));
        run("drawDot(f);");
        String picture = Files.readString(graphs.resolve("f.svg"));
        assertTrue(picture.contains(">f<") || picture.contains("> f <") || picture.contains(">f "), picture);
        assertTrue(run("printGraph(f);").contains("f"));
    }

    @Test
    void traceReadsAsTheLecturesNodesAndEdges() {
        Said r = Said.eval(session, "Value p = new Value(2, \"p\"); Value q = new Value(3, \"q\"); Value pq = p.mul(q); trace(pq)").get(3);
        assertEquals("Trace(3 nodes: p, q, (*); 2 edges: p -> (*), q -> (*))", r.value());
        assertTrue(Said.eval(session, "dotSource(o)").get(0).value().contains("rankdir=LR"));
    }

    @Test
    void aClassWithoutTheLecturesFieldsGetsOneSentence() {
        run("class Box { double data; }");
        Said r = Said.eval(session, "drawDot(new Box())").get(0);
        assertEquals(Said.Kind.EXCEPTION, r.kind());
        assertTrue(r.display().startsWith(BAR + "Box has no field `grad`: drawDot, printGraph"), r.display());
        assertFalse(r.display().contains("\n"), r.display());
    }

    @Test
    void gradCheckAgreesOnTheNeuronAndLeavesEverythingAsItWas() {
        run("o.backward();");
        String before = run("System.out.println(x1.data + \" \" + x1.grad + \" \" + n.grad + \" \" + o.data);");
        String table = run("gradCheck(o);");
        assertTrue(table.contains("x1                     2.0000        -1.500000        -1.500000\n"), table);
        assertTrue(table.endsWith("Every leaf agrees: backpropagation and nudging give the same gradients.\n"), table);
        assertEquals(before, run("System.out.println(x1.data + \" \" + x1.grad + \" \" + n.grad + \" \" + o.data);"));
    }

    @Test
    void gradCheckFlagsAWrongLocalBackward() {
        String table = run("Value t = new Value(0.5, \"t\");"
                + "Value cube = Value.node(t.data * t.data * t.data, \"cube\", out -> t.grad += 3 * t.data * out.grad, t);");
        Said unknown = Said.eval(session, "gradCheck(cube)").get(0);
        assertEquals(BAR + "gradCheck cannot compute op \"cube\" again to nudge through it; it knows " + Op.known() + ".", unknown.display());
        table = run("Value wrong = Value.node(Math.sqrt(t.data), \"sqrt\", out -> t.grad += 0.5 * t.data * out.grad, t); gradCheck(wrong);");
        assertTrue(table.contains("t                      0.5000         0.250000         0.707107   <- differs"), table);
        assertTrue(table.contains("1 leaf disagrees"), table);
    }

    @Test
    void gradCheckWorksOnTheStudentsOwnClassAndRefusesAStaleGraph() {
        run(USERS_VALUE);
        String table = run("Value a = new Value(-2.0, \"a\"); Value b = new Value(3.0, \"b\");"
                + "Value d = a.mul(b); Value e = a.add(b); Value f = d.mul(e); gradCheck(f);");
        assertTrue(table.contains("a                     -2.0000        -3.000000        -3.000000"), table);
        assertTrue(table.contains("b                      3.0000        -8.000000        -8.000000"), table);
        assertTrue(table.contains("Every leaf agrees"), table);
        Said stale = Said.eval(session, "a.data = 5; gradCheck(f)").get(1);
        assertTrue(stale.display().startsWith(BAR + "gradCheck: (-6.0000) holds -6.0000, but its op * gives 15.0000"), stale.display());
    }

    @Test
    void aPlotAndADrawingOfTheSameNameNeverShareAFile() {
        List<Path> drawn = Printed.drawnBy(session, "Value f = new Value(2.0, \"f\"); drawDot(f.tanh()); plot(\"f\", x -> x * x, -1, 1); drawDot(f);")
                .stream().map(Picture::file).toList();
        assertEquals(List.of(graphs.resolve("graph-1.svg"), graphs.resolve("plots/f.svg"), graphs.resolve("f.svg")), drawn);   // no label: numbered
        assertEquals(List.of(graphs.resolve("plots/plot-1.svg"), graphs.resolve("plots/plot-2.svg")),   // unnamed: each its own file
                Printed.drawnBy(session, "plot(x -> x, 0, 1); plot(List.of(2.1, 0.6));").stream().map(Picture::file).toList());
    }
}
