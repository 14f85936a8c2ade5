package autograd.it;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Debian's Jupyter clients for the kernel's end-to-end tests, and our kernelspec installed for them under
 * {@code target/jupyter-it} (found through {@code JUPYTER_PATH}), never in the user's home. {@code .ci/run} installs
 * the clients; where they are missing the tests skip and say which.
 */
public final class Jupyter {
    public static final Path PREFIX = Path.of("target", "jupyter-it").toAbsolutePath();
    public static final String PATH = "JUPYTER_PATH='" + PREFIX.resolve("share/jupyter") + "' ";
    /** The Python that runs the jupyter command (Debian's, not a pyenv shim's that lacks its modules). */
    public static final String PYTHON = "\"$(sed -n '1s/^#! *//p' \"$(command -v jupyter)\" | cut -d' ' -f1)\"";

    private Jupyter() {}

    private static String missing;
    private static boolean installed;

    /** Why the tests cannot run here, or null when jupyter, nbconvert, nbclient and jupyter_client are all there. */
    public static synchronized String missing() throws Exception {
        if (missing == null) {
            Processes.Run run = Processes.bash("command -v jupyter >/dev/null || { echo 'no jupyter command'; exit 1; }; "
                    + PYTHON + " -c 'import jupyter_client, nbclient, nbconvert' 2>&1 | tail -1", "", 60);
            missing = run.status() == 0 && run.output().isBlank() ? "" : "Jupyter's clients are missing (" + run.output().strip()
                    + "): apt-get install jupyter-client jupyter-nbconvert python3-nbclient, as .ci/run does";
        }
        return missing.isEmpty() ? null : missing;
    }

    /**
     * Runs one of the kernel's client scripts ({@code src/test/python/NAME.py}) against the installed kernel; what it
     * reports it saw, as JSON.
     */
    public static JsonObject report(String script) throws Exception {
        Path seen = Files.createTempFile(script, ".json");
        try {
            Processes.Run run = Processes.bash(PATH + PYTHON + " src/test/python/" + script + ".py autograd '" + seen + "'",
                    "", 300);
            assertEquals(0, run.status(), run.output());
            return JsonParser.parseString(Files.readString(seen)).getAsJsonObject();
        } finally {
            Files.deleteIfExists(seen);
        }
    }

    /** Installs the kernelspec once for the test run, through the launcher as a user would. */
    public static synchronized void install() throws Exception {
        if (installed) return;
        Processes.Run run = Processes.bash("scripts/autograd kernel install --prefix '" + PREFIX + "'", "", 600);
        assertEquals(0, run.status(), run.output());
        installed = true;
    }
}
