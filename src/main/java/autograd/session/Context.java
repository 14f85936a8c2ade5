package autograd.session;

import autograd.picture.Picture;
import autograd.picture.Viewer;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A session's own settings and state, as its snippets reach them through the helpers: where pictures go, how a
 * picture is shown, where the snippets' output goes (and the {@link Recorder} of the snippet running now), and where
 * their System.in reads from.
 * The helpers are static (JShell calls them so); each finds the context of the session running the snippet that
 * called it with {@link #current()}, the one lookup. The snippet's thread, and every thread it starts, inherits it.
 * Code run outside any session (the JDK's own jshell, a plain program) gets a context of its own.
 */
final class Context {
    private static final InheritableThreadLocal<Context> CURRENT = new InheritableThreadLocal<>();
    private static final Context OUTSIDE = new Context();

    private volatile Path folder = defaultFolder();
    private volatile Consumer<Picture> show = inViewer();
    private volatile OutputStream out, err;           // null: the process's own
    private volatile InputStream in;                  // null: the process's own
    // the snippet running now keeps its output here; null between snippets
    private volatile boolean traps;                  // whether the lecture's traps are named here (see Traps)
    private volatile boolean pilingUpSaid;
    private volatile Recorder recorder;
    private Object handed;                            // what a command's snippet handed over (see Session.object)
    private final Map<String, Integer> unnamed = new java.util.HashMap<>();

    /** The context of the session running the current snippet, or the one for code outside any session. */
    static Context current() {
        Context c = CURRENT.get();
        return c == null ? OUTSIDE : c;
    }

    /** Whether this is a session's context, not the one for code outside any session (the JDK's own jshell). */
    boolean insideSession() { return this != OUTSIDE; }

    /** Makes this the current context on this thread (and threads it starts); returns the one it replaces. */
    Context enter() {
        Context before = CURRENT.get();
        CURRENT.set(this);
        return before;
    }

    /** Undoes {@link #enter()}. */
    static void leave(Context before) {
        if (before == null) CURRENT.remove();
        else CURRENT.set(before);
    }

    /**
     * Where pictures go unless a session says otherwise: {@code -Dautograd.out}, else {@code AUTOGRAD_OUT}, else {@code
     * graphs}.
     */
    static Path defaultFolder() {
        String env = System.getenv("AUTOGRAD_OUT");
        return Path.of(System.getProperty("autograd.out", env != null && !env.isBlank() ? env : "graphs"));
    }

    Path folder() { return folder; }

    void folder(Path folder) { this.folder = folder == null ? defaultFolder() : folder; }

    /**
     * Records a picture just drawn with the snippet running now, and shows it the way this session's front door wants.
     */
    Picture drew(Picture picture) {
        Recorder r = recorder;
        if (r != null) r.drew(picture);
        show.accept(picture);
        return picture;
    }

    Recorder recorder() { return recorder; }

    /**
     * Whether this session names the lecture's traps: the REPL's and the kernel's do; a replay's when its script asks.
     */
    void traps(boolean on) { traps = on; }

    /** Whether gradients piling up would still be said here (a cheap look, before backward's walk for a leaf). */
    boolean watchesPilingUp() { return traps && !pilingUpSaid; }

    /** Whether to say now that gradients pile up: the first time, in a session that names traps. */
    synchronized boolean saysPilingUp() {
        if (!traps || pilingUpSaid) return false;
        pilingUpSaid = true;
        return true;
    }

    /** Where the snippet about to run keeps what it prints and draws; null once it has run. */
    void record(Recorder r) { recorder = r; }

    void show(Consumer<Picture> show) { this.show = show; }

    /** A name for a picture given none, new each time in this session: {@code plot-1}, {@code plot-2}. */
    synchronized String unnamed(String base) { return base + "-" + unnamed.merge(base, 1, Integer::sum); }

    OutputStream out() { return out; }

    OutputStream err() { return err; }

    void output(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    InputStream in() { return in; }

    void input(InputStream in) { this.in = in; }

    synchronized void hand(Object o) { handed = o; }

    synchronized Object takeHanded() {
        Object o = handed;
        handed = null;
        return o;
    }

    /** Opens each picture in the user's viewer; where none can open it, prints its file:// address, once per file. */
    static Consumer<Picture> inViewer() {
        Set<Path> announced = ConcurrentHashMap.newKeySet();
        return picture -> {
            Path file = picture.file().toAbsolutePath().normalize();
            if (!Viewer.open(file) && announced.add(file)) System.out.println(file.toUri());
        };
    }
}
