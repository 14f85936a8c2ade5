package autograd.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** kernel.json as Jupyter reads it: the launcher by its absolute path, interrupts as messages. */
class KernelSpecTest {
    @Test
    void kernelJsonStartsTheLauncherByItsAbsolutePath() {
        JsonObject spec = JsonParser.parseString(KernelSpec.json(Path.of("scripts/../scripts/autograd"))).getAsJsonObject();
        String launcher = Path.of("scripts/autograd").toAbsolutePath().normalize().toString();
        assertEquals("[\"" + launcher + "\",\"kernel\",\"run\",\"{connection_file}\"]", spec.get("argv").toString());
        assertEquals("Java (autograd-jshell)", spec.get("display_name").getAsString());
        assertEquals("java", spec.get("language").getAsString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());   // Jupyter's default SIGINT would end the JVM
    }

    @Test
    void aKernelForEveryUserStartsItsOwnLauncherWithTheInstallersJava() {
        JsonObject spec = JsonParser.parseString(KernelSpec.json(List.of("/usr/share/jupyter/kernels/autograd/autograd-kernel", "{connection_file}"),
                Map.of("AUTOGRAD_JAVA", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"))).getAsJsonObject();
        assertEquals("[\"/usr/share/jupyter/kernels/autograd/autograd-kernel\",\"{connection_file}\"]", spec.get("argv").toString());
        assertEquals("{\"AUTOGRAD_JAVA\":\"/usr/lib/jvm/java-17-openjdk-amd64/bin/java\"}", spec.get("env").toString());
        assertEquals("message", spec.get("interrupt_mode").getAsString());
    }
}
