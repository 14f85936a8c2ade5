package autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** A test that skips itself says why on the console, in one line. */
class SkippedSaysWhyTest {
    /** Skips itself as an end-to-end test does where a program is missing; run only through the launcher below. */
    static class SkipsItself {
        @Test void needsDot() {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no dot on the PATH");
        }
    }

    @Test
    void aSkippedTestsReasonReachesTheConsole() {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        LauncherConfig quiet = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
        LauncherFactory.create(quiet).execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(SkipsItself.class)).build(),
                new SkippedSaysWhy(new PrintStream(seen, true, StandardCharsets.UTF_8)));
        assertEquals("[SKIPPED] SkipsItself.needsDot: no dot on the PATH\n", seen.toString(StandardCharsets.UTF_8));
    }
}
