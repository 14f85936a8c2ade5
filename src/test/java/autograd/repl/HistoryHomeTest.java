package autograd.repl;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The history lives where the README says: under XDG_STATE_HOME, else under HOME, as ~ means in a shell. */
class HistoryHomeTest {
    @Test
    void homeWinsOverTheUserDatabasesHome() {
        assertEquals(Path.of("/work/me/.autograd-jshell/history"), History.file(null, null, "/work/me", "/root"));
    }

    @Test
    void xdgStateHomeWinsOverHomeAndThePropertyOverBoth() {
        assertEquals(Path.of("/state/autograd-jshell/history"), History.file(null, "/state", "/work/me", "/root"));
        assertEquals(Path.of("/x/h"), History.file("/x/h", "/state", "/work/me", "/root"));
    }

    @Test
    void anUnsetOrRelativeVariableIsPassedOver() {
        assertEquals(Path.of("/root/.autograd-jshell/history"), History.file(null, "", null, "/root"));
        assertEquals(Path.of("/work/me/.autograd-jshell/history"), History.file(null, "state", "/work/me", "/root"));
        assertEquals(Path.of("/root/.autograd-jshell/history"), History.file(null, null, "me", "/root"));
    }
}
