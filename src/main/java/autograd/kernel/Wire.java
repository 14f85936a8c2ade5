package autograd.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.ReplyType;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryEntryAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.adapters.ReplyTypeAdapter;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.zeromq.ZMQ;

/**
 * A Jupyter message as it comes off a ROUTER socket, read without trusting it: jjava-jupyter's own reading
 * ({@code JupyterSocket.readMessage}) throws on a bad signature or bad JSON, which ended the channel's thread, and on
 * a message without its delimiter it went on reading into the next message. Here each message is read whole, then
 * checked (the delimiter, at least the four JSON frames after the signature, the signature in constant time, each
 * frame a JSON object) and turned into jjava-jupyter's {@link Message}, or refused with the reason in a few words.
 */
final class Wire {
    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final String[] PARTS = {"header", "parent header", "metadata", "content"};
    private static final Type MAP = new TypeToken<Map<String, Object>>() {}.getType();
    // JupyterSocket's own Gson set-up for what a front end sends (it is private there), so requests read as they did
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
            .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
            .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
            .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
            .registerTypeHierarchyAdapter(ReplyType.class, new ReplyTypeAdapter(
                    new GsonBuilder().registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE).create()))
            .create();

    /** Why a message was not taken, in words that finish "dropped a message on the shell channel: ...". */
    static final class Refused extends Exception {
        Refused(String why) { super(why, null, false, false); }
    }

    /** A message read whole and checked; {@code type} is the msg_type as sent, for the log when no handler knows it. */
    record Received(Message<?> message, String type) {}

    private Wire() {}

    /** The frames of the next message waiting on the socket, or null if none; the caller holds the socket's lock. */
    static List<byte[]> receive(ZMQ.Socket socket) {
        byte[] first = socket.recv(ZMQ.DONTWAIT);
        if (first == null) return null;
        List<byte[]> frames = new ArrayList<>();
        frames.add(first);
        while (socket.hasReceiveMore()) frames.add(socket.recv());    // the rest of a message is already here: no wait
        return frames;
    }

    /** The message those frames hold, if it is signed with the connection's key and well formed. */
    static Received decode(List<byte[]> frames, HMACGenerator hmac) throws Refused {
        int delimiter = 0;
        while (delimiter < frames.size() && !Arrays.equals(frames.get(delimiter), DELIMITER)) delimiter++;
        if (delimiter == frames.size()) throw new Refused("it has no <IDS|MSG> delimiter");
        int after = frames.size() - delimiter - 1;
        if (after < 5) throw new Refused("it has " + after
                + " frames after the delimiter, not the signature and four JSON frames");
        byte[] signature = frames.get(delimiter + 1);
        byte[][] json = frames.subList(delimiter + 2, delimiter + 6).toArray(new byte[0][]);
        // with no key, Jupyter signs nothing and checks nothing
        if (hmac != HMACGenerator.NO_AUTH_INSTANCE) {
            if (signature.length == 0) throw new Refused("it is not signed");
            byte[] expected = hmac.calculateSignature(json).getBytes(StandardCharsets.US_ASCII);
            // constant time
            if (!MessageDigest.isEqual(expected, signature)) throw new Refused("its signature is wrong");
        }
        JsonObject[] objects = new JsonObject[4];
        for (int i = 0; i < 4; i++) objects[i] = object(json[i], PARTS[i]);
        String type = objects[0].has("msg_type") && objects[0].get("msg_type").isJsonPrimitive()
                ? objects[0].get("msg_type").getAsString() : null;
        if (type == null) throw new Refused("its header has no msg_type");
        Header<?> header = read(objects[0], Header.class, "header");
        Header<?> parent = objects[1].size() == 0 ? null : read(objects[1], Header.class, "parent header");
        Map<String, Object> metadata = read(objects[2], MAP, "metadata");
        Object content = read(objects[3], header.getType().getContentType(), "content");
        List<byte[]> identities = new ArrayList<>(frames.subList(0, delimiter));
        List<byte[]> buffers = new ArrayList<>(frames.subList(delimiter + 6, frames.size()));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Message<?> message = new Message(identities, header, parent, metadata, content, buffers);
        return new Received(message, type);
    }

    private static JsonObject object(byte[] frame, String part) throws Refused {
        try {
            JsonElement e = JsonParser.parseString(new String(frame, StandardCharsets.UTF_8));
            if (e.isJsonObject()) return e.getAsJsonObject();
        } catch (RuntimeException notJson) {
            throw new Refused("its " + part + " is not JSON");
        }
        throw new Refused("its " + part + " is not a JSON object");
    }

    /**
     * Gson's reading of one part; a field of the wrong kind (a header without msg_id, a number for a map) refuses it.
     */
    private static <T> T read(JsonObject object, Type type, String part) throws Refused {
        try {
            return GSON.fromJson(object, type);
        } catch (RuntimeException e) {
            throw new Refused("its " + part + " does not have the fields Jupyter's protocol gives it");
        }
    }
}
