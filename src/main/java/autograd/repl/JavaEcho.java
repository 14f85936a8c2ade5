package autograd.repl;

/**
 * Whether the REPL shows, dimmed under a line typed with the lecture's operators, the Java it ran
 * ({@code x1*w1 + b} ran as {@code x1.mul(w1).add(b)}): so a student learns that {@code a*b} is {@code a.mul(b)}
 * without being buried in echoes. By default for the first {@link #FIRST} such lines of a session, then it says it
 * stops; {@code /operators java} shows it every time, {@code /operators quiet} never.
 */
final class JavaEcho {
    static final int FIRST = 3;

    enum Mode { FIRST_FEW, ALWAYS, NEVER }

    private Mode mode = Mode.FIRST_FEW;
    private int shown;

    void mode(Mode mode) { this.mode = mode; }

    Mode mode() { return mode; }

    /** Whether to show the Java of the line that just ran; the last of the first few says that it was the last. */
    Show next() {
        if (mode == Mode.NEVER) return Show.NO;
        if (mode == Mode.ALWAYS) return Show.YES;
        shown++;
        return shown < FIRST ? Show.YES : shown == FIRST ? Show.LAST : Show.NO;
    }

    enum Show { YES, LAST, NO }
}
