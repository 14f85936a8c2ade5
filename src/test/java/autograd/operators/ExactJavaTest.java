package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exact Java the operators make of the lecture's lines: the method forms the lecture's code uses, op for op. */
class ExactJavaTest {
    static OperatorShell shell;

    @BeforeAll static void start() {
        shell = new OperatorShell();
        for (String s : new String[] {"Value x1 = new Value(2.0, \"x1\");", "Value x2 = new Value(0.0, \"x2\");",
                "Value w1 = new Value(-3.0, \"w1\");", "Value w2 = new Value(1.0, \"w2\");", "Value b = new Value(6.8813735870195432, \"b\");",
                "Value n = x1.mul(w1).add(x2.mul(w2)).add(b);", "Value e = n.exp();", "Value t = n.tanh();", "Value x = new Value(3.0);",
                "Value s = new Value(0.0);", "Value p = new Value(2.0);", "Value loss = new Value(0.0);", "Value o = t;",
                "Value[] ypred = {x1, x2, w1, w2};", "double[] ys = {1.0, -1.0, -1.0, 1.0};", "int k = 2;"}) shell.ok(s);
    }

    @AfterAll static void close() { shell.close(); }

    static void rewrites(String typed, String java) { assertEquals(java, shell.java(typed), typed); }

    @Test
    void theNeuronIsMulsAndAdds() {
        rewrites("x1*w1 + x2*w2 + b", "x1.mul(w1).add(x2.mul(w2)).add(b)");
        rewrites("Value n = x1*w1 + x2*w2 + b;", "Value n = x1.mul(w1).add(x2.mul(w2)).add(b);");
    }

    @Test
    void aNumberOnTheLeftIsTheStaticForm() {
        rewrites("2*n", "Value.mul(2, n)");
        rewrites("1 - e", "Value.sub(1, e)");
        rewrites("10 / x", "Value.div(10, x)");
        rewrites("3 + x", "Value.add(3, x)");
        rewrites("k * x", "Value.mul(k, x)");
    }

    @Test
    void theDecomposedTanh() {
        rewrites("Value e = (2*n).exp();", "Value e = (Value.mul(2, n)).exp();");           // the user's parentheses stay
        rewrites("Value o = (e - 1) / (e + 1);", "Value o = e.sub(1).div(e.add(1));");
    }

    @Test
    void powerBindsAsPythonsDoes() {
        rewrites("1 - t**2", "Value.sub(1, t.pow(2))");
        rewrites("-x**2", "x.pow(2).neg()");
        rewrites("2*x**2", "Value.mul(2, x.pow(2))");
        rewrites("x ** -1", "x.pow(-1)");
        rewrites("x ** 2 ** 3", "x.pow(Math.pow(2, 3))");                  // right-associative: x ** (2 ** 3)
        rewrites("(x ** 2) ** 3", "x.pow(2).pow(3)");
        rewrites("x**2 * 3", "x.pow(2).mul(3)");
        rewrites("x.data ** 2", "Math.pow(x.data, 2)");
        rewrites("2 ** 3", "Math.pow(2, 3)");
        rewrites("ypred[0] ** 2", "ypred[0].pow(2)");
        rewrites("n.tanh() ** 2", "n.tanh().pow(2)");
        rewrites("(1 - t**2) * o.grad", "Value.sub(1, t.pow(2)).mul(o.grad)");
    }

    @Test
    void unaryMinusIsNeg() {
        rewrites("-x", "x.neg()");
        rewrites("-x * 2", "x.neg().mul(2)");
        rewrites("-(x + 1)", "x.add(1).neg()");
    }

    @Test
    void compoundAssignmentWritesTheVariableOnce() {
        rewrites("s += p*p", "s = s.add(p.mul(p))");
        rewrites("s += p*p;", "s = s.add(p.mul(p));");
        rewrites("loss -= x1*w1", "loss = loss.sub(x1.mul(w1))");
        rewrites("s *= 2", "s = s.mul(2)");
        rewrites("s /= n", "s = s.div(n)");
        rewrites("ypred[k - 1] += x", "ypred[k - 1] = ypred[k - 1].add(x)");
        rewrites("for (int i = 0; i < 4; i++) loss += (ypred[i] - ys[i])**2;",
                "for (int i = 0; i < 4; i++) loss = loss.add(ypred[i].sub(ys[i]).pow(2));");
    }

    @Test
    void everyJavaNumberTypeIsANumber() {
        rewrites("2L * n", "Value.mul(2L, n)");
        rewrites("n * 1.5f", "n.mul(1.5f)");
        shell.ok("Integer boxed = 3;");
        rewrites("boxed * n", "Value.mul(boxed, n)");
        rewrites("n - Double.valueOf(0.5)", "n.sub(Double.valueOf(0.5))");
        assertEquals("Value(data=6.0)", shell.value("2L * x"));
        assertEquals("Value(data=4.5)", shell.value("x * 1.5f"));
        assertEquals("Value(data=9.0)", shell.value("boxed * x"));
        assertEquals("Value(data=2.5)", shell.value("x - Double.valueOf(0.5)"));
    }

    @Test
    void operatorsWorkWhereverJavaHasScope() {
        rewrites("Value sq(Value v) { return v*v + 1; }", "Value sq(Value v) { return v.mul(v).add(1); }");
        rewrites("java.util.List.of(x1, x2).stream().map(v -> v*v).toList()", "java.util.List.of(x1, x2).stream().map(v -> v.mul(v)).toList()");
        rewrites("for (Value q : java.util.List.of(x1, w1)) s += q*q;", "for (Value q : java.util.List.of(x1, w1)) s = s.add(q.mul(q));");
        rewrites("{ Value m = x1*w1; s = m + m; }", "{ Value m = x1.mul(w1); s = m.add(m); }");
        rewrites("class Layer { Value w = new Value(0.5); Value apply(Value in) { return w*in + 1; } }",
                "class Layer { Value w = new Value(0.5); Value apply(Value in) { return w.mul(in).add(1); } }");
    }

    @Test
    void receiversThatAreNotPrimariesGetParentheses() {
        rewrites("(Value) o + 1", "((Value) o).add(1)");
        rewrites("(k > 0 ? x1 : w1) * 2", "(k > 0 ? x1 : w1).mul(2)");
        rewrites("x * (7 / 2)", "x.mul(7 / 2)");
        rewrites("-(k + 1) * x", "Value.mul(-(k + 1), x)");
    }

    @Test
    void severalDeclaratorsInOneDeclaration() {
        rewrites("Value u = x1*w1, v = x1 + w1;", "Value u = x1.mul(w1), v = x1.add(w1);");
        shell.ok("Value u = x1*w1, v = x1 + w1;");
        assertEquals("\"-6.0 -1.0\"", shell.value("u.data + \" \" + v.data"));
    }

    @Test
    void varTakesTheTypeOfWhatItBecame() {
        rewrites("var v = x1*w1 + 1;", "var v = x1.mul(w1).add(1);");                // JShell wraps it as a field of type var
        shell.ok("var v = x1*w1 + 1;");
        assertEquals("\"-5.0 Value\"", shell.value("v.data + \" \" + v.getClass().getSimpleName()"));
    }

    @Test
    void commentsAndSpacingAroundAnOperatorGo() {
        rewrites("x1 * /* the weight */ w1", "x1.mul(w1)");
        rewrites("x1*w1\n    + x2*w2", "x1.mul(w1).add(x2.mul(w2))");
        rewrites("x1 * w1 // the product", "x1.mul(w1) // the product");
    }
}
