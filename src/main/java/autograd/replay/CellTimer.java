package autograd.replay;

import autograd.session.Result;
import autograd.session.Session;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A replay's time limit per cell (--timeout): past it, the cell's snippet is stopped, drawing included. */
final class CellTimer implements AutoCloseable {
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

    CellTimer(Session session, Duration limit) {
        this.session = session;
        this.limit = limit;
    }

    void start() {
        rang = false;
        started = System.nanoTime();
        if (limit != null) alarm = clock.schedule(() -> { rang = true; session.stop(); }, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() {
        if (alarm != null) alarm.cancel(false);
        alarm = null;
    }

    /** The result, said again in the replay's words when the time limit is what stopped it. */
    Result explain(Result r) {
        if (!rang || r.kind() != Result.Kind.STOPPED) return r;
        String elapsed = String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
        String seconds = limit.toMillis() % 1000 == 0 ? String.valueOf(limit.toSeconds()) : String.format(Locale.ROOT, "%.1f", limit.toMillis() / 1e3);
        return new Result(r.source(), Result.Kind.STOPPED, "|  Stopped after " + elapsed + " s: the cell ran past the replay's time limit (--timeout "
                + seconds + ")." + (r.display().contains("background") ? "\n" + r.display() : ""), "");
    }

    @Override public void close() { clock.shutdownNow(); }
}
