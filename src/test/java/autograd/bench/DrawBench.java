package autograd.bench;

import autograd.Value;
import autograd.draw.Draw;
import autograd.draw.Graphs;
import autograd.picture.Picture;
import autograd.render.Renderer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How fast drawDot is: the lecture's neuron cold (a fresh JVM per run, engine start included) and warm, then issue
 * 13's table of graphs, from the lecture's MLP to the full moons loss, warm; medians over [runs] (default 5). Wall
 * times depend on what else the machine runs; the CPU line does not. The cold runs get this JVM's own flags, so add
 * the launcher's to measure the tool as it runs ({@code -XX:TieredStopAtLevel=1}). With {@code full SECONDS} it also
 * times drawDotFull on each graph once, stopping any that runs past SECONDS (as Ctrl-C would); a last word, such as
 * {@code chain}, times that graph alone. Run after a build:
 * <pre>
 * java -XX:-PrintWarnings -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/autograd.classpath) autograd.bench.DrawBench 7 [full 600]
 * </pre>
 */
public final class DrawBench {
    private DrawBench() {}

    private static Path folder;

    static Picture drawDot(Value root) { return Draw.drawDot(root, "LR", folder); }

    public static void main(String[] args) throws Exception {
        Path out = Files.createTempDirectory("drawbench");
        folder = out;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {   // the bench leaves no drawings behind
            try (var files = Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                // best effort
            }
        }));
        if (args.length > 0 && args[0].equals("cold")) {
            long t0 = System.nanoTime();
            drawDot(neuron());
            System.err.println("cold-ms " + (System.nanoTime() - t0) / 1e6 + " cpu-ms " + cpuMs());
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int fullLimit = args.length > 2 && args[1].equals("full") ? Integer.parseInt(args[2]) : 0;
        System.out.println("engine: " + (Renderer.nativeDot() ? "native dot" : "embedded V8 (no dot on PATH)")
                + "; " + Runtime.getRuntime().availableProcessors() + " cores");
        double[] cold = new double[runs], coldCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] r = coldRun();
            cold[i] = r[0];
            coldCpu[i] = r[1];
        }
        report("neuron, cold (fresh JVM, engine start included)", cold);
        report("  the same, process CPU time (JVM start included)", coldCpu);

        Renderer.shared().warmUp();
        drawDot(neuron());
        double[] warm = new double[Math.max(runs, 10)];
        for (int i = 0; i < warm.length; i++) warm[i] = time(() -> drawDot(neuron()));
        report("neuron, warm drawDot", warm);

        for (Map.Entry<String, Supplier<Value>> g : table().entrySet()) {
            Value root = g.getValue().get();
            Picture first = drawDot(root);
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) ms[i] = time(() -> drawDot(root));
            report(g.getKey() + ", drawDot (" + (first.note() == null ? "whole" : "folded") + ")", ms);
        }
        if (fullLimit > 0) {
            String only = args.length > 3 ? args[3] : "";                  // a word of one graph's name: that graph alone
            for (Map.Entry<String, Supplier<Value>> g : table().entrySet())
                if (g.getKey().contains(only)) System.out.println(g.getKey() + ", drawDotFull: " + full(g.getValue().get(), fullLimit));
        }
    }

    /** Issue 13's table, smallest first. */
    static Map<String, Supplier<Value>> table() {
        Map<String, Supplier<Value>> t = new LinkedHashMap<>();
        t.put("MLP(3, [4, 4, 1]) on one example (117 values)", Graphs::mlpOnOneExample);
        t.put("the lecture's MLP loss over its 4 examples (362)", Graphs::lectureMlpLoss);
        t.put("moons loss over 1 sample (1,666)", () -> Graphs.moonsLoss(1));
        t.put("moons loss over 5 samples (4,258)", () -> Graphs.moonsLoss(5));
        t.put("a chain of 4,000 add(1) (8,001)", () -> Graphs.chainOfAdds(4_000));
        t.put("a 20,000-node tree (19,999)", () -> Graphs.productTree(10_000));
        t.put("the full moons loss (65,818)", () -> Graphs.moonsLoss(100));
        return t;
    }

    /** drawDotFull once, on a thread of its own that is interrupted past the limit, as Ctrl-C stops a snippet. */
    private static String full(Value root, int limitSeconds) throws InterruptedException {
        String[] outcome = {null};
        long t0 = System.nanoTime();
        Thread t = new Thread(() -> {
            try {
                Draw.drawDotFull(root, "LR", folder, new PrintStream(OutputStream.nullOutputStream()));
                double s = (System.nanoTime() - t0) / 1e9;
                outcome[0] = s < 10 ? String.format("%.0f ms", s * 1000) : String.format("%.1f s", s);
            } catch (RuntimeException e) {
                outcome[0] = "failed: " + e.getMessage();
            }
        });
        t.start();
        t.join(limitSeconds * 1000L);
        if (t.isAlive()) {
            long stop = System.nanoTime();
            t.interrupt();
            t.join();
            return String.format("more than %d s (stopped in %.0f ms)", limitSeconds, (System.nanoTime() - stop) / 1e6);
        }
        return outcome[0];
    }

    /** o = tanh(x1*w1 + x2*w2 + b), after backward. */
    static Value neuron() {
        Value x1 = new Value(2.0, "x1"), x2 = new Value(0.0, "x2"), w1 = new Value(-3.0, "w1"), w2 = new Value(1.0, "w2");
        Value b = new Value(6.8813735870195432, "b");
        Value n = x1.mul(w1).add(x2.mul(w2)).add(b);
        Value o = n.tanh();
        o.label = "o";
        o.backward();
        return o;
    }

    private static double cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /** Wall and CPU milliseconds of one drawing in a fresh JVM. */
    private static double[] coldRun() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());   // the same JVM flags
        command.addAll(List.of("-XX:-PrintWarnings", "-cp", System.getProperty("java.class.path"), DrawBench.class.getName(), "cold"));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        double[] ms = {Double.NaN, Double.NaN};
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream()))) {
            for (String line; (line = err.readLine()) != null; )
                if (line.startsWith("cold-ms ")) {
                    String[] f = line.split(" ");
                    ms = new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[3])};
                }
                else System.err.println(line);
        }
        p.waitFor();
        return ms;
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    static { System.setProperty("autograd.open", "false"); }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        List<String> all = new ArrayList<>();
        for (double m : ms) all.add(String.format("%.0f", m));
        System.out.printf("%s: median %.0f ms (runs: %s)%n", what, sorted[sorted.length / 2], String.join(", ", all));
    }
}
