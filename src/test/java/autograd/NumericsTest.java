package autograd;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the lecture's formulas break, and how misuse is reported. */
class NumericsTest {
    @Test
    void tanhIsRightFarFromZero() {
        for (double x : new double[] {1000, -1000, 400}) {
            Value v = new Value(x);
            Value t = v.tanh();
            t.backward();
            assertEquals(Math.signum(x), t.data);     // the lecture's (e^2x - 1)/(e^2x + 1) gives NaN here
            assertEquals(0.0, v.grad);
        }
    }

    @Test
    void tanhAgreesWithTheLibraryEverywhere() {
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 100_000; i++) {
            double x = (r.nextDouble() - 0.5) * 60 * Math.pow(10, -r.nextInt(12));
            assertEquals(StrictMath.tanh(x), Op.TANH.forward(x), 4 * Math.ulp(StrictMath.tanh(x)), "tanh(" + x + ")");
        }
        assertTrue(Double.isNaN(Op.TANH.forward(Double.NaN)));
    }

    @Test
    void tanhBackwardIsNotTheSeedsPrecedenceBug() {
        Value x = new Value(0.5);
        Value y = x.tanh().mul(3);                     // tanh's out.grad is 3, not 1
        y.backward();
        double t = StrictMath.tanh(0.5);
        assertEquals((1 - t * t) * 3, x.grad, 1e-12);  // the seed's 1 - (t**2) * out.grad would give 1 - 3t²
    }

    @Test
    void overflowFollowsIeee() {
        Value big = new Value(1000).exp();
        assertEquals(Double.POSITIVE_INFINITY, big.data);
        assertTrue(Double.isNaN(new Value(-1).log().data));
        assertEquals(Double.NEGATIVE_INFINITY, new Value(0).log().data);
        assertEquals(Double.POSITIVE_INFINITY, new Value(0).pow(-1).data);
    }

    @Test
    void reluGradientIsZeroAtZero() {
        Value x = new Value(0.0);
        Value r = x.relu();
        r.backward();
        assertEquals(0.0, x.grad);
        assertEquals("ReLU", r.op());
    }

    @Test
    void powLabelsAsTheLecturePrintsThem() {
        Value x = new Value(4.0);
        assertEquals("**2", x.pow(2).op());
        assertEquals("**-1", x.pow(-1).op());
        assertEquals("**0.5", x.pow(0.5).op());
        assertEquals(2.0, x.pow(0.5).data);
    }

    @Test
    void toStringIsPythonsRepr() {
        assertEquals("Value(data=0.7071067811865476)", new Value(0.7071067811865476).toString());
        assertEquals("Value(data=2.0)", new Value(2).toString());
        assertEquals("Value(data=-6.0)", new Value(-6).toString());
        assertEquals("Value(data=1e-05)", new Value(1e-5).toString());
        assertEquals("Value(data=0.0001)", new Value(1e-4).toString());
        assertEquals("Value(data=12345678.0)", new Value(12345678).toString());
        assertEquals("Value(data=1e+16)", new Value(1e16).toString());
        assertEquals("Value(data=1.5e+300)", new Value(1.5e300).toString());
        assertEquals("Value(data=inf)", new Value(Double.POSITIVE_INFINITY).toString());
        assertEquals("Value(data=nan)", new Value(Double.NaN).toString());
    }

    @Test
    void misuseIsOneSentence() {
        Value x = new Value(2.0);
        assertMessage("pow takes a number exponent, as in x.pow(2); for a Value exponent write x.log().mul(k).exp().",
                () -> x.pow(new Value(3)));
        assertMessage("add needs a Value or a number, but got null.", () -> x.add((Value) null));
        assertMessage("mul needs a Value or a number, but got null.", () -> Value.mul(2, null));
        assertMessage("A custom op needs at least one child Value; a number alone is new Value(x).",
                () -> Value.node(1, "f", out -> {}));
        assertMessage("An op needs a non-empty name, such as \"sin\".", () -> Value.node(1, "", out -> {}, x));
    }

    static void assertMessage(String expected, Runnable misuse) {
        AutogradException e = assertThrows(AutogradException.class, misuse::run);
        assertEquals(expected, e.getMessage());
        assertEquals(0, e.getStackTrace().length);
    }
}
