package autograd.kernel;

import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava-jupyter's connection with quick shell and control channels. Its own look for a request every 50 ms, and a
 * notebook's every cell waited up to 50 ms for nothing (1.4 s over the first document's 27 cells); these look every
 * {@link #POLL_MS} ms. The heartbeat, stdin and iopub channels are jjava-jupyter's as they are.
 */
final class KernelConnection extends JupyterConnection {
    static final long POLL_MS = 5;   // an idle kernel: 5% of a core at 2 ms, 3% at 5

    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final ShellChannel quickShell, quickControl;

    KernelConnection(KernelConnectionProperties properties) throws GeneralSecurityException {
        super(properties);
        this.properties = properties;
        HMACGenerator hmac = properties.createHMACGenerator();
        this.quickShell = new ShellChannel(context, hmac, false, this, POLL_MS);
        this.quickControl = new ShellChannel(context, hmac, true, this, POLL_MS);
    }

    @Override public void connect() {
        heartbeat.bind(properties);
        quickShell.bind(properties);
        quickControl.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override public void close() {
        quickShell.close();
        quickControl.close();
        super.close();                      // the channels jjava-jupyter made, the unused shell and control among them
        context.close();
    }

    @Override public void waitUntilClose() {
        heartbeat.waitUntilClose();
        quickShell.waitUntilClose();
        quickControl.waitUntilClose();
    }
}
