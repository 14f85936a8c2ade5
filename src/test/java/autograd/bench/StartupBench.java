package autograd.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time to the first answer: plain {@code jshell} against {@code scripts/autograd} (helpers preloaded), run
 * alternately in one run, medians and their ratio. Each is started, sent one line, and timed until the answer
 * appears on its output. Run from the project folder after one {@code scripts/autograd} start has built it:
 * <pre>mvn -q test-compile && java -cp target/test-classes autograd.bench.StartupBench [ROUNDS]</pre>
 */
public final class StartupBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Double> jshell = new ArrayList<>(), ours = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            jshell.add(secondsToAnswer(List.of("jshell", "-q"), "System.out.println(6 * 7)", "42"));
            ours.add(secondsToAnswer(List.of("scripts/autograd"), "System.out.println(o.data)", "0.7071"));
        }
        double j = median(jshell), o = median(ours);
        System.out.printf("plain jshell     median %.2f s  %s%n", j, jshell);
        System.out.printf("scripts/autograd median %.2f s  %s%n", o, ours);
        System.out.printf("ratio autograd / jshell = %.2f (target <= 0.6)%n", o / j);
    }

    static double secondsToAnswer(List<String> command, String line, String answer) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            for (String got; (got = out.readLine()) != null; ) {
                if (got.contains(answer)) return (System.nanoTime() - start) / 1e9;
            }
            throw new IllegalStateException(command + " ended without answering " + answer);
        } finally {
            p.destroyForcibly().waitFor();
        }
    }

    static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
