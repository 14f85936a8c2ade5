package autograd.kernel;

import autograd.picture.Mime;
import autograd.session.Outcome;
import autograd.session.Session;
import autograd.text.NotebookError;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static autograd.text.ReplText.BAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notebook cells of the first document, run as the kernel runs them, against a front end that records. */
class NotebookSessionTest {
    static NotebookSession runner;
    static Path pictures;

    @BeforeAll static void start() throws Exception {
        Session session = Session.start();
        pictures = Files.createTempDirectory("cell-runner-test");
        session.outputFolder(pictures);
        runner = new NotebookSession(session);
    }

    @AfterAll static void close() { runner.session().close(); }

    @Test
    void aCellOfSnippetsShowsItsLastExpressionAndWhatItPrinted() {
        Recorded nb = new Recorded();
        Outcome out = runner.run("resetGraph(\"graph\");\no.backward();\nx1.grad", nb);
        assertFalse(out.failed());
        assertEquals(Optional.of("-1.4999999999999996"), out.notebookValue());
        assertEquals("resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0\n", nb.text("stdout"));
    }

    @Test
    void traceShowsTheStackAsTheReplsTraceDoes() {
        assertTrue(runner.run("int down(int k) { return down(k + 1); }\ndown(0)", new Recorded()).failed());
        Recorded nb = new Recorded();
        runner.run("/trace", nb);
        String trace = nb.text("stdout");
        assertTrue(trace.startsWith("java.lang.StackOverflowError\n        at down in snippet "), trace);   // as the user counts them
        assertTrue(trace.contains("more of the same"), trace);
        assertTrue(trace.lines().count() < 20, trace);
    }

    @Test
    void declarationsAndStatementsShowNoValue() {
        assertEquals(Optional.empty(), runner.run("Value a = new Value(2.0, \"a\");", new Recorded()).notebookValue());
        assertEquals(Optional.empty(), runner.run("double q = 3;\nq += 1;\nSystem.out.print(\"\");", new Recorded()).notebookValue());
        assertEquals(Optional.of("4.0"), runner.run("q", new Recorded()).notebookValue());
        assertEquals(Optional.of("o 0.7071"), runner.run("resetGraph(\"graph\");\nString.format(\"o %.4f\", o.data)", new Recorded()).notebookValue());
    }

    @Test
    void classesAndMethodsDeclareInACell() {
        Recorded nb = new Recorded();
        Outcome out = runner.run("""
                double f(double x) { return 3*x*x - 4*x + 5; }

                class Pair {
                    double a, b;

                    double sum() { return a + b; }
                }
                f(3.0)""", nb);
        assertEquals(Optional.of("20.0"), out.notebookValue(), nb.sent::toString);
    }

    @Test
    void stdoutAndStderrKeepTheirOrder() {
        Recorded nb = new Recorded();
        runner.run("System.out.println(\"a\"); System.err.println(\"b\"); System.out.println(\"c\");", nb);
        assertEquals(List.of("stdout", "stderr", "stdout"), nb.kinds());
        assertEquals("a\nc\n", nb.text("stdout"));
        assertEquals("b\n", nb.text("stderr"));
    }

    @Test
    void threadsTheCellStartedPrintIntoIt() {
        Recorded nb = new Recorded();
        runner.run("Thread t = new Thread(() -> { for (int i = 0; i < 3; i++) System.out.println(\"t\" + i); });\nt.start();\nt.join();", nb);
        assertEquals("t0\nt1\nt2\n", nb.text("stdout"));
    }

    @Test
    void anErrorStopsTheCellWithTheReplsMessageAndCaret() {
        Recorded nb = new Recorded();
        // o + o runs now (the operators); a Value times a String is what the operators refuse
        Outcome out = runner.run("System.out.println(\"before\");\nValue z = o * \"s\";\nSystem.out.println(\"after\");", nb);
        assertTrue(out.failed());
        assertEquals("before\n", nb.text("stdout"));
        NotebookError f = NotebookError.of(out);
        assertEquals("CompilationError", f.name());
        assertEquals("* works on Values and numbers, but \"s\" is a String.", f.value());
        assertTrue(f.traceback().contains(BAR + "Value z = o * \"s\";"), f.traceback()::toString);
        assertTrue(f.traceback().contains(BAR + "              ^-^"), f.traceback()::toString);
    }

    @Test
    void anExceptionIsOneLine() {
        NotebookError f = NotebookError.of(runner.run("new Value(1.0).pow(new Value(2.0))", new Recorded()));
        assertEquals(1, f.traceback().size(), f.traceback()::toString);
    }

    @Test
    void drawDotShowsItsPictureNotItsFileName() throws Exception {
        Recorded nb = new Recorded();
        runner.run("resetGraph(\"graph\");", nb);
        Recorded drawn = new Recorded();
        Outcome out = runner.run("drawDot(o)", drawn);
        assertEquals(Optional.empty(), out.notebookValue());
        assertEquals(List.of("display"), drawn.kinds());
        Mime picture = drawn.sent.get(0).picture();
        assertEquals(List.of("image/png", "text/plain"), List.copyOf(picture.data().keySet()),
                "a PNG every front end shows, and nbconvert keeps: no SVG, which its HTML strips to text");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) picture.data().get("image/png"))));
        String svg = Files.readString(pictures.resolve("o.svg"));
        assertTrue(svg.contains("0.7071"), "the picture is the neuron's");
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("<svg width=\"(\\d+)p[tx]\" height=\"(\\d+)p[tx]\"")
                .matcher(svg);
        assertTrue(size.find(), "the SVG gives its size");
        int width = Integer.parseInt(size.group(1)), height = Integer.parseInt(size.group(2));
        assertEquals(Map.of("width", width, "height", height, "unconfined", true), picture.metadata().get("image/png"));   // the SVG's size, not shrunk
        assertEquals(2 * width, png.getWidth());                                                        // drawn at 2x, shown at 1x
        assertEquals(2 * height, png.getHeight());
    }

    @Test
    void showSendsAPngOfTheUsersOwnAsAPng() {
        Recorded drawn = new Recorded();
        runner.run("resetGraph(\"graph\");\nplot(\"mine\", x -> x, 0, 1);", new Recorded());
        runner.run("show(outputFolder().resolve(\"plots/mine.png\"));", drawn);
        assertEquals(List.of("display"), drawn.kinds());
        Mime picture = drawn.sent.get(0).picture();
        assertEquals(List.of("image/png", "text/plain"), List.copyOf(picture.data().keySet()));
        assertTrue(((String) picture.data().get("image/png")).startsWith("iVBORw0KGgo"));   // a PNG's signature, in base64
    }

    @Test
    void systemInAsksTheFrontEnd() {
        Recorded nb = new Recorded("Ada", "3");
        Outcome out = runner.run("""
                Scanner in = new Scanner(System.in);
                System.out.print("Your name: ");
                String name = in.nextLine();
                int k = Integer.parseInt(in.nextLine());
                name + " " + (k + 1)""", nb);
        assertEquals(Optional.of("Ada 4"), out.notebookValue(), nb.sent::toString);
        assertEquals(List.of("stdout", "input", "input"), nb.kinds());
        assertEquals("Your name: ", nb.text("stdout"));
    }

    @Test
    void withoutAKeyboardSystemInIsEmptyAndSaysWhy() {
        Recorded nb = new Recorded();
        Outcome out = runner.run("new Scanner(System.in).hasNextLine()", nb);
        assertEquals(Optional.of("false"), out.notebookValue());
        assertEquals(InputRequests.NO_KEYBOARD, nb.text("stderr"));
    }
}
