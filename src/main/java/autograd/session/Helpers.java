package autograd.session;

import autograd.AutogradException;
import autograd.Value;
import autograd.draw.Draw;
import autograd.nn.MLP;
import autograd.nn.Moons;
import autograd.nn.Sum;
import autograd.picture.Picture;
import autograd.plot.DecisionBoundary;
import autograd.plot.Plot;
import autograd.plot.Series;
import autograd.plot.TrainingPlots;
import autograd.teach.Backprop;
import autograd.teach.GradCheck;
import autograd.teach.StepPage;
import autograd.trace.Dot;
import autograd.trace.NodeView;
import autograd.trace.Printable;
import autograd.trace.Trace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * The helpers the startup script imports ({@code import static autograd.session.Helpers.*}), so a JShell user
 * types {@code drawDot(o)} or {@code grad(o)} as the lecture's notebook does. Each works on our {@code Value}
 * and on a {@code class Value} the user typed in, alike (through {@link NodeView}). A picture goes into the
 * folder of the session running the snippet, and is shown as that session shows pictures (see {@link Context}).
 */
public final class Helpers {
    private Helpers() {}

    /** The lecture's draw_dot: the graph under root as an SVG, opened in your viewer; returns the file. */
    public static Path drawDot(Object root) { return drawDot(root, "LR"); }

    /**
     * drawDot left to right ({@code "LR"}) or top to bottom ({@code "TB"}); a big graph is drawn folded, and says so.
     */
    public static Path drawDot(Object root, String rankdir) {
        need(root, "drawDot");
        Context c = Context.current();
        boolean unlabelled = NodeView.of(root).label(root).isBlank();
        // graph-1, graph-2
        Picture picture = Draw.drawDot(root, rankdir, c.folder(), unlabelled ? c.unnamed("graph") : "graph");
        if (picture.note() != null) System.out.println(picture.note());
        return c.drew(picture).file();
    }

    /**
     * Every value of root's graph, however long Graphviz takes: it shows how long it has worked, and Ctrl-C stops it.
     */
    public static Path drawDotFull(Object root) { return drawDotFull(root, "LR"); }

    /** drawDotFull left to right ({@code "LR"}) or top to bottom ({@code "TB"}). */
    public static Path drawDotFull(Object root, String rankdir) {
        Context c = Context.current();
        return c.drew(Draw.drawDotFull(root, rankdir, c.folder(), System.out)).file();
    }

    /**
     * Shows a picture file you made yourself (an SVG, a PNG, an HTML page) the way this session shows drawDot's:
     * the REPL opens it, a replay puts it into its transcript.
     */
    public static Path show(Path picture) {
        if (picture == null) throw new AutogradException("show needs the file of a picture, such as"
                + " Path.of(\"graphs/o.svg\").");
        return Context.current().drew(new Picture(picture)).file();
    }

    /** Where pictures go from now on in this session, such as {@code outputFolder(Path.of("pictures"))}. */
    public static Path outputFolder(Path folder) {
        Context.current().folder(folder);
        return Context.current().folder();
    }

    /**
     * Whether the lecture's traps are named here: {@code traps(false)} turns the notes off (the first time gradients
     * pile up, one line says so); {@code traps(true)} turns them on, in a replay too.
     */
    public static void traps(boolean on) { Context.current().traps(on); }

    /** Where pictures go. */
    public static Path outputFolder() { return Context.current().folder(); }

    /** The lecture's trace(root): every value reachable from root, and every (child, parent) edge. */
    public static Trace trace(Object root) { return Draw.trace(need(root, "trace")); }

    /** The DOT text drawDot renders, for pasting into any Graphviz tool. */
    public static String dotSource(Object root) { return Draw.dotSource(need(root, "dotSource")); }

    /**
     * The lecture's plt.plot of f from {@code from} to {@code to}: {@code plot(x -> 3*x*x - 4*x + 5, -5, 5)};
     * graphs/plots/plot-1.svg.
     */
    public static Path plot(DoubleUnaryOperator f, double from, double to) { return plot(Plot.UNNAMED, f, from, to); }

    /** f from {@code from} to {@code to}, titled and saved as NAME: {@code plot("tanh", x -> Math.tanh(x), -5, 5)}. */
    public static Path plot(String name, DoubleUnaryOperator f, double from, double to) {
        return plot(name, Series.of(name, f, from, to));
    }

    /** The points (xs[i], ys[i]) joined by a line. */
    public static Path plot(double[] xs, double[] ys) { return plot(Plot.UNNAMED, xs, ys); }

    /** The points (xs[i], ys[i]) joined by a line, titled and saved as NAME. */
    public static Path plot(String name, double[] xs, double[] ys) { return plot(name, new Series(name, xs, ys)); }

    /** Numbers against 0, 1, 2, ...: {@code plot(losses)} for a loss per step. */
    public static Path plot(List<? extends Number> ys) { return plot(Plot.UNNAMED, ys); }

    /** Numbers against 0, 1, 2, ..., titled and saved as NAME. */
    public static Path plot(String name, List<? extends Number> ys) { return plot(name, Series.of(name, ys)); }

    /** Several series on one chart: {@code plot("activations", Series.of("tanh", Math::tanh, -3, 3), ...)}. */
    public static Path plot(String name, Series... series) {
        Context c = Context.current();
        // plot-1, plot-2: none overwrites another
        String file = Plot.UNNAMED.equals(name) ? c.unnamed(Plot.UNNAMED) : name;
        return c.drew(Plot.write(name, List.of(series), c.folder(), file)).file();
    }

    /** A training loop's loss curve (graphs/loss.svg), and its decision boundary when TrainMoons.train filled it. */
    public static List<Path> plot(TrainingPlots training) {
        Context c = Context.current();
        return training.draw(c.folder()).stream().map(p -> c.drew(p).file()).toList();
    }

    /** micrograd's decision-boundary figure for a model of the moons (graphs/decision-boundary.svg). */
    public static Path plotDecisionBoundary(MLP model, Moons data) {
        Context c = Context.current();
        return c.drew(DecisionBoundary.write(model, data, c.folder())).file();
    }

    /**
     * backward() one local backward at a time: zeroes the grads, then draws one picture per op node, the node being
     * processed highlighted, into one page you step through (graphs/o-backward.html); the grads end as backward()'s.
     */
    public static Path stepBackward(Object root) {
        need(root, "stepBackward");
        Context c = Context.current();
        return c.drew(StepPage.write(root, c.folder())).file();
    }

    /** The graph under root as an indented tree, for terminals without a picture viewer. */
    public static void printGraph(Object root) {
        System.out.print(Draw.graphText(need(root, "printGraph")));
        System.out.flush();
    }

    /**
     * Zeroes every gradient in root's graph, backpropagates from root, and prints each value's label, op, data
     * and grad, inputs first. Calling it twice prints the same numbers, not doubled ones.
     */
    public static void grad(Object root) {
        List<Object> nodes = Draw.trace(need(root, "grad")).nodes();   // every node after its children; root last
        NodeView view = NodeView.of(root);
        for (Object node : nodes) view.setGrad(node, 0);
        Backprop.run(root, "grad");
        System.out.printf(Locale.ROOT, "%-16s %-6s %12s %12s%n", "label", "op", "data", "grad");
        for (Object node : nodes) {
            System.out.printf(Locale.ROOT, "%-16s %-6s %12s %12s%n",
                    Printable.of(view.label(node)), Printable.of(view.op(node)), Dot.number(view.data(node)),
                    Dot.number(view.grad(node)));
        }
    }

    /**
     * The lecture's first half, nudging by h, against its second, backpropagation: for every leaf under root, the
     * gradient each gives, side by side, and a flag where they disagree (a wrong local backward shows up at once).
     * Data and grads are left as they were. Works on a class you typed too, as drawDot does.
     */
    public static void gradCheck(Object root) {
        System.out.print(GradCheck.of(need(root, "gradCheck")));
        System.out.flush();
    }

    /** Python's {@code sum(values)} for values: {@code 0 + v0 + v1 + ...}, the graph micrograd builds. */
    public static Value sum(List<? extends Value> values) {
        if (values == null) throw new AutogradException("sum needs a list of values, such as sum(List.of(a, b, c)),"
                + " but got null.");
        return Sum.of(values);
    }

    /** Python's {@code sum([a, b, c])}: {@code sum(a, b, c)}. */
    public static Value sum(Value... values) {
        if (values == null) throw new AutogradException("sum needs values, such as sum(a, b, c), but got null.");
        return Sum.of(List.of(values));
    }

    /** One sentence naming the helper, for a null, a number or a text where a value belongs. */
    private static Object need(Object root, String helper) {
        if (root == null) throw new AutogradException(helper + " needs a Value, but got null.");
        if (root instanceof Number || root instanceof Boolean || root instanceof Character
                || root instanceof CharSequence)
            throw new AutogradException(helper + " needs a Value, but got a " + root.getClass().getSimpleName() + " ("
                    + root
                    + "): give it the Value itself, such as o rather than o.data.");
        return root;
    }

    /** What is preloaded, in a few lines. */
    public static void help() {
        boolean session = Context.current().insideSession();
        System.out.print("""
                autograd-jshell: micrograd's Value in Java. Preloaded:
                  Value x = new Value(2.0, "x");   x.add(y) x.sub(y) x.mul(y) x.div(y) x.pow(2) x.neg()
                                                   x.exp() x.log() x.tanh() x.sigmoid() x.relu()
                  Value.mul(2, x)  Value.sub(1, x)  Value.div(10, x)   a number on the left (2*x, 1-x, 10/x)
                  o.backward()  o.zeroGrad()       backpropagate; gradients accumulate until zeroed
                  x1 x2 w1 w2 x1w1 x2w2 x1w1x2w2 b n o   the lecture's neuron, o = tanh(x1*w1 + x2*w2 + b)
                  resetGraph("graph" | "gradients")      rebuild the neuron, or zero its gradients
                  drawDot(o)  drawDot(o, "TB")     the graph as a picture (graphs/o.svg), opened for you; folded if big
                  drawDotFull(o)                   every value of a big graph, however long it takes (Ctrl-C stops it)
                  printGraph(o)                    the graph as a tree, right here
                  trace(o)  dotSource(o)           its nodes and edges; the DOT text drawDot renders
                  grad(o)                          zero, backpropagate, and print every gradient
                  stepBackward(o)                  backward() a local backward at a time, a page to step through
                  plot(x -> Math.tanh(x), -5, 5)   a chart (graphs/plots/); plot("name", ...), plot(xs, ys),
                                                   plot(losses)
                  plotDecisionBoundary(model, data)  micrograd's moons figure; new TrainingPlots() records a loss curve
                  gradCheck(o)                     every leaf's gradient by backprop beside nudging by h: equal?
                  sum(values)  sum(a, b, c)        Python's sum() for values
                  new MLP(3, List.of(4, 4, 1))     micrograd's nn: new Neuron(3), new Layer(3, 4), MLP; SquaredError
                  traps(false)                     no notes on the lecture's traps (gradients piling up)
                The lecture's names, and ours:
                  o._backward()  o.localBackward()     v._prev  v.children()     v._op  v.op()
                  draw_dot(o)    drawDot(o)            reset_graph('graph')  resetGraph("graph")
                  n.zero_grad()  n.zeroGrad()          n(x)  n.call(x)   print(x)  System.out.println(x)
                """);
        System.out.print(session ? """
                The lecture's arithmetic, as you type it here, and the Java it runs as:
                  a + b    a.add(b)          2 * a   Value.mul(2, a)      -a       a.neg()
                  a - b    a.sub(b)          1 - a   Value.sub(1, a)      a ** 2   a.pow(2)
                  a * b    a.mul(b)          s += p  s = s.add(p)         x1*w1 + b   x1.mul(w1).add(b)
                  a / b    a.div(b)          (/operators off: the right-hand forms only)
                /help lists the REPL's commands (/vars /draw /step /save /replay /operators ...).
                """ : """
                The lecture's a + b, 2 * a, a ** 2 are a.add(b), Value.mul(2, a), a.pow(2) here: the JDK's jshell
                runs plain Java (scripts/autograd runs the lecture's arithmetic as it is written). Its commands
                (/vars /open /save) work; /draw, /step and /replay are scripts/autograd's: use drawDot(o) and
                stepBackward(o).
                """);
    }
}
