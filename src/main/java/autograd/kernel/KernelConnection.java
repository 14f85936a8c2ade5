package autograd.kernel;

import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava-jupyter's connection with our own shell, control and stdin channels ({@link RequestChannel},
 * {@link KernelStdin}): no message, however broken or forged, ends them, and a cell runs on {@link InOrder}'s thread,
 * so the channels answer while it runs. They look for a message every {@link #POLL_MS} ms while busy (every 50 once
 * idle for a few seconds), not always jjava-jupyter's 50:
 * a cell waits that long for nothing before it runs, and an idle kernel pays for each look. The heartbeat and iopub
 * channels are jjava-jupyter's as they are.
 * <p>
 * Every client of a kernel has the same ZeroMQ identity (jupyter_client names its sockets after the session), and
 * a ROUTER socket refuses a second peer with an identity still in use: Jupyter Server's reconnect, when a browser
 * tab comes back, was never answered. The three ROUTER sockets hand the identity over to the newest peer, as
 * ipykernel's do (its {@code router_handover}), so replies go to the front end that is there now.
 */
final class KernelConnection extends JupyterConnection {
    static final long POLL_MS = 5;   // short against a cell's time, long enough that an idle kernel barely wakes

    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final InOrder inOrder = new InOrder();
    private final RequestChannel ourShell, ourControl;
    private final KernelStdin ourStdin;

    KernelConnection(KernelConnectionProperties properties) throws GeneralSecurityException {
        super(properties);
        this.properties = properties;
        HMACGenerator hmac = properties.createHMACGenerator();
        this.ourShell = new RequestChannel(context, hmac, false, this, inOrder, POLL_MS);
        this.ourControl = new RequestChannel(context, hmac, true, this, inOrder, POLL_MS);
        this.ourStdin = new KernelStdin(context, hmac, POLL_MS);
    }

    /** Binds every channel to its port; {@link PortTaken} when another program holds one. */
    @Override public void connect() {
        PortTaken.bind("heartbeat", properties.getHbPort(), () -> heartbeat.bind(properties));
        PortTaken.bind("shell", properties.getShellPort(), () -> ourShell.bind(properties));
        PortTaken.bind("control", properties.getControlPort(), () -> ourControl.bind(properties));
        PortTaken.bind("stdin", properties.getStdinPort(), () -> ourStdin.bind(properties));
        PortTaken.bind("iopub", properties.getIopubPort(), () -> iopub.bind(properties));
        iopub.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    /** A request's way to answer: as jjava-jupyter's, but a cell's input requests go through our stdin channel. */
    @Override public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext request) {
        return new ShellReplyEnvironment(shell, ourStdin, iopub, request) {};   // its constructor is protected
    }

    @Override public void close() {
        inOrder.close();
        ourShell.close();
        ourControl.close();
        ourStdin.close();
        // the channels jjava-jupyter made, its unused shell, control and stdin among them
        super.close();
        context.close();
    }

    @Override public void waitUntilClose() {
        heartbeat.waitUntilClose();
        ourShell.waitUntilClose();
        ourControl.waitUntilClose();
    }
}
