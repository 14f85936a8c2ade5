package autograd.replay;

/**
 * Printed text as a terminal leaves it on screen: a carriage return goes back to the start of its line, and what
 * follows covers what was there. drawDotFull rewrites its progress line so, once a second; a transcript keeps the
 * line's last state ({@code drew every value of loss (1,666 values) in 3 min 05 s.}), not every second of it.
 */
final class Overprint {
    private Overprint() {}

    static String resolve(String printed) {
        if (printed.indexOf('\r') < 0) return printed;
        StringBuilder out = new StringBuilder(printed.length());
        String[] lines = printed.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n > 0) out.append('\n');
            if (line.indexOf('\r') < 0 || line.endsWith("\r") && line.indexOf('\r') == line.length() - 1) {
                out.append(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);   // a Windows line end
                continue;
            }
            StringBuilder shown = new StringBuilder();
            int at = 0;
            for (char c : line.toCharArray()) {
                if (c == '\r') {
                    at = 0;
                    continue;
                }
                if (at < shown.length()) shown.setCharAt(at, c);
                else shown.append(c);
                at++;
            }
            out.append(shown.toString().stripTrailing());                      // the spaces that covered a longer line
        }
        return out.toString();
    }
}
