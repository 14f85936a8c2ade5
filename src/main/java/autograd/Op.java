package autograd;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an op is, one row each: the name a graph shows (the lecture's {@code _op}), how many operands it takes, and
 * its forward, the op's value from its operands' data. {@link Value} computes every node with these rows; gradCheck
 * computes a graph again with them; the folding code and {@code Activation} read their names.
 *
 * <p>The rows after {@link #RELU} are never made by our Value: they are the ops a class of your own may name
 * ({@code -}, {@code /}, {@code neg}) and the usual custom ones of the lecture's exercise "implement a few more
 * operations" ({@code sin}, {@code cos}...), so gradCheck can nudge through them too.
 */
public enum Op {
    ADD("+", 2), MUL("*", 2), POW("**", 1), EXP("exp", 1), LOG("log", 1), TANH("tanh", 1), SIGMOID("sigmoid", 1),
    RELU("ReLU", 1),
    SUB("-", 2), DIV("/", 2), NEG("neg", 1), SIN("sin", 1), COS("cos", 1), TAN("tan", 1), SQRT("sqrt", 1),
    ABS("abs", 1);

    /** The name a graph shows: {@code +}, {@code tanh}; a power shows its exponent too ({@code **2}). */
    public final String symbol;
    /** How many operands: 2 for {@code +}, 1 for {@code tanh} and for {@code **k} (the exponent is a number). */
    public final int arity;

    Op(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /**
     * The op's value for one operand (a power's exponent is its second argument, see {@link #forward(double, double)}).
     */
    public double forward(double x) {
        return switch (this) {
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);                      // IEEE: NaN below zero, -Infinity at zero
            case TANH -> tanh(x);
            case SIGMOID -> 1 / (1 + Math.exp(-x));
            case RELU -> x < 0 ? 0 : x;
            case NEG -> -x;
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TAN -> Math.tan(x);
            case SQRT -> Math.sqrt(x);
            case ABS -> Math.abs(x);
            default -> throw new IllegalArgumentException(this + " takes two operands");
        };
    }

    /** The op's value for two operands; for {@link #POW}, {@code a ** b} with the number exponent b. */
    public double forward(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case MUL -> a * b;
            case SUB -> a - b;
            case DIV -> a / b;
            case POW -> Math.pow(a, b);
            default -> throw new IllegalArgumentException(this + " takes one operand");
        };
    }

    /**
     * The lecture's tanh, (e^2x - 1)/(e^2x + 1), through expm1: exact near 0, finite far out (the plain formula is
     * NaN past x = 355), and the same digits on every JDK.
     */
    private static double tanh(double x) {
        if (Math.abs(x) > 20) return Math.signum(x);       // tanh(20) is 1.0 in double precision
        double e = StrictMath.expm1(2 * x);               // e^2x - 1
        return e / (e + 2);
    }

    /** How a power shows in a graph: {@code **2}, {@code **-1}, {@code **0.5}. */
    public static String power(double k) {
        return POW.symbol + (k == Math.rint(k) && Math.abs(k) < 1e15 ? Long.toString((long) k) : Repr.of(k));
    }

    /** The row of an op by the name a graph shows ({@code "+"}, {@code "**2"}, {@code "relu"}), or null for none. */
    public static Op named(String name) {
        if (name == null) return null;
        if (name.startsWith(POW.symbol) && name.length() > POW.symbol.length()) return POW;
        for (Op op : values()) if (op.symbol.equalsIgnoreCase(name)) return op;   // a class of your own may say "relu"
        return null;
    }

    /** The exponent of a power's name ({@code "**2"} gives 2), or NaN when it is none. */
    public static double exponent(String name) {
        if (named(name) != POW) return Double.NaN;
        try {
            return Double.parseDouble(name.substring(POW.symbol.length()));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whether it is a neuron's activation: {@code tanh}, {@code ReLU}, {@code sigmoid}. */
    public boolean isActivation() { return this == TANH || this == RELU || this == SIGMOID; }

    /** Every name the table knows, for a message: {@code + * **k exp ...}. */
    public static String known() {
        return Arrays.stream(values()).map(op -> op == POW ? "**k" : op.symbol).collect(Collectors.joining(" "));
    }

    @Override public String toString() { return symbol.toLowerCase(Locale.ROOT); }
}
