// Run: mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
//      java -XX:TieredStopAtLevel=1 -cp target/test-classes:target/classes:$(cat target/test.classpath) autograd.operators.OperatorsBench
package autograd.operators;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * What the operators cost per snippet, warm: {@link Operators#rewrite} alone (JShell's wrapper, one javac attribution,
 * the rewrite), and a lecture line through the caller's whole flow (evaluated as typed and rejected, rewritten, the Java
 * evaluated) beside the same line typed in the method form.
 */
public final class OperatorsBench {
    static final String[][] LINES = {
        {"Value n = x1*w1 + x2*w2 + b;", "Value n = x1.mul(w1).add(x2.mul(w2)).add(b);"},
        {"Value e = (2*n).exp();", "Value e = Value.mul(2, n).exp();"},
        {"Value o = (e - 1) / (e + 1);", "Value o = e.sub(1).div(e.add(1));"},
        {"Value d = 1 - t**2;", "Value d = Value.sub(1, t.pow(2));"},
        {"s += p*p;", "s = s.add(p.mul(p));"},
        {"Value f = a * b + a;", "Value f = a.mul(b).add(a);"}};
    static final int WARM = 15, ROUNDS = 25;

    private OperatorsBench() {}

    public static void main(String[] args) {
        try (OperatorShell shell = new OperatorShell()) {
            for (String s : new String[] {"Value x1 = new Value(2.0);", "Value x2 = new Value(0.0);", "Value w1 = new Value(-3.0);",
                    "Value w2 = new Value(1.0);", "Value b = new Value(6.8813735870195432);", "Value n = x1.mul(w1).add(x2.mul(w2)).add(b);",
                    "Value e = n.exp();", "Value t = n.tanh();", "Value s = new Value(0);", "Value p = new Value(0.5);", "Value a = new Value(3);"})
                shell.ok(s);
            for (String[] line : LINES) {                          // every line warm before any is measured
                median(() -> shell.rewrite(line[0]));
                median(() -> shell.run(line[0]), 5, 1);
                median(() -> shell.run(line[1]), 5, 1);
            }
            System.out.printf("%-32s %12s %14s %14s %7s%n", "line", "rewrite ms", "operators ms", "methods ms", "ratio");
            for (String[] line : LINES) {
                double rewrite = median(() -> shell.rewrite(line[0]));
                double operators = median(() -> shell.run(line[0]));
                double methods = median(() -> shell.run(line[1]));
                System.out.printf("%-32s %12.1f %14.1f %14.1f %7.2f%n", line[0], rewrite, operators, methods, operators / methods);
            }
            for (int terms : new int[] {1_500, 3_000, 6_000}) {       // linear, not quadratic: twice the terms, twice the time
                String sum = "Value big = " + "a*b + ".repeat(terms / 2 - 1) + "a*b;";
                System.out.printf("%-32s %12.1f%n", "a*b + ... + a*b, " + terms + " operands", median(() -> shell.rewrite(sum), 3, 5));
            }
        }
    }

    static double median(Supplier<?> work) { return median(work, WARM, ROUNDS); }

    static double median(Supplier<?> work, int warm, int rounds) {
        for (int i = 0; i < warm; i++) work.get();
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
    }
}
