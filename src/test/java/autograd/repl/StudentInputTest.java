package autograd.repl;

import autograd.session.Said;
import autograd.session.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a student types or pastes at the prompt in the first hour: comments, the README's blocks, mistakes. */
class StudentInputTest {
    static Session session;
    @TempDir Path dir;

    @BeforeAll static void start() {
        session = Session.start();
        session.showPictures(picture -> {});
    }

    @AfterAll static void close() { session.close(); }

    /** Types the lines at the prompt; returns the screen and what the snippets printed, together. */
    String type(String... lines) throws IOException {
        String input = String.join("\n", lines) + "\n/exit\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        session.output(printed, printed);
        try (DumbTerminal terminal = new DumbTerminal("test", "dumb",
                     new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            new Repl(terminal, session, dir.resolve("history")).loop();
            return screen.toString(StandardCharsets.UTF_8) + "\n" + printed.toString(StandardCharsets.UTF_8);
        } finally {
            session.output(null, null);
        }
    }

    @Test
    void aCommentIsJavaNotACommand() throws IOException {
        String screen = type("// just a comment", "/* a block comment */", "// Inputs x1, x2 of the neuron", "x1.data");
        assertFalse(screen.contains("No such command"), screen);
        assertTrue(screen.contains("==> 2.0"), "the code after the pasted comment ran: " + screen);
    }

    @Test
    void onlySlashAndANameIsACommand() {
        assertTrue(Commands.isCommand("/vars"));
        assertTrue(Commands.isCommand("  /open x.jsh"));
        assertFalse(Commands.isCommand("// a comment"));
        assertFalse(Commands.isCommand("/* a comment */ int x = 1;"));
    }

    @Test
    void everyReadmeBlockPastesCleanly() throws IOException {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        int blocks = 0;
        while (m.find()) {
            blocks++;
            String block = m.group(1);
            String screen = type(block.split("\n"));
            assertFalse(screen.contains("Error") || screen.contains("No such command") || screen.contains("Exception"), block + "\n---\n" + screen);
            for (String expect : expects(block)) assertTrue(screen.contains(expect), "shows " + expect + ":\n" + screen);
        }
        assertTrue(blocks >= 6, "README.md's java blocks");
    }

    private static List<String> expects(String block) {
        List<String> out = new ArrayList<>();
        for (String line : block.split("\n"))
            if (line.strip().startsWith("// expect:")) out.add(line.strip().substring("// expect:".length()).strip());
        return out;
    }

    @Test
    void openSaysWhyItCannotReadAFile() throws IOException {
        assertTrue(type("/open nosuch.jsh").contains("Cannot read nosuch.jsh: no such file."));
        assertTrue(type("/open " + dir).contains("it is a folder, not a file."));
    }

    @Test
    void traceShowsEveryCause() throws IOException {
        String screen = type("throw new RuntimeException(\"outer\", new IllegalStateException(\"inner\"));", "/trace");
        assertTrue(screen.contains("java.lang.RuntimeException: outer"), screen);
        assertTrue(screen.contains("Caused by: java.lang.IllegalStateException: inner"), screen);
    }

    @Test
    void redeclaringAClassSaysWhatBecameOfTheVariables() throws IOException {
        String screen = type("class Box { double v; }", "Box box = new Box();", "class Box { double v; double w; }");
        assertTrue(screen.contains(BAR + "replaced class Box"), screen);
        assertTrue(screen.contains(BAR + "  box was of the Box declared before, so it is null now: make it again."), screen);
        assertFalse(screen.contains("reset to null"), "no jshell jargon: " + screen);
    }

    @Test
    void reusingTheNeuronsNamesSaysWhyResetGraphStopped() throws IOException {
        Session own = Session.start();                          // the lecture's n = MLP(...) breaks resetGraph
        try {
            own.run("MLP n = new MLP(3, List.of(4, 4, 1));");
            String shown = Said.eval(own, "resetGraph(\"graph\")").get(0).display();
            assertTrue(shown.startsWith(BAR + "resetGraph(String) cannot run: it no longer compiles (cannot find symbol"), shown);
            assertTrue(shown.contains("MLP"), shown);
            assertTrue(shown.contains(BAR + "Hint: resetGraph rebuilds the lecture's neuron"), shown);
            assertFalse(shown.contains("until  is declared"), shown);
        } finally {
            own.close();
        }
    }

    @Test
    void helpersNameThemselvesWhenGivenNull() throws IOException {
        String screen = type("grad(null)", "printGraph(null)", "trace(null)", "gradCheck(null)");
        for (String helper : List.of("grad", "printGraph", "trace", "gradCheck"))
            assertTrue(screen.contains(BAR + "" + helper + " needs a Value, but got null."), screen);
        assertFalse(screen.contains("drawDot needs"), screen);
    }

    @Test
    void helpSaysTheReplsCommandsAreHere() throws IOException {
        String screen = type("help()");
        assertTrue(screen.contains("o._backward()  o.localBackward()"), screen);
        assertTrue(screen.contains("/help lists the REPL's commands"), screen);
        assertFalse(Pattern.compile("(\\S+\\(\\w*\\))  +\\1(?!\\S)").matcher(screen).find(), "a name beside itself: " + screen);
    }

    @Test
    void theLecturesNetworkAsTheNotebookWritesIt() throws IOException {
        String screen = type("Neuron neuron = new Neuron(3)", "Layer layer = new Layer(3, 4)", "double[] x = {2.0, 3.0, -1.0}",
                "layer.call(x).size()", "MLP net = new MLP(3, List.of(4, 4, 1))", "net.call(List.of(2.0, 3.0, -1.0))",
                "net.layers.get(0).call(x).size()");
        assertTrue(screen.contains("neuron ==> TanhNeuron(3)"), screen);
        assertTrue(screen.contains("layer ==> Layer of [TanhNeuron(3), TanhNeuron(3), TanhNeuron(3), TanhNeuron(3)]"), screen);
        assertTrue(screen.contains("==> Value(data=-0.8980890187149215)"), screen);
        assertEquals(2, screen.split("==> 4\\b", -1).length - 1, screen);
        assertFalse(screen.contains("Error"), screen);
    }

    @Test
    void commandsOnAnExpressionSpeakOfWhatWasTyped() throws IOException {
        String screen = type("/step nothere", "/draw x1.data", "/step x1.data");
        assertFalse(screen.contains("Handoff"), "no plumbing: " + screen);
        assertTrue(screen.contains(BAR + "nothere"), screen);
        assertTrue(screen.contains(BAR + "drawDot needs a Value, but got a Double (2.0): give it the Value itself, such as o rather than o.data."), screen);
        assertTrue(screen.contains("stepBackward"), screen);
    }

    @Test
    void saveKeepsACommentAfterItsSemicolon() throws IOException {
        Path saved = dir.resolve("kept.jsh");
        type("double kept = 2;   // a comment at the end", "/save " + saved);
        assertTrue(Files.readString(saved).contains("double kept = 2;   // a comment at the end\n"), Files.readString(saved));
    }
}
