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
        double[] hundred = new double[runs], none = new double[runs];
        for (int i = 0; i < runs; i++) {
            hundred[i] = run("100");
            none[i] = run("0");
        }
        double h = median(hundred), z = median(none), step = (h - z) / 100;
        System.out.printf("train-moons --steps 100: median %.3f s (runs: %s)%n", h, Arrays.toString(hundred));
        System.out.printf("train-moons --steps 0:   median %.3f s (runs: %s)%n", z, Arrays.toString(none));
        System.out.printf("a step, whole-process: %.2f ms (%.2f ms counting the JVM start too)%n", step * 1e3, h * 10);
        if (!Double.isNaN(micrograd))
            System.out.printf("micrograd / ours: %.0fx per step (%.0fx counting the JVM start), micrograd's step taken as %.3f s%n",
                    micrograd / step, micrograd / (h / 100), micrograd);
    }

    /** Wall seconds of one {@code scripts/autograd train-moons --steps N}, its output thrown away. */
    static double run(String steps) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("scripts/autograd", "train-moons", "--steps", steps));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(Redirect.DISCARD).redirectError(Redirect.INHERIT).start();
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed");
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
