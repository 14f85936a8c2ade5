package autograd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kernel command line it cannot take: one sentence, the usage under it, exit status 2; nothing is run. */
class KernelCommandTest {
    @Test
    void eachMistakeIsOneSentenceAboveTheUsage() throws Exception {
        assertSaid(List.of(), "Say what to do with the kernel.");
        assertSaid(List.of("frob"), "Unknown kernel command 'frob'.");
        assertSaid(List.of("run"), "kernel run needs the connection file Jupyter wrote.");
        assertSaid(List.of("run", "/no/such/connection.json"), "kernel run needs the connection file Jupyter wrote.");
        assertSaid(List.of("install", "--bogus"), "kernel install takes --user, --sys-prefix or --prefix DIR.");
        assertSaid(List.of("remove", "--prefix"), "kernel remove takes --user, --sys-prefix or --prefix DIR.");
    }

    private static void assertSaid(List<String> args, String sentence) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = KernelCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(2, status, args.toString());
        assertEquals(sentence + System.lineSeparator() + KernelCommand.USAGE, out.toString(StandardCharsets.UTF_8));
    }
}
