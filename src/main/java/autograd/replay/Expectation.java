package autograd.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an output line is what an {@code // expect:} line says: the text around numbers must be the same,
 * and each number within 1e-9 of the expected one, relative (or 1e-12 absolute, near zero). So
 * {@code Value(data=0.7071067811865476)} matches {@code Value(data=0.7071067811865475)}: JDKs differ in tanh's
 * last digit, and the documents print Python's numbers.
 */
final class Expectation {
    static final double RELATIVE = 1e-9, ABSOLUTE = 1e-12;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private Expectation() {}

    static boolean matches(String expected, String actual) {
        if (expected.equals(actual)) return true;
        List<String> want = tokens(expected.strip()), got = tokens(actual.strip());
        if (want.size() != got.size()) return false;
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i), g = got.get(i);
            if (i % 2 == 0 ? !w.equals(g) : !close(Double.parseDouble(w), Double.parseDouble(g))) return false;
        }
        return true;
    }

    static boolean close(double want, double got) {
        double diff = Math.abs(want - got);
        return want == got || diff <= ABSOLUTE || diff <= RELATIVE * Math.max(Math.abs(want), Math.abs(got));
    }

    /** Text, number, text, number, …, text: numbers at the odd places. */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        int at = 0;
        while (m.find()) {
            out.add(s.substring(at, m.start()));
            out.add(m.group());
            at = m.end();
        }
        out.add(s.substring(at));
        return out;
    }
}
