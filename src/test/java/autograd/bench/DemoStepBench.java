// Run: mvn -q test-compile && java -cp target/test-classes:target/classes:$(cat target/autograd.classpath) autograd.bench.DemoStepBench [micrograd-seconds-per-step]
package autograd.bench;

import autograd.Graph;
import autograd.Value;
import autograd.nn.Activation;
import autograd.nn.MLP;
import autograd.nn.MaxMarginLoss;
import autograd.nn.Moons;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One step of micrograd's demo — forward over the 100 moons, max-margin loss, zero grad, backward, SGD update —
 * timed with the engine and with {@link ArraysStep} in the same run, plus the graph's size and bytes per node.
 * Every timed round starts from the same weights, so every round is the same step and gives the same loss.
 */
public final class DemoStepBench {
    static final int[] SIZES = {2, 16, 16, 1};
    static final double LEARNING_RATE = 1.0;          // the demo's step 0
    static final double MICROGRAD_SECONDS = 1.9;      // micrograd's step, as quoted; pass a measured figure to override

    private DemoStepBench() {}

    public static void main(String[] args) {
        double micrograd = args.length > 0 ? Double.parseDouble(args[0]) : MICROGRAD_SECONDS;
        Moons data = Moons.bundled();
        MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED);
        double[] init = dataOf(model.parameters());
        ArraysStep arrays = new ArraysStep(SIZES, init);

        double engineLoss = engineStep(model, data);
        double arraysLoss = arrays.step(data.x(), data.y(), LEARNING_RATE);
        System.out.println("loss, engine: " + engineLoss);
        System.out.println("loss, arrays: " + arraysLoss + (engineLoss == arraysLoss ? "  (identical)" : "  (DIFFERENT)"));
        System.out.println("parameters after the step, largest difference: " + maxDifference(dataOf(model.parameters()), arrays.p));

        MaxMarginLoss loss = MaxMarginLoss.of(model, data);
        int nodes = Graph.topo(loss.total()).size();
        System.out.println("graph nodes per step: " + nodes + " (" + model.parameters().size() + " of them parameters)");

        Runnable engine = () -> { restore(model.parameters(), init); engineStep(model, data); };
        Runnable byHand = () -> { System.arraycopy(init, 0, arrays.p, 0, init.length); arrays.step(data.x(), data.y(), LEARNING_RATE); };
        for (int i = 0; i < 300; i++) engine.run();   // warm up: let the JIT compile both
        for (int i = 0; i < 3000; i++) byHand.run();
        double[] engineTimes = median(engine, 300), arraysTimes = median(byHand, 3000);
        System.out.printf("engine step, median of 300: %.3f ms wall, %.3f ms CPU%n", engineTimes[0] * 1e3, engineTimes[1] * 1e3);
        System.out.printf("arrays step, median of 3000: %.3f ms wall, %.3f ms CPU%n", arraysTimes[0] * 1e3, arraysTimes[1] * 1e3);
        System.out.printf("engine / arrays: %.1fx wall, %.1fx CPU (for information: the engine makes an object per value, the arrays none)%n",
                engineTimes[0] / arraysTimes[0], engineTimes[1] / arraysTimes[1]);
        System.out.printf("micrograd / engine: %.0fx wall, %.0fx CPU, a warm step, taking micrograd's step as %.2f s%n",
                micrograd / engineTimes[0], micrograd / engineTimes[1], micrograd);
        double[] phases = phases(model, data, init, 300);
        System.out.printf("of the engine step (wall): forward %.3f ms (%.1f ns per node), backward %.3f ms (%.1f ns per node)%n",
                phases[0] * 1e3, phases[0] * 1e9 / nodes, phases[1] * 1e3, phases[1] * 1e9 / nodes);
        double floor = median(() -> allocate(nodes), 300)[0];
        System.out.printf("floor: making the step's %d nodes alone (leaves: no arithmetic, no backward): %.3f ms,"
                + " %.1fx the arrays step%n", nodes, floor * 1e3, floor / arraysTimes[0]);

        bytesPerNode(model, data, nodes - model.parameters().size());
    }

    /** micrograd's loop body: loss (forward), zero_grad, backward, p.data -= learning_rate * p.grad. */
    static double engineStep(MLP model, Moons data) {
        MaxMarginLoss loss = MaxMarginLoss.of(model, data);
        backwardAndUpdate(model, loss);
        return loss.total().data;
    }

    /** The step after the forward: zero_grad, backward, p.data -= learning_rate * p.grad. */
    static void backwardAndUpdate(MLP model, MaxMarginLoss loss) {
        model.zeroGrad();
        loss.total().backward();
        for (Value p : model.parameters()) p.data -= LEARNING_RATE * p.grad;
    }

    /** Medians of the step's two halves, timed apart: building the loss (forward), and zero_grad + backward + update. */
    static double[] phases(MLP model, Moons data, double[] init, int rounds) {
        double[] forward = new double[rounds], rest = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            restore(model.parameters(), init);
            long t0 = System.nanoTime();
            MaxMarginLoss loss = MaxMarginLoss.of(model, data);
            long t1 = System.nanoTime();
            backwardAndUpdate(model, loss);
            long t2 = System.nanoTime();
            forward[i] = (t1 - t0) / 1e9;
            rest[i] = (t2 - t1) / 1e9;
        }
        Arrays.sort(forward);
        Arrays.sort(rest);
        return new double[] {forward[rounds / 2], rest[rounds / 2]};
    }

    static Value[] sink;   // keeps allocate's nodes alive until the next call, as a step's graph lives through its step

    /** What one object per node costs by itself: as many new leaves as a step makes nodes. */
    static void allocate(int nodes) {
        Value[] made = new Value[nodes];
        for (int i = 0; i < nodes; i++) made[i] = new Value(i);
        sink = made;
    }

    /** Allocation while building one step's graph (everything, garbage included) and the heap it keeps alive. */
    static void bytesPerNode(MLP model, Moons data, int newNodes) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        MaxMarginLoss one = MaxMarginLoss.of(model, data);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        System.out.printf("allocated while building one graph: %.1f bytes per new node (%d bytes, %d new nodes;"
                + " includes the temporary lists)%n", (double) allocated / newNodes, allocated, newNodes);

        int graphs = 20;                                // hold several graphs so the difference stands out of the noise
        List<Value> kept = new ArrayList<>();
        long usedBefore = usedAfterGc();
        for (int i = 0; i < graphs; i++) kept.add(MaxMarginLoss.of(model, data).total());
        long usedAfter = usedAfterGc();
        System.out.printf("retained after GC: %.1f bytes per node (%d graphs held, %d bytes)%n",
                (double) (usedAfter - usedBefore) / ((long) graphs * newNodes), kept.size(), usedAfter - usedBefore);
        if (one.total() == null) throw new AssertionError();   // keeps `one` alive until here
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Medians of wall time and of this thread's CPU time, in seconds: the machine may be shared, CPU time less so. */
    private static double[] median(Runnable step, int rounds) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds], cpu = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            step.run();
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[rounds / 2], cpu[rounds / 2]};
    }

    private static double[] dataOf(List<Value> params) {
        double[] d = new double[params.size()];
        for (int i = 0; i < d.length; i++) d[i] = params.get(i).data;
        return d;
    }

    private static void restore(List<Value> params, double[] d) {
        for (int i = 0; i < d.length; i++) params.get(i).data = d[i];
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
        return max;
    }
}
