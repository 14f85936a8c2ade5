package autograd.replay;

import autograd.replay.CellRun.Displayed;
import autograd.session.Outcome;
import autograd.session.Problem;
import autograd.session.Session;
import autograd.text.ReplText;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A replay's time limits on one script's session: past either, the running cell's snippet is stopped, drawing
 * included. Each cell may run for {@code --timeout}; all the replay's cells together for {@code --total-timeout}.
 */
final class TimeLimit implements AutoCloseable {
    /**
     * The two limits of one replay, either null for none, and the time its cells have run so far: one for the whole
     * replay, so the total runs on across its scripts. Only running cells count, not a wait for a key.
     */
    static final class Limits {
        final Duration cell, total;
        private long used;                        // nanoseconds

        Limits(Duration cell, Duration total) {
            this.cell = cell;
            this.total = total;
        }

        /** Whether the cells have had all the time the replay gives them: the cells left do not run. */
        boolean spent() { return total != null && used >= total.toNanos(); }

        /** How long the next cell may run before one limit or the other stops it, or null for as long as it takes. */
        private Duration next() {
            if (total == null) return cell;
            Duration left = total.minusNanos(used);
            return cell == null || left.compareTo(cell) < 0 ? left : cell;
        }
    }

    private final Session session;
    private final Limits limits;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autograd-cell-timer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> alarm;
    private volatile boolean rang, overall;       // a limit stopped the cell; the overall one
    private long started;

    TimeLimit(Session session, Limits limits) {
        this.session = session;
        this.limits = limits;
    }

    void start() {
        rang = false;
        started = System.nanoTime();
        Duration allowed = limits.next();
        if (allowed == null) return;
        overall = limits.cell == null || allowed.compareTo(limits.cell) < 0;
        alarm = clock.schedule(() -> { rang = true; session.stop(); }, Math.max(0, allowed.toNanos()),
                TimeUnit.NANOSECONDS);
    }

    void stop() {
        if (alarm != null) alarm.cancel(false);
        alarm = null;
        limits.used += System.nanoTime() - started;
    }

    /** The outcome as the replay shows it: in the REPL's words, or in the replay's when a time limit stopped it. */
    Displayed shown(Outcome o) {
        String text = ReplText.of(o), headline = o.failed() ? ReplText.headline(o.problem()) : "";
        if (!rang || !(o.problem() instanceof Problem.Stopped s)) return new Displayed(text, headline, o);
        String elapsed = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
        String said = "Stopped after " + elapsed + " s: " + (overall
                ? "the replay ran past its overall time limit (--total-timeout " + seconds(limits.total)
                        + "), so the cells after this one do not run."
                : "the cell ran past the replay's time limit (--timeout " + seconds(limits.cell) + ").");
        return new Displayed(ReplText.bar(said) + (s.why() == Problem.Why.ABANDONED ? "\n" + text : ""), said, o);
    }

    /** {@code 180}, or {@code 0.5}: a limit as the command line gave it. */
    static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? String.valueOf(limit.toSeconds())
                : String.format(Locale.ROOT, "%.1f", limit.toMillis() / 1e3);
    }

    @Override public void close() { clock.shutdownNow(); }
}
