package autograd.nn;

import autograd.AutogradException;
import autograd.Repr;
import autograd.Value;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * micrograd's demo, {@code demo.ipynb}: an MLP(2, [16, 16, 1]) with ReLU hidden layers learns the two moons by
 * full-batch SGD on the max-margin loss, printing {@code step 0 loss 0.8958441028683222, accuracy 50.0%} per step.
 */
public final class TrainMoons {
    private TrainMoons() {}

    /**
     * How to train: {@code steps} (the demo's is 100); the initial parameters from a JSON file ({@code init}), or
     * drawn with Java's Random from {@code seed}, or with neither micrograd's own ({@code random.seed(1337)}, bundled,
     * so the lines are the demo notebook's); the points from a CSV with header {@code x1,x2,y} ({@code data}), or
     * the bundled moons. Null for any file or the seed: not given.
     */
    public record Options(int steps, Path init, Path data, Long seed) {
        public static final int DEMO_STEPS = 100;
    }

    /**
     * Trains and prints one line per step, each flushed as it comes, telling listener (when not null) about every step.
     *
     * @return 0 when trained, 1 when a file cannot be used or the loss stopped being a number
     */
    public static int run(Options o, PrintStream out, TrainingListener listener) {
        try {
            Moons data = o.data() == null ? Moons.bundled() : Moons.read(o.data());
            MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, o.seed() == null ? MLP.DEFAULT_SEED : o.seed());
            if (o.init() != null) model.load(o.init());
            else if (o.seed() == null) ParamsJson.assign(model, microgradInit(), "micrograd's initial weights");
            fits(model, data);
            train(model, data, o.steps(), out, listener);
            return 0;
        } catch (AutogradException e) {
            out.println(e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            out.println("Training ran out of memory: use fewer points, or give Java more (-Xmx).");
            return 1;
        }
    }

    /** Refuses, in one sentence, data whose graph (every point's forward, each step) would not fit in memory. */
    static void fits(MLP model, Moons data) { fits(model, data, Runtime.getRuntime().maxMemory()); }

    static void fits(MLP model, Moons data, long max) {
        long perPoint = autograd.Graph.topo(model.call(data.x()[0])).size();
        long bytes = perPoint * data.size() * 100;                          // about 100 bytes a value
        if (bytes > max / 2)
            throw new AutogradException(String.format(java.util.Locale.ROOT,
                    "Training on %,d points builds a graph of about %,d values"
                    + " each step, about %.1f GB, more than this JVM can hold (%.1f GB): use fewer points (the demo"
                            + " has 100).",
                    data.size(), perPoint * data.size(), bytes / 1e9, max / 1e9));
    }

    /** micrograd's optimisation loop: forward, zero_grad, backward, SGD update with a decaying rate, then print. */
    public static void train(MLP model, Moons data, int steps, PrintStream out) {
        train(model, data, steps, out, null);
    }

    /**
     * {@link #train(MLP, Moons, int, PrintStream)}, telling listener (when not null) about every step. A loss that is
     * nan or infinite ends training at its step, in one sentence that names where it first appeared.
     */
    public static void train(MLP model, Moons data, int steps, PrintStream out, TrainingListener listener) {
        for (int k = 0; k < steps; k++) {
            if (Thread.currentThread().isInterrupted())               // Ctrl-C, or a replay's time limit
                throw new AutogradException("Training stopped before step " + k + ".");
            MaxMarginLoss loss = MaxMarginLoss.of(model, data);       // forward
            if (!Double.isFinite(loss.total().data)) {                 // nan from here on: say where it began
                out.println(line(k, loss));
                throw new AutogradException(NotFinite.at(k, loss.total(), model.parameters()));
            }
            model.zeroGrad();                                          // backward
            loss.total().backward();
            double learningRate = 1.0 - 0.9 * k / 100;                 // update (sgd)
            for (Value p : model.parameters()) p.data -= learningRate * p.grad;
            out.println(line(k, loss));
            out.flush();
            if (listener != null) listener.step(k, loss, model, data);
        }
    }

    /** The demo's {@code f"step {k} loss {total_loss.data}, accuracy {acc*100}%"}, with Python's float repr. */
    static String line(int k, MaxMarginLoss loss) {
        return "step " + k + " loss " + Repr.of(loss.total().data) + ", accuracy " + Repr.of(loss.accuracy() * 100)
                + "%";
    }

    /** micrograd's demo's initial weights, dumped from micrograd itself after random.seed(1337). */
    static String microgradInit() {
        try (var in = TrainMoons.class.getResourceAsStream("micrograd-init-1337.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new AutogradException("micrograd-init-1337.json is missing from the class path; rebuild with mvn"
                    + " package.");
        }
    }
}
