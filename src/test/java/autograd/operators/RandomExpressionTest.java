package autograd.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random expressions over three Values and numbers (+ - * /, unary minus, ** with a number exponent, exp and tanh,
 * parentheses), each built twice: as the lecture writes it, with operators and Python's precedence, and in the
 * method form. Both run in JShell and backpropagate; the value and every leaf's gradient must agree bit for bit.
 */
class RandomExpressionTest {
    static final long SEED = Long.getLong("operators.seed", 20_240_421L);
    static final int BATCHES = 10, PER_BATCH = 8;
    static OperatorShell shell;

    @BeforeAll static void start() {
        shell = new OperatorShell();
        shell.ok("""
                String bits(Value r, Value... leaves) {
                    StringBuilder s = new StringBuilder(Long.toHexString(Double.doubleToRawLongBits(r.data)));
                    for (Value v : leaves) s.append(',').append(Long.toHexString(Double.doubleToRawLongBits(v.grad)));
                    return s.toString();
                }""");
    }

    @AfterAll static void close() { shell.close(); }

    /** An expression, as operator source (with its precedence) and as the method form. */
    record Expr(String operators, int precedence, String methods, boolean value) {}

    static final int SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, PRIMARY = 5;
    static final String[] LEAVES = {"a", "b", "c"}, NUMBERS = {"2", "3", "0.5", "1.5", "4.0"}, EXPONENTS = {"2", "3", "-1", "0.5", "-2"};

    static String wrap(Expr e, boolean parenthesise) { return parenthesise ? "(" + e.operators() + ")" : e.operators(); }

    static Expr leaf(Random r) {
        if (r.nextInt(10) < 7) { String v = LEAVES[r.nextInt(3)]; return new Expr(v, PRIMARY, v, true); }
        String n = NUMBERS[r.nextInt(NUMBERS.length)];
        return new Expr(n, PRIMARY, n, false);
    }

    /** An expression that is a Value (a number drawn is replaced by a Value leaf). */
    static Expr value(Random r, int depth) {
        Expr e = expr(r, depth);
        if (e.value()) return e;
        String v = LEAVES[r.nextInt(3)];
        return new Expr(v, PRIMARY, v, true);
    }

    static Expr expr(Random r, int depth) {
        int pick = depth == 0 ? 0 : r.nextInt(20);
        if (pick < 5) return leaf(r);
        if (pick < 13) {                                                   // a binary operator
            Expr left = expr(r, depth - 1), right = expr(r, depth - 1);
            String symbol = "+-*/".substring(pick % 4, pick % 4 + 1);
            if (!left.value() && !right.value()) symbol = symbol.equals("-") ? "+" : symbol.equals("/") ? "*" : symbol;  // no 3 - 3 to divide by
            String method = switch (symbol) { case "+" -> "add"; case "-" -> "sub"; case "*" -> "mul"; default -> "div"; };
            int precedence = symbol.equals("+") || symbol.equals("-") ? SUM : PRODUCT;
            String rightText = wrap(right, right.precedence() <= precedence);
            boolean spaced = r.nextBoolean() || rightText.startsWith("-");          // a--b is Java's decrement
            String operators = wrap(left, left.precedence() < precedence) + (spaced ? " " + symbol + " " : symbol) + rightText;
            String methods = !left.value() && !right.value() ? "(" + left.methods() + " " + symbol + " " + right.methods() + ")"
                    : left.value() ? left.methods() + "." + method + "(" + right.methods() + ")"
                    : "Value." + method + "(" + left.methods() + ", " + right.methods() + ")";
            return new Expr(operators, precedence, methods, left.value() || right.value());
        }
        if (pick < 15) {                                                   // -x, on a Value
            Expr x = value(r, depth - 1);
            boolean paren = x.precedence() < UNARY || x.operators().startsWith("-");
            return new Expr("-" + wrap(x, paren), UNARY, x.methods() + ".neg()", true);
        }
        if (pick < 18) {                                                   // x ** k
            Expr x = expr(r, depth - 1);
            String k = EXPONENTS[r.nextInt(EXPONENTS.length)];
            String operators = wrap(x, x.precedence() < PRIMARY) + (r.nextBoolean() ? " ** " : "**") + k;
            String methods = x.value() ? x.methods() + ".pow(" + k + ")" : "Math.pow(" + x.methods() + ", " + k + ")";
            return new Expr(operators, POWER, methods, x.value());
        }
        Expr x = value(r, depth - 1);                                      // x.exp(), x.tanh()
        String f = r.nextBoolean() ? "exp" : "tanh";
        return new Expr(wrap(x, x.precedence() < PRIMARY) + "." + f + "()", PRIMARY, x.methods() + "." + f + "()", true);
    }

    /** One snippet that builds each expression over fresh leaves, backpropagates it, and returns the bits of all. */
    static String snippet(List<String> expressions) {
        StringBuilder s = new StringBuilder("((java.util.function.Supplier<String>) () -> {\n    StringBuilder out = new StringBuilder();\n");
        for (String e : expressions) {
            s.append("    { Value a = new Value(1.5, \"a\"), b = new Value(-0.75, \"b\"), c = new Value(2.25, \"c\"); Value r = ")
                    .append(e).append("; r.backward(); out.append(bits(r, a, b, c)).append(';'); }\n");
        }
        return s.append("    return out.toString();\n}).get()").toString();
    }

    @Test
    void randomExpressionsWithOperatorsAreTheMethodFormsBitForBit() {
        System.out.println("RandomExpressionTest: seed " + SEED + " (-Doperators.seed=... for another)");
        Random random = new Random(SEED);
        for (int batch = 0; batch < BATCHES; batch++) {
            List<Expr> exprs = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                Expr e = expr(random, 4);
                exprs.add(e.value() ? e : new Expr(wrap(e, e.precedence() < PRODUCT) + " * a", PRODUCT, "Value.mul(" + e.methods() + ", a)", true));
            }
            OperatorShell.Outcome operators = shell.run(snippet(exprs.stream().map(Expr::operators).toList()));
            assertNotNull(operators.java(), "not rewritten: " + operators);
            String[] got = operators.value().replace("\"", "").split(";");
            String[] want = shell.value(snippet(exprs.stream().map(Expr::methods).toList())).replace("\"", "").split(";");
            for (int i = 0; i < PER_BATCH; i++)
                assertEquals(want[i], got[i], "seed " + SEED + ": " + exprs.get(i).operators() + "  vs  " + exprs.get(i).methods());
        }
    }
}
