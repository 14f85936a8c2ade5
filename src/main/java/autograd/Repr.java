package autograd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Prints a double as Python's repr does, so {@code Value(data=...)} reads exactly like the notebook. */
public final class Repr {
    private Repr() {}

    /** The text Python's {@code repr(d)} prints, such as {@code 0.1}, {@code 1e-05}, {@code -0.0} or {@code inf}. */
    public static String of(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = shortest(d).stripTrailingZeros();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();          // d = 0.digits × 10^(exponent+1)
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {                         // Python switches to e-notation here
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format(java.util.Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = exact.abs().toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    /**
     * The fewest significant digits that parse back to d, nearest d among those — Python's repr digits. Java 17's
     * Double.toString sometimes gives one digit more (2e23 prints as 1.9999999999999998E23; fixed in JDK 19).
     */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        // enough, maybe one too many
        int digits = new BigDecimal(Double.toString(d)).stripTrailingZeros().precision();
        while (digits > 1 && nearest(exact, digits - 1, d) != null) digits--;
        return nearest(exact, digits, d);
    }

    /** The decimal of this many digits nearest d that parses back to d, or null if there is none. */
    private static BigDecimal nearest(BigDecimal exact, int digits, double d) {
        BigDecimal best = null;
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR,
                RoundingMode.CEILING}) {
            // FLOOR, CEILING: beside a power of two
            BigDecimal candidate = exact.round(new MathContext(digits, mode));
            if (candidate.doubleValue() != d) continue;
            if (best == null || candidate.subtract(exact).abs()
                    .compareTo(best.subtract(exact).abs()) < 0) best = candidate;
        }
        return best;
    }
}
