package autograd;

import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** micrograd's README example, every op and a number on both sides, with its printed numbers. */
class MicrogradReadmeTest {
    @Test
    void readmeExampleMatchesMicrograd() {
        Value a = new Value(-4.0);
        Value b = new Value(2.0);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));                               // c += c + 1
        c = c.add(Value.add(1, c).add(a.neg()));           // c += 1 + c + (-a)
        d = d.add(d.mul(2).add(b.add(a).relu()));          // d += d * 2 + (b + a).relu()
        d = d.add(Value.mul(3, d).add(b.sub(a).relu()));   // d += 3 * d + (b - a).relu()
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2.0);
        g = g.add(Value.div(10.0, f));                     // g += 10.0 / f
        assertEquals("24.7041", String.format(Locale.ROOT, "%.4f", g.data));
        g.backward();
        assertEquals("138.8338", String.format(Locale.ROOT, "%.4f", a.grad));
        assertEquals("645.5773", String.format(Locale.ROOT, "%.4f", b.grad));
    }
}
