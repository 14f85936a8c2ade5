package autograd.repl;

import autograd.cli.ReplayCommand;
import autograd.session.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REPL's parts on jline's DumbTerminal over in-memory streams, with one real Session behind them. */
class ReplTest {
    static Session session;
    @TempDir Path dir;

    @BeforeAll static void start() { session = Session.start(); }

    @AfterAll static void close() { session.close(); }

    /** Types the lines into a REPL on a dumb terminal and returns everything it wrote. */
    String type(String... lines) throws IOException {
        String input = String.join("\n", lines) + "\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            new Repl(terminal, session, dir.resolve("history")).loop();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLecturesArithmeticTypedAtThePromptShowsItsJavaTheFirstTimesAndGivesMicrogradsDigits() throws IOException {
        String screen = type("resetGraph(\"graph\");", "Value m = x1*w1 + x2*w2 + b;", "Value t = m.tanh();", "t.backward();",
                "x1.grad", "Value e = (2*m).exp();", "Value k = (e - 1) / (e + 1);", "Value s = 1 - t**2;", "/operators",
                "/operators quiet", "Value q = -x1**2;", "/operators off", "x1 * w1", "/operators on", "x1 * w1");
        assertTrue(screen.contains(BAR + "as Java: Value m = x1.mul(w1).add(x2.mul(w2)).add(b);"), screen);
        assertTrue(screen.contains("==> -1.4999999999999996"), "micrograd's digits: " + screen);
        assertTrue(screen.contains(BAR + "as Java: Value e = (Value.mul(2, m)).exp();"), screen);
        assertTrue(screen.contains(BAR + "as Java: Value k = e.sub(1).div(e.add(1));"), screen);
        assertTrue(screen.contains(BAR + "(the Java of an operator line is shown no more"), "three, then quiet: " + screen);
        assertFalse(screen.contains("as Java: Value s"), screen);
        assertTrue(screen.contains("k ==> Value(data=0.7071067811865477)"), "micrograd's digits for the decomposed tanh: " + screen);
        assertTrue(screen.contains("s ==> Value(data=0.4999999999999999)"), "1 - t**2 is tanh's local derivative: " + screen);
        assertTrue(screen.contains("q ==> Value(data=-4.0)"), "-x1**2 is -(x1**2), as in Python: " + screen);
        assertTrue(screen.contains("Operators on Values are off"), screen);
        assertTrue(screen.contains("Hint: The lecture's operators on Values are off here"), screen);
        assertTrue(screen.contains("==> Value(data=-6.0)"), "on again: " + screen);
    }

    @Test
    void ctrlCStopsWhatACommandRunsTooNotOnlyATypedSnippet() throws Exception {
        // /step evaluates its expression itself: a Ctrl-C during it stops it, and the prompt goes on
        String input = "Value spin() { System.setProperty(\"autograd.test.spinning\", \"yes\"); while (true) {} }\n/step spin()\nx1.data\n";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (DumbTerminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            Thread repl = new Thread(() -> new Repl(terminal, session, dir.resolve("history")).loop());
            repl.start();
            long until = System.nanoTime() + 60_000_000_000L;
            while (System.getProperty("autograd.test.spinning") == null && System.nanoTime() < until) Thread.sleep(10);
            terminal.raise(org.jline.terminal.Terminal.Signal.INT);
            repl.join(30_000);
            assertFalse(repl.isAlive(), "the REPL is still inside /step: " + screen);
        } finally {
            System.clearProperty("autograd.test.spinning");
        }
        String out = screen.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains(BAR + "Stopped."), out);
        assertTrue(out.contains("==> 2.0"), "the next line ran: " + out);
    }

    List<String> complete(String line) {
        SnippetParser parser = new SnippetParser(() -> session);
        List<Candidate> candidates = new ArrayList<>();
        new SnippetCompleter(() -> session, new Commands(null).names())
                .complete(null, parser.parse(line, line.length(), ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    @Test
    void tabCompletesOurApi() {
        assertEquals(List.of("backward()"), complete("o.backw"));
        assertTrue(complete("x1.ta").contains("tanh()"));
        assertTrue(complete("resetGr").contains("resetGraph("));
        assertEquals(List.of("/help"), complete("/he"));
    }

    @Test
    void anUnfinishedSnippetContinuesOnTheNextLine() {
        SnippetParser parser = new SnippetParser(() -> session);
        assertThrows(EOFError.class, () -> parser.parse("class Box {", 11, ParseContext.ACCEPT_LINE));
        parser.parse("class Box { double v; }", 23, ParseContext.ACCEPT_LINE);
        parser.parse("/open some file {", 17, ParseContext.ACCEPT_LINE);   // commands are always one line
    }

    @Test
    void aClassTypedOverSeveralLinesIsDeclared() throws IOException {
        String screen = type("class Box {", "  double v = 2;", "}", "new Box().v", "/exit");
        assertTrue(screen.contains(BAR + "created class Box"), screen);
        assertTrue(screen.contains("==> 2.0"), screen);
    }

    @Test
    void resultsAndErrorsReadLikeJshell() throws IOException {
        String screen = type("resetGraph(\"graph\");", "o.backward();", "Value a = new Value(3.0, \"a\")", "a.pow(a)", "/exit");
        assertTrue(screen.contains("a ==> Value(data=3.0)"), screen);
        assertTrue(screen.contains(BAR + "pow takes a number exponent"), screen);
        assertFalse(screen.contains("\u001b["), "a dumb terminal gets no escape codes: " + screen);
    }

    @Test
    void commandsWorkAndUnknownOnesListTheRest() throws IOException {
        Path saved = dir.resolve("mine.jsh");
        String screen = type("double answer = 6 * 7;", "/vars", "/methods", "/imports", "/nope",
                "/save " + saved, "/exit");
        assertTrue(screen.contains(BAR + "  double answer = 42.0"), screen);
        assertTrue(screen.contains(BAR + "  void resetGraph(String)"), screen);
        assertTrue(screen.contains(BAR + "  import autograd.*;"), screen);
        assertTrue(screen.contains("No such command: /nope. The commands are /help"), screen);
        assertTrue(Files.readString(saved).contains("double answer = 6 * 7;"));
        assertTrue(type("/open " + saved, "answer + 1", "/exit").contains("==> 43.0"));
        type("Value typedWithoutSemicolons = new Value(2.0)", "typedWithoutSemicolons.mul(3)", "/save " + saved, "/exit");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int status = ReplayCommand.run(List.of(saved.toString(), "--check"), InputStream.nullInputStream(), new PrintStream(report, true, StandardCharsets.UTF_8));
        assertEquals(0, status, Files.readString(saved) + report);                   // what /save wrote replays cleanly
    }

    @Test
    void replayStepsThroughAScriptOnEnterAndDrawDrawsAnExpression() throws IOException {
        Path script = Files.writeString(dir.resolve("two.jsh"), "// one\nint k = 40;\n\n// two\nk + 2\n// expect: 42\n\n// three\nk + 3\n");
        String screen = type("/replay " + script, "", "", "q", "/exit");
        assertTrue(screen.contains("k ==> 40") && screen.contains("==> 42"), screen);   // two cells, one Enter each
        assertFalse(screen.contains("==> 43"), "q stops before the third cell: " + screen);
        session.outputFolder(dir);
        try {
            assertTrue(type("/draw o", "/exit").contains("o.svg"));
            assertTrue(Files.exists(dir.resolve("o.svg")));
        } finally {
            session.outputFolder(null);
        }
    }

    @Test
    void historyIsSavedForTheNextSession() throws IOException {
        type("double remembered = 1;", "/exit");
        assertTrue(Files.readString(dir.resolve("history")).contains("double remembered = 1;"));
    }

    @Test
    void highlighterColoursKeywordsStringsAndNumbers() {
        var styled = JavaHighlighter.highlight("double d = 2.5; String s = \"new\"; // new");
        assertEquals(JavaHighlighter.KEYWORD, styled.styleAt(0));
        assertEquals(JavaHighlighter.NUMBER, styled.styleAt(11));
        assertEquals(JavaHighlighter.STRING, styled.styleAt(28));      // "new" inside a string is not a keyword
        assertEquals(JavaHighlighter.COMMENT, styled.styleAt(37));
        assertEquals(AttributedStyle.DEFAULT, styled.styleAt(7));       // the name d
    }
}
