package autograd.kernel;

import autograd.AutogradException;
import autograd.picture.OutputFile;
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
 * removed with Jupyter's own {@code jupyter kernelspec}, for the user ({@code --user}, the default), for every user
 * of the machine ({@code --sys-prefix}: Jupyter's own prefix, {@code /usr/share/jupyter/kernels/autograd} for
 * Debian's) or under a prefix ({@code --prefix DIR}: {@code DIR/share/jupyter/kernels/autograd}, found with
 * {@code JUPYTER_PATH=DIR/share/jupyter}; what tests use, so they never touch the user's home). The user's kernelspec
 * starts the checkout's launcher; the other two hold a copy of everything the kernel runs ({@link SharedKernel}).
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
        return json(List.of(launcher.toAbsolutePath().normalize().toString(), "kernel", "run", "{connection_file}"),
                Map.of());
    }

    /** kernel.json with this argv, and env (may be empty) added to the kernel's environment. */
    static String json(List<String> argv, Map<String, String> env) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        if (!env.isEmpty()) spec.put("env", env);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n";
    }

    /**
     * Installs the kernelspec; {@code where} is {@code --user}, {@code --sys-prefix} or {@code --prefix DIR}. Returns
     * what Jupyter said.
     */
    public static String install(Path launcher, List<String> where) {
        try {
            Path folder = Files.createTempDirectory("autograd-kernelspec-").resolve(NAME);
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("kernel.json"), json(launcher));
            boolean shared = !where.get(0).equals("--user");
            if (shared) SharedKernel.stage(folder, launcher);
            List<String> command = new ArrayList<>(List.of("jupyter", "kernelspec", "install", "--replace", "--name",
                    NAME));
            command.addAll(where);
            command.add(folder.toString());
            String said = jupyter(command, null).lines()
                    // under a prefix: we say how it is found
                    .filter(l -> !l.contains("The kernelspec may not be found"))
                    .map(l -> l.replaceFirst("^\\[InstallKernelSpec\\] ", ""))
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            if (shared) SharedKernel.finish(installedIn(said));
            if (where.get(0).equals("--prefix"))
                said += "\nJupyter finds it with JUPYTER_PATH=" + Path.of(where.get(1)).resolve("share/jupyter")
                        + " in its environment.";
            OutputFile.deleteTree(folder.getParent());
            return said;
        } catch (IOException e) {
            throw new AutogradException("Could not write the kernelspec: " + e.getMessage() + ".");
        }
    }

    /** The folder Jupyter says it installed the kernelspec in: "Installed kernelspec autograd in DIR". */
    private static Path installedIn(String said) {
        return said.lines().filter(l -> l.startsWith("Installed kernelspec " + NAME + " in ")).findFirst()
                .map(l -> Path.of(l.substring(("Installed kernelspec " + NAME + " in ").length()).strip()))
                .orElseThrow(() -> new AutogradException("jupyter kernelspec did not say where it installed the"
                        + " kernel: " + said));
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
