package autograd.bench;

import autograd.Value;
import autograd.draw.Draw;
import autograd.draw.Renderer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast drawDot is: the lecture's neuron cold (a fresh JVM per run, engine start included), warm, and a
 * 2,000-node graph; medians over [runs] (default 5). Wall times depend on what else the machine runs; the CPU
 * line does not. The cold runs get this JVM's own flags, so add the launcher's to measure the tool as it runs
 * ({@code -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/autograd-N.jsa}, after one scripts/autograd start).
 * Run after a build:
 * <pre>
 * java -XX:-PrintWarnings -cp target/autograd-jshell.jar:$(cat target/autograd.classpath) autograd.bench.DrawBench 7
 * </pre>
 */
public final class DrawBench {
    private DrawBench() {}

    private static Path folder;

    static void drawDot(Value root) { Draw.drawDot(root, "LR", folder); }

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
        System.out.println("engine: " + (Renderer.nativeDot() ? "native dot" : "embedded V8 (no dot on PATH)"));
        double[] cold = new double[runs], coldCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] r = coldRun();
            cold[i] = r[0];
            coldCpu[i] = r[1];
        }
        report("neuron, cold (fresh JVM, engine start included)", cold);
        report("  the same, process CPU time (JVM start included)", coldCpu);

        Renderer.warmUp();
        drawDot(neuron());
        double[] warm = new double[Math.max(runs, 10)];
        for (int i = 0; i < warm.length; i++) warm[i] = time(() -> drawDot(neuron()));
        report("neuron, warm drawDot", warm);

        Value mid = wide(333);   // 1,333 values + 667 op nodes: 2,000 DOT nodes
        drawDot(mid);
        double[] midMs = new double[runs];
        for (int i = 0; i < runs; i++) midMs[i] = time(() -> drawDot(mid));
        report("2,000-DOT-node graph (1,333 values), drawDot", midMs);

        Value big = wide(500);
        System.out.println("big graph: " + Draw.trace(big).nodes().size() + " values, "
                + Draw.dotSource(big).split("shape=record|op \\[label", -1).length + " DOT nodes (about)");
        double first = time(() -> drawDot(big));
        double[] again = new double[runs];
        for (int i = 0; i < runs; i++) again[i] = time(() -> drawDot(big));
        System.out.printf("2,000-value graph, first drawing: %.0f ms%n", first);
        report("2,000-value graph, drawDot again", again);
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

    /** A neuron with k inputs: 4k + 1 values (k=500: 2,001). */
    static Value wide(int k) {
        Value sum = new Value(0, "b");
        for (int i = 0; i < k; i++) sum = sum.add(new Value(i * 0.01, "x" + i).mul(new Value(0.5, "w" + i)));
        Value out = sum.tanh();
        out.label = "big";
        out.backward();
        return out;
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
