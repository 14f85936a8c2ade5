package autograd.replay;

import autograd.cli.ReplayCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exercise script replays with its expectations met, so the documents' numbers cannot drift; and the notebook
 * shipped beside it is what {@code replay SCRIPT --ipynb} makes of it now (pictures aside, which depend on the
 * Graphviz engine), so the notebooks cannot drift from the scripts either.
 */
@Execution(ExecutionMode.CONCURRENT)   // each test its own session or process
class ReplayExercisesTest {
    static final Path EXERCISES = Path.of("scripts", "exercises");

    @TestFactory
    Stream<DynamicTest> everyExerciseMeetsItsExpectations() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(EXERCISES)) {
            scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no scripts in " + EXERCISES.toAbsolutePath());
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Path fresh = Files.createTempFile("exercise", ".ipynb");
            try {
                int status = ReplayCommand.run(List.of(script.toString(), "--check", "--ipynb", fresh.toString()),
                        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8));
                assertEquals(0, status, out.toString(StandardCharsets.UTF_8));
                Path shipped = Path.of(script.toString().replaceFirst("\\.jsh$", ".ipynb"));
                assertTrue(Files.exists(shipped), shipped + " is missing: make it with scripts/autograd replay " + script + " --ipynb " + shipped);
                assertEquals(NotebookJson.normalised(Files.readString(shipped)), NotebookJson.normalised(Files.readString(fresh)),
                        shipped + " has drifted from " + script + ": make it again with scripts/autograd replay " + script + " --ipynb " + shipped);
            } finally {
                Files.deleteIfExists(fresh);
            }
        }));
    }
}
