package autograd.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every ```java block of README.md, replayed with its // expect: lines checked, each in a fresh session. */
@Execution(ExecutionMode.CONCURRENT)   // each test its own session or process
class ReadmeExamplesTest {
    @TestFactory
    Stream<DynamicTest> everyJavaSampleInTheReadmeRuns() throws IOException {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("README.md")));
        List<String> blocks = new ArrayList<>();
        while (m.find()) blocks.add(m.group(1));
        assertTrue(blocks.size() >= 4, "README.md should show the engine in java blocks");
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.lines().findFirst().orElse(""), () -> {
            ScriptRun run = ScriptRun.of(Path.of("README.md"), block, new Transcript() {});
            assertEquals(List.of(), run.mismatches(), block);
            assertTrue(block.contains("// expect:"), "a README sample should show what it gives");
        }));
    }
}
