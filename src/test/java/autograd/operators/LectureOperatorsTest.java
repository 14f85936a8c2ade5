package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lecture's worked examples typed with operators into a real JShell: rewritten, run, backpropagated, and every
 * number bit for bit the method form's, with the lecture's own numbers.
 */
class LectureOperatorsTest {
    static OperatorShell shell;

    @BeforeAll static void start() { shell = new OperatorShell(); }

    @AfterAll static void close() { shell.close(); }

    /** The raw bits of each expression's value, after running each snippet in turn through the operators. */
    static long[] run(String[] snippets, String... read) {
        for (String s : snippets) shell.ok(s);
        long[] bits = new long[read.length];
        for (int i = 0; i < read.length; i++) bits[i] = shell.bits(read[i]);
        return bits;
    }

    static final String[] NEURON_LEAVES = {
        "Value x1 = new Value(2.0, \"x1\");", "Value x2 = new Value(0.0, \"x2\");",
        "Value w1 = new Value(-3.0, \"w1\");", "Value w2 = new Value(1.0, \"w2\");",
        "Value b = new Value(6.8813735870195432, \"b\");"};
    static final String[] NEURON_READ = {"o.data", "n.grad", "x1.grad", "w1.grad", "x2.grad", "w2.grad", "b.grad"};

    static String[] neuron(String... body) {
        String[] all = new String[NEURON_LEAVES.length + body.length];
        System.arraycopy(NEURON_LEAVES, 0, all, 0, NEURON_LEAVES.length);
        System.arraycopy(body, 0, all, NEURON_LEAVES.length, body.length);
        return all;
    }

    @Test
    void theNeuronWithOperatorsIsTheMethodFormsBitForBit() {
        long[] operators = run(neuron("Value n = x1*w1 + x2*w2 + b;", "Value o = n.tanh();", "o.backward();"), NEURON_READ);
        assertEquals(0.7071067811865476, shell.number("o.data"));
        assertEquals(-1.4999999999999996, shell.number("x1.grad"));      // the lecture's -1.5, as double arithmetic has it
        assertEquals(0.9999999999999998, shell.number("w1.grad"));
        assertEquals(0.4999999999999999, shell.number("x2.grad"));
        assertEquals(0.0, shell.number("w2.grad"));
        assertEquals(0.4999999999999999, shell.number("b.grad"));
        long[] methods = run(neuron("Value n = x1.mul(w1).add(x2.mul(w2)).add(b);", "Value o = n.tanh();", "o.backward();"), NEURON_READ);
        assertArrayEquals(methods, operators);
    }

    @Test
    void theDecomposedTanhWithOperatorsIsTheMethodFormsBitForBit() {
        String[] read = {"o.data", "e.grad", "n.grad", "x1.grad", "w1.grad", "x2.grad", "w2.grad", "b.grad"};
        long[] operators = run(neuron("Value n = x1*w1 + x2*w2 + b;", "Value e = (2*n).exp();", "Value o = (e - 1) / (e + 1);",
                "o.backward();"), read);
        assertEquals(0.7071067811865477, shell.number("o.data"));
        assertEquals(-1.5, shell.number("x1.grad"));                    // the lecture's -1.5 exactly, this way round
        assertEquals(1.0, shell.number("w1.grad"));
        long[] methods = run(neuron("Value n = x1.mul(w1).add(x2.mul(w2)).add(b);", "Value e = Value.mul(2, n).exp();",
                "Value o = e.sub(1).div(e.add(1));", "o.backward();"), read);
        assertArrayEquals(methods, operators);
        // and a central finite difference agrees on do/dx1 (style: gradients never checked only against themselves)
        double h = 1e-6;
        String f = "(Math.exp(2*(%s*-3.0 + 6.8813735870195432)) - 1) / (Math.exp(2*(%s*-3.0 + 6.8813735870195432)) + 1)";
        double fd = (shell.number(String.format(f, 2.0 + h, 2.0 + h)) - shell.number(String.format(f, 2.0 - h, 2.0 - h))) / (2 * h);
        assertEquals(fd, shell.number("x1.grad"), 1e-6);
    }

    @Test
    void aPlusAAccumulates() {
        String[] read = {"a.grad", "b.data"};
        long[] operators = run(new String[] {"Value a = new Value(3.0, \"a\");", "Value b = a + a;", "b.backward();"}, read);
        assertEquals(2.0, shell.number("a.grad"));
        assertEquals(6.0, shell.number("b.data"));
        long[] methods = run(new String[] {"Value a = new Value(3.0, \"a\");", "Value b = a.add(a);", "b.backward();"}, read);
        assertArrayEquals(methods, operators);
    }

    @Test
    void fIsDTimesEAndBothPathsCollect() {
        String[] read = {"f.data", "a.grad", "b.grad", "d.grad", "e.grad"};
        long[] operators = run(new String[] {"Value a = new Value(-2.0, \"a\");", "Value b = new Value(3.0, \"b\");",
            "Value d = a * b;", "Value e = a + b;", "Value f = d * e;", "f.backward();"}, read);
        assertEquals(-6.0, shell.number("f.data"));
        assertEquals(-3.0, shell.number("a.grad"));
        assertEquals(-8.0, shell.number("b.grad"));
        long[] methods = run(new String[] {"Value a = new Value(-2.0, \"a\");", "Value b = new Value(3.0, \"b\");",
            "Value d = a.mul(b);", "Value e = a.add(b);", "Value f = d.mul(e);", "f.backward();"}, read);
        assertArrayEquals(methods, operators);
    }

    @Test
    void theTanhDerivativeOneMinusTSquaredReadsAsPythonReadsIt() {
        shell.ok("Value n = new Value(0.8813735870195432, \"n\");");
        shell.ok("Value t = n.tanh();");
        long operators = shell.bits("(1 - t**2).data");
        assertEquals(0.4999999999999999, shell.number("(1 - t**2).data"));      // 1 - (t**2), not (1 - t)**2
        assertEquals(operators, shell.bits("Value.sub(1, t.pow(2)).data"));
        assertNotNull(shell.run("(1 - t**2).data").java());
    }
}
