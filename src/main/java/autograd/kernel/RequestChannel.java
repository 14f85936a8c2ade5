package autograd.kernel;

import java.util.List;
import java.util.Set;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.zeromq.ZMQ;

/**
 * The shell or the control channel: jjava-jupyter's {@link ShellChannel} socket with a loop of our own, because its
 * loop died on the first message it could not read (a stranger's with no key was enough) and ran each cell on the
 * channel's thread, so a client that connected during a cell was not answered until the cell ended.
 * <p>
 * Here a message that is not signed with the key, or not well formed, is dropped with one line in the kernel's log
 * ({@link KernelLog}), and no message, nor any handler's failure, ends the thread. What a front end asks before it
 * can work, and what must reach a running cell ({@link #AT_ONCE}), is answered on this thread; every other request
 * waits its turn in {@link InOrder}. Every use of the socket holds its lock: ZeroMQ sockets are not thread-safe, and
 * replies come from the request thread too.
 */
final class RequestChannel extends ShellChannel {
    /**
     * kernel_info and comm_info are what a reconnecting front end asks first; interrupt and shutdown must reach a
     * running cell. These are also the requests Jupyter Server leaves out of a kernel's busy/idle tracking, so their
     * own busy and idle, published while a cell runs, do not make the notebook think the cell has ended.
     */
    static final Set<MessageType<?>> AT_ONCE = Set.of(MessageType.KERNEL_INFO_REQUEST, MessageType.COMM_INFO_REQUEST,
            MessageType.INTERRUPT_REQUEST, MessageType.SHUTDOWN_REQUEST);

    private final String name;
    private final boolean isControl;
    private final JupyterConnection connection;
    private final InOrder inOrder;
    private final long pollMs;
    private volatile boolean running;
    private Thread loop;

    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean isControl, JupyterConnection connection,
            InOrder inOrder, long pollMs) {
        super(context, hmac, isControl, connection, pollMs);
        this.name = isControl ? "control" : "shell";
        this.isControl = isControl;
        this.connection = connection;
        this.inOrder = inOrder;
        this.pollMs = pollMs;
    }

    @Override public void bind(KernelConnectionProperties properties) {
        int port = isControl ? properties.getControlPort() : properties.getShellPort();
        // see KernelConnection: a reconnecting front end takes over its identity
        setRouterHandover(true);
        // ZeroMQ's bind: not ShellChannel's loop
        bind(formatAddress(properties.getTransport(), properties.getIp(), port));
        running = true;
        loop = new Thread(this::serve, "autograd-" + name);
        loop.start();
    }

    private void serve() {
        long last = System.nanoTime();                  // when the last message came
        while (running) {
            List<byte[]> frames;
            synchronized (this) {
                frames = closed ? null : Wire.receive(this);
            }
            if (frames == null) {
                pause(System.nanoTime() - last < BUSY_NANOS ? pollMs : IDLE_POLL_MS);
                continue;
            }
            last = System.nanoTime();
            try {
                dispatch(Wire.decode(frames, hmacGenerator));
            } catch (Wire.Refused r) {
                KernelLog.dropped(name, r.getMessage());
            } catch (RuntimeException | Error e) {       // whatever it was, the next message is still read
                KernelLog.failed("reading a message on the " + name + " channel", e);
            }
        }
    }

    private void dispatch(Wire.Received received) {
        Message<?> message = received.message();
        MessageType<?> type = message.getHeader().getType();
        ShellHandler<?> handler = connection.getHandler(type);
        if (handler == null) {
            KernelLog.unknown(name, received.type());
            return;
        }
        if (AT_ONCE.contains(type)) handle(handler, message, received.type());
        else inOrder.submit(() -> handle(handler, message, received.type()));
    }

    /** As ShellChannel's loop handles a request: the handler, its deferred replies (the idle status), a shutdown. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(ShellHandler handler, Message message, String type) {
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (RuntimeException | Error e) {
            KernelLog.failed(type, e);
        } finally {
            try {
                env.resolveDeferrals();
            } catch (RuntimeException e) {
                KernelLog.failed(type + "'s last replies", e);
            }
        }
        if (env.isMarkedForShutdown()) connection.close();
    }

    /**
     * A kernel that has had no message for a few seconds looks less often: a class's machine holds many idle kernels,
     * and each look wakes a thread. The first request after a pause waits at most this long.
     */
    static final long IDLE_POLL_MS = 50, BUSY_NANOS = 3_000_000_000L;

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    @Override public void close() {
        running = false;
        synchronized (this) {                    // never while another thread sends on the socket or reads from it
            super.close();
        }
    }

    @Override public void waitUntilClose() {
        Thread t = loop;
        if (t == null) return;
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
