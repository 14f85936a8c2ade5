package autograd.it;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real launcher in a pseudo-terminal: completion, multi-line input, Ctrl-C, history across sessions. */
class ReplTmuxIT {
    @TempDir Path state;

    String launcher() {
        return "cd '" + Path.of("").toAbsolutePath() + "' && env AUTOGRAD_OPEN=0 AUTOGRAD_OUT=target/graphs XDG_STATE_HOME='" + state
                + "' scripts/autograd; echo \"[exited $?]\"; sleep 300";   // the pane stays, to be read
    }

    @Test
    void aStudentsFirstMinutes() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        try (Tmux t = new Tmux(launcher())) {
            t.await("autograd>", 120);
            t.type("o.backw");
            t.press("Tab");
            t.await("autograd> o.backward()", 20);                 // completed from JShell's analysis
            t.press("Enter");
            t.type("x1.grad");
            t.press("Enter");
            t.await("$1 ==> -1.4999999999999996", 20);       // the lecture's -1.5000, to the last bit
            t.type("drawDot(o)");                                    // the README's opening transcript
            t.press("Enter");
            t.await("$2 ==> target/graphs/o.svg", 60);

            t.type("class Box {");
            t.press("Enter");
            t.await("...>", 20);                                   // unfinished: a secondary prompt
            t.type("double v = 2;");
            t.press("Enter");
            t.type("}");
            t.press("Enter");
            t.await(BAR + "created class Box", 20);

            t.type("System.out.println(\"looping\"); while (true) {}");
            t.press("Enter");
            t.await("\nlooping", 20);                               // the loop is running
            t.press("C-c");
            t.await(BAR + "Stopped.", 20);                              // Ctrl-C stops the loop, not the session
            t.type("new Box().v");
            t.press("Enter");
            t.await("==> 2.0", 20);

            t.paste("Value pasted = new Value(3.0, \"p\");\nclass Twice {\n    Value of(Value v) { return v.mul(2); }\n}\n"
                    + "new Twice().of(pasted).data\n");                   // a notebook cell, pasted: it runs at once
            t.await("==> 6.0", 20);
            t.awaitPrompt("autograd>", 20);
            t.paste("class Open {\n    int x;\n");                          // really unfinished: it waits for the rest
            t.await("...>", 20);
            t.paste("}\n");
            t.await(BAR + "created class Open", 20);
            t.type("/exit");
            t.press("Enter");
            t.await("[exited 0]", 20);
        }
        assertTrue(Files.readString(state.resolve("autograd-jshell/history")).contains("new Box().v"));
        try (Tmux t = new Tmux(launcher())) {
            t.await("autograd>", 60);
            t.press("C-r");
            t.type("new Bo");
            t.await("new Box().v", 20);                              // found in the last session's history
            t.press("Enter");
            t.await("cannot find symbol", 20);                       // run: Box was the last session's class
            t.awaitPrompt("autograd>", 20);
            t.press("C-d");
            t.await("[exited 0]", 20);                               // Ctrl-D leaves cleanly
        }
    }
}
