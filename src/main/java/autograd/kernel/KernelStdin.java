package autograd.kernel;

import java.util.List;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.zeromq.ZMQ;

/**
 * The stdin channel, asking the front end for a line of input (Jupyter's input request). jjava-jupyter's own
 * ({@code StdinChannel.getInput}) took whatever came next as the answer: a stranger's message with no key threw
 * into the cell, and garbage frames made it read on into the real answer. Here, as ipykernel does, messages that
 * were waiting before the question are thrown away, and after it every message that is not a well-formed
 * input_reply signed with the key is dropped with one line in the kernel's log; the cell waits for the real one.
 */
final class KernelStdin extends StdinChannel {
    private final long pollMs;

    KernelStdin(ZMQ.Context context, HMACGenerator hmac, long pollMs) {
        super(context, hmac);
        this.pollMs = pollMs;
    }

    @Override public void bind(KernelConnectionProperties properties) {
        // see KernelConnection: a reconnecting front end takes over its identity
        setRouterHandover(true);
        super.bind(properties);
    }

    /**
     * The line typed, with a line end as jjava-jupyter gives it; waits (the cell's stop ends the wait) until it comes.
     */
    @Override public String getInput(MessageContext context, String prompt, boolean isPassword) {
        synchronized (this) {
            for (List<byte[]> stale; (stale = receiveOpen()) != null; ) drop(stale,
                    "it came before the kernel asked for input");
            sendMessage(new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, isPassword)));
        }
        while (true) {
            List<byte[]> frames;
            synchronized (this) {
                frames = receiveOpen();
            }
            if (frames == null) {
                pause();
                continue;
            }
            InputReply reply = reply(frames);
            if (reply != null) return (reply.getValue() == null ? "" : reply.getValue()) + System.lineSeparator();
        }
    }

    /** The next message, or null if none; the kernel shutting down ends the wait for an answer. */
    private List<byte[]> receiveOpen() {
        if (closed) throw new IllegalStateException("The kernel is shutting down, so the input it asked for will"
                + " not come.");
        return Wire.receive(this);
    }

    private InputReply reply(List<byte[]> frames) {
        try {
            Wire.Received received = Wire.decode(frames, hmacGenerator);
            Object content = received.message().getContent();
            if (content instanceof InputReply r) return r;
            KernelLog.dropped("stdin", received.type().equals("input_reply")
                    ? "its input_reply holds an error, not a line"
                    : "it is " + received.type() + ", not input_reply");
        } catch (Wire.Refused r) {
            KernelLog.dropped("stdin", r.getMessage());
        }
        return null;
    }

    private void drop(List<byte[]> frames, String why) {
        try {
            Wire.decode(frames, hmacGenerator);
            KernelLog.dropped("stdin", why);
        } catch (Wire.Refused r) {
            KernelLog.dropped("stdin", r.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollMs);                    // a stop of the cell (ThreadDeath) lands here, not inside ZeroMQ
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The cell was interrupted while it waited for input.");
        }
    }

    @Override public void close() {
        synchronized (this) {
            super.close();
        }
    }
}
