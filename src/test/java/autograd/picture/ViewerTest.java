package autograd.picture;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Which program opens a picture on each system, and what is printed where none can. Isolated: it changes os.name and System.out. */
@Isolated
class ViewerTest {
    static String withOs(String os, java.util.function.Supplier<String> body) {
        String old = System.getProperty("os.name");
        System.setProperty("os.name", os);
        try {
            return body.get();
        } finally {
            System.setProperty("os.name", old);
        }
    }

    static String printedBy(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buffer.toString();
    }

    @Test
    void eachSystemHasItsOpener() {
        Path svg = Path.of("/tmp/o.svg");
        assertEquals("[open, /tmp/o.svg]", withOs("Mac OS X", () -> String.valueOf(Viewer.command(svg))));
        assertEquals("[rundll32, url.dll,FileProtocolHandler, /tmp/o.svg]",
                withOs("Windows 11", () -> String.valueOf(Viewer.command(svg))));
    }

    @Test
    void aLinuxBoxWithoutADisplayOpensNothing() {
        assumeTrue(System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null, "this machine has a display");
        assertNull(withOs("Linux", () -> Viewer.command(Path.of("/tmp/o.svg")) == null ? null : "opened"));
    }

    @Test
    void whereNothingCanOpenItOpenSaysSoAndPrintsNothing() {
        assumeTrue(!Viewer.enabled() || Viewer.command(Path.of("x.svg")) == null, "a viewer would open");
        Path file = Path.of("target", "viewer-test-" + System.nanoTime() + ".svg");
        assertEquals("", printedBy(() -> assertFalse(Viewer.open(file))));   // the session decides what to say
    }
}
