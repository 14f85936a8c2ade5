package autograd.kernel;

import autograd.AutogradException;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A port of the connection file that another program holds. Jupyter chooses free ports and lets them go before the
 * kernel starts; on a busy machine (a class's kernels starting at once) some other connection can take one meanwhile,
 * most often for a moment. The kernel waits that moment, then ends saying which port, so that Jupyter starts it
 * again (with new ports, while it has not come up yet) instead of a kernel that never answers.
 */
final class PortTaken extends AutogradException {
    static final long WAIT_MS = 3_000;

    private PortTaken(String channel, int port) {
        super("The kernel cannot listen on its " + channel + " port " + port + ": another program took it after"
                + " Jupyter chose it, so the kernel ends and Jupyter starts it again.");
    }

    /** Binds one channel, trying again for {@link #WAIT_MS} while its port is in use. */
    static void bind(String channel, int port, Runnable bind) {
        long until = System.nanoTime() + WAIT_MS * 1_000_000;
        while (true) {
            try {
                bind.run();
                return;
            } catch (ZMQException e) {
                if (e.getErrorCode() != ZMQ.Error.EADDRINUSE.getCode()) throw e;
                if (System.nanoTime() > until) throw new PortTaken(channel, port);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortTaken(channel, port);
            }
        }
    }
}
