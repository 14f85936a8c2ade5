package autograd.it;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The kernel's channels under attack and under a reconnect (issue 24), driven by Jupyter's own client library and a
 * raw ZeroMQ socket (src/test/python/kernel_channels.py). Forged and garbage messages reach the shell, control and
 * stdin ports: each is dropped with one line in the kernel's log, and the real front end goes on working. A second
 * client that connects while a cell sleeps, as Jupyter Server's reconnect does, is answered at once.
 */
class KernelChannelsIT {
    private static final int KINDS = 9;         // wrong HMAC, unsigned, three of bad JSON, two of frames, two random

    @Test
    void noMessageSilencesTheKernelAndAReconnectIsAnsweredAtOnce() throws Exception {
        String missing = Jupyter.missing();
        assumeTrue(missing == null, missing);
        Jupyter.install();
        JsonObject s = Jupyter.report("kernel_channels");
        theFrontEndStillWorks(s);
        aSecondClientIsAnsweredWhileACellRuns(s);
        forgeriesAreDroppedAndLoggedOnce(s);
    }

    private static void forgeriesAreDroppedAndLoggedOnce(JsonObject s) {
        for (String port : List.of("shell_port", "control_port", "stdin_port")) assertEquals(KINDS, s.getAsJsonObject("sent").get(port).getAsInt());
        List<String> log = StreamSupport.stream(s.getAsJsonArray("kernel_stderr").spliterator(), false).map(e -> e.getAsString()).toList();
        for (String channel : List.of("shell", "control", "stdin")) {
            String prefix = "autograd kernel: dropped a message on the " + channel + " channel: ";
            List<String> dropped = log.stream().filter(l -> l.startsWith(prefix)).toList();
            assertEquals(KINDS, dropped.size(), "one line per dropped message on " + channel + ":\n" + String.join("\n", log));
            for (String why : List.of("its signature is wrong.", "it is not signed.", "its header is not JSON.", "its content is not JSON.",
                    "its header is not a JSON object.", "it has 3 frames after the delimiter, not the signature and four JSON frames.",
                    "it has no <IDS|MSG> delimiter."))
                assertTrue(dropped.contains(prefix + why), prefix + why + " missing from:\n" + String.join("\n", log));
        }
        assertEquals(3 * KINDS, log.stream().filter(l -> l.startsWith("autograd kernel: ")).count(), String.join("\n", log));
        assertTrue(log.stream().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), "no stack trace:\n" + String.join("\n", log));
    }

    private static void theFrontEndStillWorks(JsonObject s) {
        JsonObject steps = s.deepCopy();
        steps.remove("kernel_stderr");                 // checked on its own; here it would only bury what failed
        String all = steps.toString();
        assertEquals("[{\"result\":\"2\"}]", String.valueOf(s.getAsJsonObject("normal_cell").get("outputs")), all);
        assertEquals("{\"status\":\"ok\",\"outputs\":[{\"result\":\"got Ada\"}]}", s.getAsJsonObject("input").toString(),
                "the cell reads the real answer, past the garbage on stdin");
        JsonObject interrupt = s.getAsJsonObject("interrupt");
        assertEquals("[{\"error\":\"Interrupted\",\"traceback\":[\"|  Stopped.\"]}]", String.valueOf(interrupt.get("outputs")), all);
        assertTrue(interrupt.get("seconds").getAsDouble() < 10, all);
        assertTrue(s.getAsJsonObject("forged_cell").toString().contains("cannot find symbol"), "the forged cell never ran: " + all);

        JsonObject queued = s.getAsJsonObject("queued_cells");
        assertTrue(queued.has("counts"), all);
        assertTrue(queued.get("cells_answered_in_order").getAsBoolean(), all);
        JsonArray counts = queued.getAsJsonArray("counts");
        for (int i = 1; i < counts.size(); i++) assertEquals(counts.get(i - 1).getAsInt() + 1, counts.get(i).getAsInt(), all);
        assertEquals("[\"busy\",\"ab\",\"idle\"]", queued.get("last").toString(), "one cell at a time, in order: " + all);
        assertTrue(queued.get("kernel_info_answered").getAsInt() <= 1, "kernel_info did not wait behind the sleeping cell: " + all);
    }

    private static void aSecondClientIsAnsweredWhileACellRuns(JsonObject s) {
        JsonObject second = s.getAsJsonObject("second_client");
        String all = second.toString();
        assertTrue(second.has("kernel_info_seconds"), all);
        assertTrue(second.get("kernel_info_seconds").getAsDouble() < 2, all);
        assertTrue(second.get("comm_info_seconds").getAsDouble() < 2, all);
        assertTrue(second.get("wait_for_ready_seconds").getAsDouble() < 3, all);
        assertTrue(second.get("cell_seconds").getAsDouble() >= 4.5, "the cell was still sleeping when they were answered: " + all);
        assertEquals("ok", second.get("cell").getAsString(), "the cell's reply reaches the client that took over: " + all);
        assertEquals("[\"busy\",\"execute_input\",\"execute_result\",\"idle\"]", second.get("cell_iopub").toString(), all);
        assertTrue(second.get("complete_after_cell").getAsBoolean(), "a completion waits for the running cell: " + all);
    }
}
