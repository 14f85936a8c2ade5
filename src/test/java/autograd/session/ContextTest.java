package autograd.session;

import autograd.picture.Picture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two sessions in one JVM, as the REPL and a /replay are (and the tests): each sees only its own pictures, folder and output. */
class ContextTest {
    static Session one, two;
    @TempDir Path dir;

    @BeforeAll static void start() {
        one = Session.start();
        two = Session.start();
    }

    @AfterAll static void close() {
        one.close();
        two.close();
    }

    @Test
    void eachSessionHasItsOwnFolderPicturesAndWayOfShowingThem() throws Exception {
        List<Picture> shownByOne = new ArrayList<>();
        one.showPictures(shownByOne::add);
        two.showPictures(picture -> {});
        one.outputFolder(dir.resolve("one"));
        two.outputFolder(dir.resolve("two"));
        List<Picture> byOne = Printed.drawnBy(one, "drawDot(o);");
        List<Picture> byTwo = Printed.drawnBy(two, "Value t = new Value(1.0, \"t\"); drawDot(t.tanh());");
        assertEquals(List.of(dir.resolve("one/o.svg")), byOne.stream().map(Picture::file).toList());
        assertEquals(List.of(dir.resolve("two/graph-1.svg")), byTwo.stream().map(Picture::file).toList());
        assertEquals(List.of(dir.resolve("one/o.svg")), shownByOne.stream().map(Picture::file).toList());
        assertTrue(Files.exists(dir.resolve("one/o.svg")) && Files.exists(dir.resolve("two/graph-1.svg")));
        assertEquals(List.of(), Printed.drawnBy(one, "o.backward();"), "each snippet's own");
        assertEquals(dir.resolve("two").toString(), Printed.by(two, "System.out.print(outputFolder());"));
    }

    @Test
    void whatASnippetPrintsGoesToItsOwnSessionEvenFromAThreadItStarted() {
        java.io.ByteArrayOutputStream a = new java.io.ByteArrayOutputStream(), b = new java.io.ByteArrayOutputStream();
        one.output(a, a);
        two.output(b, b);
        try {
            List<Said> byOne = Said.eval(one, "Thread t = new Thread(() -> System.out.println(\"from one's thread\")); t.start(); t.join();");
            Said.eval(two, "System.err.println(\"from two\");");
            assertEquals("from one's thread\n", a.toString());
            assertEquals("from two\n", b.toString());
            assertEquals("from one's thread\n", byOne.stream().map(s -> s.outcome().printed()).reduce("", String::concat),
                    "kept with the snippets too");
        } finally {
            one.output(null, null);
            two.output(null, null);
        }
    }

    @Test
    void whereNothingCanOpenAPictureItsAddressIsPrintedOnce() {
        one.showPictures(Context.inViewer());
        one.outputFolder(dir);
        String printed = Printed.by(one, "drawDot(o); drawDot(o);");
        assertEquals(List.of(dir.resolve("o.svg").toAbsolutePath().normalize().toUri().toString()), printed.lines().toList());
        two.outputFolder(dir);
        two.showPictures(picture -> {});                        // a replay's way: into the transcript, not the screen
        assertFalse(Printed.by(two, "drawDot(o);").contains("file:"));
    }
}
