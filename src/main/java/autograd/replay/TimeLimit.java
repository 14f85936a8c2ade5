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

/** A replay's time limit per cell (--timeout): past it, the cell's snippet is stopped, drawing included. */
final class TimeLimit implements AutoCloseable {
    private final Session session;
    private final Duration limit;                 // null: none
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autograd-cell-timer");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> alarm;
    private volatile boolean rang;
    private long started;

    TimeLimit(Session session, Duration limit) {
        this.session = session;
        this.limit = limit;
    }

    void start() {
        rang = false;
        started = System.nanoTime();
        if (limit != null) alarm = clock.schedule(() -> { rang = true; session.stop(); }, limit.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (alarm != null) alarm.cancel(false);
        alarm = null;
    }

    /** The outcome as the replay shows it: in the REPL's words, or in the replay's when its time limit stopped it. */
    Displayed shown(Outcome o) {
        String text = ReplText.of(o), headline = o.failed() ? ReplText.headline(o.problem()) : "";
        if (!rang || !(o.problem() instanceof Problem.Stopped s)) return new Displayed(text, headline, o);
        String elapsed = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
        String seconds = limit.toMillis() % 1000 == 0 ? String.valueOf(limit.toSeconds())
                : String.format(Locale.ROOT, "%.1f", limit.toMillis() / 1e3);
        String said = "Stopped after " + elapsed + " s: the cell ran past the replay's time limit (--timeout "
                + seconds + ").";
        return new Displayed(ReplText.bar(said) + (s.why() == Problem.Why.ABANDONED ? "\n" + text : ""), said, o);
    }

    @Override public void close() { clock.shutdownNow(); }
}
