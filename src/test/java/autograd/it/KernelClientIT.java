package autograd.it;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The kernel driven by Jupyter's own client library (jupyter_client, from a short Python script), as a notebook or
 * console front end drives it: completion, is_complete, inspection, input, an interrupted runaway loop, threads'
 * output, drawDot's, plot's and stepBackward's pictures, a restart and a shutdown. The script reports what it saw; the assertions are here.
 */
class KernelClientIT {
    @Test
    void aFrontEndsRequestsAreAnswered() throws Exception {
        String missing = Jupyter.missing();
        assumeTrue(missing == null, missing);
        Jupyter.install();
        check(Jupyter.report("kernel_client"));
    }

    private static void check(JsonObject s) {
        String all = s.toString();
        JsonObject first = s.getAsJsonObject("first_cell");
        assertEquals("ok", first.get("status").getAsString(), all);
        assertEquals("{\"stream\":\"stdout\",\"text\":\"resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0\\n\"}",
                first.getAsJsonArray("outputs").get(0).toString());
        assertEquals("{\"result\":\"-1.4999999999999996\"}", first.getAsJsonArray("outputs").get(1).toString());

        assertEquals("[\"backward()\"]", s.getAsJsonObject("first_complete").get("matches").toString(),
                "completion right after the kernel is ready waits for the session: " + all);
        JsonObject complete = s.getAsJsonObject("complete");
        assertEquals("[\"backward()\"]", complete.get("matches").toString());
        assertEquals(2, complete.get("cursor_start").getAsInt());
        assertEquals(7, complete.get("cursor_end").getAsInt());

        String doc = s.getAsJsonObject("inspect").getAsJsonObject("data").get("text/plain").getAsString();
        assertTrue(doc.startsWith("Path autograd.session.Helpers.drawDot(Object root)\n\n    The lecture's draw_dot:"), doc);
        assertTrue(doc.contains("drawDot(Object root, String rankdir)"), doc);

        JsonObject isComplete = s.getAsJsonObject("is_complete");
        assertEquals("{\"status\":\"incomplete\",\"indent\":\"    \"}", isComplete.get("class Value {").toString());
        assertEquals("complete", isComplete.getAsJsonObject("x1.grad").get("status").getAsString());
        assertEquals("invalid", isComplete.getAsJsonObject("int x = ;").get("status").getAsString());
        assertEquals("complete", isComplete.getAsJsonObject("int s = 0" + " + 1".repeat(3000) + ";").get("status").getAsString(),
                "a 3,000-term sum is analysed on the session's deep stack, not the shell thread's");

        JsonObject input = s.getAsJsonObject("input");
        assertEquals("[{\"stream\":\"stdout\",\"text\":\"Your name: \"},{\"result\":\"Hello, Ada\"}]", input.get("outputs").toString());

        JsonObject interrupt = s.getAsJsonObject("interrupt");
        assertEquals("error", interrupt.get("status").getAsString());
        assertEquals("[{\"error\":\"Interrupted\",\"traceback\":[\"" + BAR + "Stopped.\"]}]", interrupt.get("outputs").toString());
        assertTrue(interrupt.get("seconds").getAsDouble() < 10, all);
        assertEquals("[{\"result\":\"0.7071067811865476\"}]", s.getAsJsonObject("after_interrupt").get("outputs").toString());

        assertEquals("[{\"stream\":\"stdout\",\"text\":\"t0\\nt1\\nt2\\n\"}]", s.getAsJsonObject("threads").get("outputs").toString());
        assertEquals("[{\"display\":[\"image/png\",\"text/plain\"]}]", s.getAsJsonObject("draw").get("outputs").toString());
        assertEquals("[{\"display\":[\"image/png\",\"text/plain\"]}]", s.getAsJsonObject("plot").get("outputs").toString());
        assertTrue(s.getAsJsonObject("step").get("outputs").toString().endsWith("{\"display\":[\"text/html\",\"text/plain\"]}]"), all);

        JsonObject afterRestart = s.getAsJsonObject("after_restart");   // a fresh session: what was declared is gone
        assertEquals("error", afterRestart.get("status").getAsString(), all);
        assertTrue(afterRestart.toString().contains("cannot find symbol"), all);
        assertFalse(s.get("alive_after_shutdown").getAsBoolean(), all);
    }
}
