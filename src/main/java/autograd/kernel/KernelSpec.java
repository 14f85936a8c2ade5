package autograd.kernel;

import autograd.AutogradException;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The kernelspec Jupyter finds the kernel by: a folder {@code autograd} holding {@code kernel.json}, installed and
 * removed with Jupyter's own {@code jupyter kernelspec}, for the user ({@code --user}, the default) or under a
 * prefix ({@code --prefix DIR}: {@code DIR/share/jupyter/kernels/autograd}, found with
 * {@code JUPYTER_PATH=DIR/share/jupyter}; what tests use, so they never touch the user's home).
 */
public final class KernelSpec {
    public static final String NAME = "autograd", DISPLAY_NAME = "Java (autograd-jshell)";

    private KernelSpec() {}

    /**
     * kernel.json: the launcher by its absolute path (some front ends substitute nothing but the connection file),
     * so the kernel starts with the launcher's JVM set-up and builds first if a source changed; interrupts as messages,
     * since Jupyter's default SIGINT ends a JVM.
     */
    static String json(Path launcher) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", List.of(launcher.toAbsolutePath().normalize().toString(), "kernel", "run",
                "{connection_file}"));
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /** Installs the kernelspec; {@code where} is {@code --user} or {@code --prefix DIR}. Returns what Jupyter said. */
    public static String install(Path launcher, List<String> where) {
        try {
            Path folder = Files.createTempDirectory("autograd-kernelspec-").resolve(NAME);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("kernel.json"), json(launcher));
            List<String> command = new ArrayList<>(List.of("jupyter", "kernelspec", "install", "--replace", "--name",
                    NAME));
            command.addAll(where);
            command.add(folder.toString());
            String said = jupyter(command, null).lines()
                    // under a prefix: we say how it is found
                    .filter(l -> !l.contains("The kernelspec may not be found"))
                    .map(l -> l.replaceFirst("^\\[InstallKernelSpec\\] ", ""))
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            if (where.get(0).equals("--prefix"))
                said += "\nJupyter finds it with JUPYTER_PATH=" + Path.of(where.get(1)).resolve("share/jupyter")
                        + " in its environment.";
            Files.delete(folder.resolve("kernel.json"));
            Files.delete(folder);
            Files.delete(folder.getParent());
            return said;
        } catch (IOException e) {
            throw new AutogradException("Could not write the kernelspec: " + e.getMessage() + ".");
        }
    }

    /** Removes the kernelspec; under {@code --prefix DIR}, the one there. */
    public static String remove(List<String> where) {
        String jupyterPath = where.size() == 2 ? Path.of(where.get(1)).toAbsolutePath().resolve("share/jupyter")
                .toString() : null;
        return jupyter(List.of("jupyter", "kernelspec", "remove", "-y", NAME), jupyterPath);
    }

    private static String jupyter(List<String> command, String jupyterPath) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (jupyterPath != null) {
            String old = System.getenv("JUPYTER_PATH");
            builder.environment().put("JUPYTER_PATH", old == null || old.isBlank() ? jupyterPath : jupyterPath
                    + java.io.File.pathSeparator + old);
        }
        try {
            Process p = builder.start();
            p.getOutputStream().close();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            if (p.exitValue() != 0) throw new AutogradException("jupyter kernelspec failed: " + said.lines()
                    .reduce((a, b) -> b).orElse("(no message)"));
            return said;
        } catch (IOException e) {
            throw new AutogradException("Jupyter is not installed here (no jupyter command on the PATH): install it"
                    + " (pip install notebook, or apt-get install jupyter-notebook) and run this again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogradException("Interrupted while jupyter kernelspec ran.");
        }
    }
}
