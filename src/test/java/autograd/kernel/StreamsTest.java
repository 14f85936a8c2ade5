package autograd.kernel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Printed text on its way to the notebook: gathered, in order, and never cut inside a character. */
class StreamsTest {
    @Test
    void aCharacterSplitAcrossTwoWritesWaitsForItsEnd() {
        byte[] grad = "∂o/∂x".getBytes(StandardCharsets.UTF_8);          // ∂ is three bytes
        assertEquals(grad.length, Streams.wholeCharacters(grad));
        assertEquals(0, Streams.wholeCharacters(new byte[] {grad[0], grad[1]}));
        assertEquals(1, Streams.wholeCharacters(new byte[] {'d', grad[0]}));
    }

    @Test
    void stdoutAndStderrAreSentInTheOrderPrinted() throws Exception {
        Streams streams = new Streams();
        Recorded nb = new Recorded();
        streams.to(nb);
        byte[] grad = "∂L".getBytes(StandardCharsets.UTF_8);
        streams.out.write("loss ".getBytes(StandardCharsets.UTF_8));
        streams.out.write(grad, 0, 2);                                     // half of ∂: held back
        streams.err.write("warning\n".getBytes(StandardCharsets.UTF_8));
        streams.out.write(grad, 2, grad.length - 2);
        streams.out.write("\n".getBytes(StandardCharsets.UTF_8));
        streams.drain();
        assertEquals(List.of("stdout", "stderr", "stdout"), nb.kinds());
        assertEquals("loss ∂L\n", nb.text("stdout"));
        assertEquals("warning\n", nb.text("stderr"));
    }
}
