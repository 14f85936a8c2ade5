package autograd.session;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Holds a snippet back until JShell waits for it. JShell's local execution starts a snippet's thread, then lists
 * the threads in its group and joins every one. A thread the snippet started before that listing is joined too: a
 * snippet that starts a thread that never ends (a server, a spinning loop) then never returns. On a loaded machine
 * that happened now and then, in the REPL and in a notebook's first cell. Run in the snippet's place, the gate waits
 * until the thread that invoked it is in its join: then the listing is done, and only the snippet's own thread is
 * waited for, every time.
 */
final class JoinGate {
    private JoinGate() {}

    /** Never longer than this: a gate that cannot tell lets the snippet run, as JShell alone would. */
    static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Held(Method snippet, Thread invoker) {}

    /** Set on the invoking thread; the snippet's thread, which it creates, inherits it. */
    private static final InheritableThreadLocal<Held> HELD = new InheritableThreadLocal<>();
    /** What JShell runs instead of the snippet: {@link #enter()}. */
    static final Method ENTER;

    static {
        try {
            ENTER = JoinGate.class.getDeclaredMethod("enter");
            ENTER.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Called on the invoking thread, just before JShell's invoke of {@link #ENTER}; {@link #clear()} after it. */
    static void hold(Method snippet) { HELD.set(new Held(snippet, Thread.currentThread())); }

    static void clear() { HELD.remove(); }

    /** On the snippet's thread: waits for the invoker's join, then runs the snippet as JShell would have. */
    @SuppressWarnings("unused")
    private static Object enter() throws Throwable {
        Held held = HELD.get();
        HELD.remove();                                     // threads the snippet starts inherit nothing
        long deadline = System.nanoTime() + MAX_NANOS;
        while (held.invoker().getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000);
        }
        try {
            return held.snippet().invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();                            // JShell wraps it again, as it wraps the snippet's own
        }
    }
}
