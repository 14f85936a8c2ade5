package autograd.kernel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A message off the shell socket, read without trusting it: the front end's is taken, anything else refused in words. */
class WireTest {
    private static final HMACGenerator KEY = key("the-key");
    private static final String HEADER = "{\"msg_id\":\"m1\",\"username\":\"ada\",\"session\":\"s1\",\"date\":\"2026-01-01T00:00:00.000Z\","
            + "\"msg_type\":\"execute_request\",\"version\":\"5.3\"}";
    private static final String CONTENT = "{\"code\":\"x1.grad\",\"silent\":false,\"store_history\":true,\"user_expressions\":{},"
            + "\"allow_stdin\":false,\"stop_on_error\":true}";

    @Test
    void theFrontEndsExecuteRequestIsRead() throws Exception {
        Wire.Received r = Wire.decode(signed(KEY, HEADER, "{}", "{}", CONTENT), KEY);
        assertEquals(MessageType.EXECUTE_REQUEST, r.message().getHeader().getType());
        assertEquals("x1.grad", ((ExecuteRequest) r.message().getContent()).getCode());
        assertEquals("client-id", new String(r.message().getIdentities().get(0), StandardCharsets.US_ASCII));
    }

    @Test
    void aStrangersMessageIsRefused() {
        assertEquals("its signature is wrong", refused(signed(key("not-the-key"), HEADER, "{}", "{}", CONTENT)));
        List<byte[]> unsigned = signed(KEY, HEADER, "{}", "{}", CONTENT);
        unsigned.set(2, new byte[0]);
        assertEquals("it is not signed", refused(unsigned));
    }

    @Test
    void brokenFramesAreRefused() {
        assertEquals("its header is not JSON", refused(signed(KEY, "{not json", "{}", "{}", CONTENT)));
        assertEquals("its content is not a JSON object", refused(signed(KEY, HEADER, "{}", "{}", "[1, 2]")));
        assertEquals("its header has no msg_type", refused(signed(KEY, "{}", "{}", "{}", CONTENT)));
        assertEquals("its header does not have the fields Jupyter's protocol gives it",
                refused(signed(KEY, "{\"msg_type\":\"execute_request\"}", "{}", "{}", CONTENT)));
        List<byte[]> frames = signed(KEY, HEADER, "{}", "{}", CONTENT);
        assertEquals("it has 3 frames after the delimiter, not the signature and four JSON frames", refused(frames.subList(0, 5)));
        assertEquals("it has no <IDS|MSG> delimiter", refused(List.of(new byte[] {7, 0, -1})));
    }

    /** The frames a ROUTER socket gives for a client's message: its identity, the delimiter, the signature, the four parts. */
    private static List<byte[]> signed(HMACGenerator hmac, String header, String parent, String metadata, String content) {
        byte[][] json = {bytes(header), bytes(parent), bytes(metadata), bytes(content)};
        List<byte[]> frames = new ArrayList<>(List.of(bytes("client-id"), bytes("<IDS|MSG>"), bytes(hmac.calculateSignature(json))));
        frames.addAll(List.of(json));
        return frames;
    }

    private static String refused(List<byte[]> frames) {
        return assertThrows(Wire.Refused.class, () -> Wire.decode(frames, KEY)).getMessage();
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static HMACGenerator key(String key) {
        try {
            return new HMACGenerator("hmac-sha256", key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
