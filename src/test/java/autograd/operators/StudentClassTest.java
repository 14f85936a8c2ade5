package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A student's own class gets the operators by the convention: the second document's {@code class Value} (with +=),
 * typed into the session, shadows ours, and its gradients with operators are its method form's, bit for bit.
 */
class StudentClassTest {
    static OperatorShell shell;

    @BeforeAll static void start() {
        shell = new OperatorShell();
        shell.ok(resource("second-document-value.jsh"));        // class Value: now the name means the student's class
        shell.ok(resource("micrograd-value.jsh"));              // class Scalar, micrograd's own, with operators inside
        shell.ok("""
                class K {
                    double data; double grad; List<K> prev = List.of(); Runnable back = () -> {};
                    K(double data) { this.data = data; }
                    K(double data, List<K> prev) { this.data = data; this.prev = prev; }
                    K add(K o) { K out = new K(data + o.data, List.of(this, o)); out.back = () -> { grad += out.grad; o.grad += out.grad; }; return out; }
                    K mul(K o) { K out = new K(data * o.data, List.of(this, o)); out.back = () -> { grad += o.data * out.grad; o.grad += data * out.grad; }; return out; }
                    K pow(double k) { K out = new K(Math.pow(data, k), List.of(this)); out.back = () -> grad += k * Math.pow(data, k - 1) * out.grad; return out; }
                    K neg() { return mul(new K(-1)); }
                    void backward() { List<K> topo = new ArrayList<>(); walk(this, new HashSet<>(), topo); grad = 1; for (int i = topo.size() - 1; i >= 0; i--) topo.get(i).back.run(); }
                    static void walk(K v, Set<K> seen, List<K> topo) { if (seen.add(v)) { for (K c : v.prev) walk(c, seen, topo); topo.add(v); } }
                }""");
    }

    @AfterAll static void close() { shell.close(); }

    static String resource(String name) {
        try (InputStream in = StudentClassTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long[] run(String[] snippets, String... read) {
        for (String s : snippets) shell.ok(s);
        long[] bits = new long[read.length];
        for (int i = 0; i < read.length; i++) bits[i] = shell.bits(read[i]);
        return bits;
    }

    @Test
    void aPlusAWithTheDocumentsClass() {
        long[] operators = run(new String[] {"Value a = new Value(3.0, \"a\");", "Value b = a + a;", "b.backward();"}, "a.grad", "b.data");
        assertEquals(2.0, shell.number("a.grad"));
        assertEquals("b = a.add(a);", shell.java("b = a + a;"));
        long[] methods = run(new String[] {"Value a = new Value(3.0, \"a\");", "Value b = a.add(a);", "b.backward();"}, "a.grad", "b.data");
        assertArrayEquals(methods, operators);
    }

    @Test
    void fIsDTimesEWithTheDocumentsClass() {
        String[] read = {"f.data", "a.grad", "b.grad"};
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
    void theNeuronWithTheDocumentsClass() {
        String[] leaves = {"Value x1 = new Value(2.0, \"x1\");", "Value x2 = new Value(0.0, \"x2\");", "Value w1 = new Value(-3.0, \"w1\");",
            "Value w2 = new Value(1.0, \"w2\");", "Value bias = new Value(6.8813735870195432, \"b\");"};
        String[] read = {"o.data", "x1.grad", "w1.grad", "x2.grad", "w2.grad", "bias.grad"};
        for (String s : leaves) shell.ok(s);
        long[] operators = run(new String[] {"Value n = x1*w1 + x2*w2 + bias;", "Value o = n.tanh();", "o.backward();"}, read);
        assertEquals(-1.5, shell.number("x1.grad"), 1e-12);
        assertEquals(1.0, shell.number("w1.grad"), 1e-12);
        for (String s : leaves) shell.ok(s);
        long[] methods = run(new String[] {"Value n = x1.mul(w1).add(x2.mul(w2)).add(bias);", "Value o = n.tanh();", "o.backward();"}, read);
        assertArrayEquals(methods, operators);
    }

    @Test
    void whatTheDocumentsClassLacksIsNamed() {
        shell.ok("Value a = new Value(3.0, \"a\");");
        assertEquals(new Rewrite.Refused("Value has no add that takes a number, and no constructor Value(double) to make 1 a Value.", 4, 5),
                shell.rewrite("a + 1"));
        assertEquals(new Rewrite.Refused("Value has no neg, which - calls.", 0, 1), shell.rewrite("-a"));
        assertEquals(new Rewrite.Refused("Value has no sub or neg, which - calls.", 2, 3), shell.rewrite("a - a"));
        assertEquals(new Rewrite.Refused("Value has no pow, which ** calls.", 2, 4), shell.rewrite("a ** 2"));
        shell.ok("class Plain { }");
        shell.ok("Plain p = new Plain();");
        assertInstanceOf(Rewrite.Unchanged.class, shell.rewrite("p + p"));     // not an operator class: javac's message stands
    }

    @Test
    void ourValueStillWorksUnderItsFullName() {
        shell.ok("autograd.Value m = new autograd.Value(2.0, \"m\");");
        assertEquals("autograd.Value.mul(2, m)", shell.java("2 * m"));
        assertEquals("autograd.Value(data=4.0)".replace("autograd.", ""), shell.value("2 * m"));
        assertEquals("m.pow(2).neg()", shell.java("-m ** 2"));
    }

    @Test
    void micrograDsOwnClassTakesNumbersAsTheyAre() {
        shell.ok("Scalar a = new Scalar(2.0);");
        assertEquals("a.mul(2)", shell.java("a * 2"));                       // mul(Object) takes the number itself
        assertEquals("a.mul(2)", shell.java("2 * a"));                       // __rmul__
        assertEquals("a.neg().add(1)", shell.java("1 - a"));                 // __rsub__: (-a) + 1
        assertEquals("a.pow(-1).mul(1)", shell.java("1 / a"));               // __rtruediv__: 1 * a**-1
        assertEquals("a.sub(1)", shell.java("a - 1"));
        assertEquals("a.div(a)", shell.java("a / a"));
        String[] read = {"r.data", "a.grad", "c.grad"};
        String body = "(a*c - 1) / (c + 2) + 3*a**2 - (-c).exp()";
        long[] operators = run(new String[] {"Scalar a = new Scalar(2.0);", "Scalar c = new Scalar(-0.5);", "Scalar r = " + body + ";",
            "r.backward();"}, read);
        assertEquals("Scalar r = a.mul(c).sub(1).div(c.add(2)).add(a.pow(2).mul(3)).sub((c.neg()).exp());", shell.java("Scalar r = " + body + ";"));
        long[] methods = run(new String[] {"Scalar a = new Scalar(2.0);", "Scalar c = new Scalar(-0.5);",
            "Scalar r = a.mul(c).sub(1).div(c.add(2)).add(a.pow(2).mul(3)).sub(c.neg().exp());", "r.backward();"}, read);
        assertArrayEquals(methods, operators);
        double h = 1e-6;    // and da by a central difference: r = (a*c - 1)/(c + 2) + 3a^2 - e^(-c)
        String f = "((%1$s * -0.5 - 1) / (-0.5 + 2) + 3 * %1$s * %1$s - Math.exp(0.5))";
        assertEquals((shell.number(String.format(f, 2.0 + h)) - shell.number(String.format(f, 2.0 - h))) / (2 * h), shell.number("a.grad"), 1e-6);
    }

    @Test
    void aClassThatTakesOnlyItselfGetsTheNumberMadeOne() {
        shell.ok("K a = new K(2.0);");
        shell.ok("K c = new K(-0.5);");
        assertEquals("a.mul(new K(2))", shell.java("a * 2"));
        assertEquals("a.add(c.neg())", shell.java("a - c"));                        // no sub: a + (-c)
        assertEquals("a.add(new K(-1))", shell.java("a - 1"));                      // self + (-other), other a number
        assertEquals("a.mul(c.pow(-1))", shell.java("a / c"));                      // no div: a * c**-1
        assertEquals("a.mul(new K(Math.pow(4, -1)))", shell.java("a / 4"));
        assertEquals("a.neg().add(new K(1))", shell.java("1 - a"));
        assertEquals("a.pow(-1).mul(new K(3))", shell.java("3 / a"));
        assertEquals("a = a.add(c.mul(c))", shell.java("a += c*c"));
        String[] read = {"r.data", "a.grad", "c.grad"};
        long[] operators = run(new String[] {"K a = new K(2.0);", "K c = new K(-0.5);", "K r = (a - c) / (a * 2) - 3 / c;", "r.backward();"}, read);
        long[] methods = run(new String[] {"K a = new K(2.0);", "K c = new K(-0.5);",
            "K r = a.add(c.neg()).mul(a.mul(new K(2)).pow(-1)).add(c.pow(-1).mul(new K(3)).neg());", "r.backward();"}, read);
        assertArrayEquals(methods, operators);
        assertNull(shell.run("K d = a.add(c);").java());
    }
}
