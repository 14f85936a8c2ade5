package autograd.bench;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The user's own command, timed whole: {@code scripts/autograd train-moons --steps 100} against
 * {@code --steps 0} (the same JVM start, data and model, no step), alternated [runs] times (default 9), medians.
 * A step's cost is their difference over 100: JIT warm-up and garbage collection included, the one-off JVM start
 * not. Pass micrograd's seconds per step, measured in the same sitting, for the ratio. Run after a build:
 * <pre>
 * mvn -q test-compile && java -cp target/test-classes autograd.bench.TrainMoonsBench 9 1.51
 * </pre>
 */
public final class TrainMoonsBench {
    private TrainMoonsBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        double micrograd = args.length > 1 ? Double.parseDouble(args[1]) : Double.NaN;
        run("0");                                                   // builds the jar if it is stale
        double[] hundred = new double[runs], none = new double[runs], line = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] r = run("100");
            hundred[i] = r[0];
            line[i] = r[1];
            none[i] = run("0")[0];
        }
        double h = median(hundred), z = median(none), share = (h - z) / 100, step = median(line);
        System.out.printf("train-moons --steps 100: median %.3f s (runs: %s)%n", h, Arrays.toString(hundred));
        System.out.printf("train-moons --steps 0:   median %.3f s (runs: %s)%n", z, Arrays.toString(none));
        System.out.printf("a step as its line comes: %.2f ms (median of the runs' median line-to-line times)%n", step * 1e3);
        System.out.printf("a step's share of the run: %.2f ms; the whole run / 100: %.2f ms%n", share * 1e3, h * 10);
        if (!Double.isNaN(micrograd))
            System.out.printf("micrograd / ours, micrograd's median step taken as %.3f s: %.0fx as the lines come, %.0fx by share, %.0fx whole%n",
                    micrograd, micrograd / step, micrograd / share, micrograd / (h / 100));
    }

    /** One {@code scripts/autograd train-moons --steps N}: its wall seconds, and the median seconds between its lines. */
    static double[] run(String steps) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("scripts/autograd", "train-moons", "--steps", steps));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(Redirect.INHERIT).start();
        List<Long> arrivals = new ArrayList<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            while (lines.readLine() != null) arrivals.add(System.nanoTime());
        }
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed");
        double wall = (System.nanoTime() - t0) / 1e9;
        double[] gaps = new double[Math.max(0, arrivals.size() - 1)];
        for (int i = 1; i < arrivals.size(); i++) gaps[i - 1] = (arrivals.get(i) - arrivals.get(i - 1)) / 1e9;
        return new double[] {wall, gaps.length == 0 ? Double.NaN : median(gaps)};
    }

    static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
