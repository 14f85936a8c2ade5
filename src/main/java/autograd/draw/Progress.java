package autograd.draw;

import autograd.render.Renderer;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The line a long drawing keeps up to date while the user waits: {@code drawing every value of loss (1,666
 * values): 12 s, Ctrl-C stops it}, rewritten in place once a second ({@code \r}, as a terminal and a notebook show
 * it), then replaced by how it ended. A drawing done within a second prints nothing.
 */
final class Progress implements Renderer.Waiting {
    private final PrintStream out;
    private final String what;
    private int shown;                     // the length of the line on screen, 0 when none is

    Progress(PrintStream out, String what) {
        this.out = out;
        this.what = what;
    }

    @Override
    public void still(long millis) {
        line("drawing " + what + ": " + time(millis) + ", Ctrl-C stops it");
    }

    /** The drawing is done: says so, in place of the progress line, if one was shown. */
    void done(long millis) {
        if (shown > 0) end("drew " + what + " in " + time(millis) + ".");
    }

    /** The drawing was stopped or failed: ends the progress line, so what follows starts on a line of its own. */
    void stopped(long millis) {
        if (shown > 0) end("drawing " + what + ": stopped after " + time(millis) + ".");
    }

    private void line(String text) {
        line(text, "");
        shown = text.length();
    }

    /** The line and its end in one print: a second stop landing in between would leave what follows beside it. */
    private void end(String text) {
        shown += 2;                        // and the ^C the terminal echoed after the line
        line(text, System.lineSeparator());
        shown = 0;
    }

    private void line(String text, String after) {
        out.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())) + after);
        out.flush();
    }

    /** {@code 12 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
    static String time(long millis) {
        long s = millis / 1000;
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
    }
}
