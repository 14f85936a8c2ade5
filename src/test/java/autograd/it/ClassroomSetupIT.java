package autograd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-ups this machine cannot run whole (no Docker, no repo2docker), run as far as they go: Binder's
 * {@code binder/postBuild} (which the Docker image runs too, as {@code classroom/install-kernel}) in a clean copy of the
 * project, with a Jupyter of its own whose {@code --sys-prefix} is a temporary folder; then, with the copy and the
 * Maven cache out of reach, the first document's notebook through the installed kernel as {@code nobody}, as a student
 * who cannot read the installer's home. And the image's start hook, and the package names the images and the README install.
 */
class ClassroomSetupIT {
    @TempDir Path dir;

    @Test
    void binderPostBuildInstallsAKernelEveryUserRunsWithoutTheCheckout() throws Exception {
        String missing = Jupyter.missing();
        assumeTrue(missing == null, missing);
        assumeTrue(Processes.bash("[ \"$(id -u)\" = 0 ] && command -v runuser && git rev-parse --show-toplevel", "", 30).status() == 0,
                "needs root (to run the notebook as nobody), runuser and a git checkout");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path copy = dir.resolve("repo"), env = dir.resolve("env"), home = dir.resolve("home");
        Processes.Run made = Processes.bash(String.join("\n",
                "set -e",
                "mkdir -p '" + copy + "' '" + home + "/.m2'",
                "git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t '" + copy + "'",
                // the Maven cache this build already filled, offline: the copy builds without the network
                "printf '<settings><localRepository>%s</localRepository><offline>true</offline></settings>' \"$HOME/.m2/repository\" > '" + home + "/.m2/settings.xml'",
                // a Jupyter whose sys.prefix is ours, as Binder's conda environment is its user's
                "/usr/bin/python3 -m venv --without-pip --system-site-packages '" + env + "'",
                // (jupyter runs jupyter-kernelspec from its own folder first: that one must be ours too)
                "printf '#!%s\\nimport sys\\nfrom jupyter_core.command import main\\nsys.exit(main())\\n' '" + env + "/bin/python3' > '" + env + "/bin/jupyter'",
                "printf '#!%s\\nfrom jupyter_client.kernelspecapp import KernelSpecApp\\nKernelSpecApp.launch_instance()\\n' '" + env + "/bin/python3' > '" + env + "/bin/jupyter-kernelspec'",
                "chmod +x '" + env + "/bin/jupyter' '" + env + "/bin/jupyter-kernelspec'"), "", 120);
        assertEquals(0, made.status(), made.output());

        Processes.Run postBuild = Processes.bash("cd '" + copy + "' && HOME='" + home + "' PATH='" + env + "/bin':\"$PATH\" binder/postBuild", "", 900);
        assertEquals(0, postBuild.status(), postBuild.output());
        Path kernel = env.resolve("share/jupyter/kernels/autograd");
        JsonObject spec = JsonParser.parseString(Files.readString(kernel.resolve("kernel.json"))).getAsJsonObject();
        assertEquals("[\"" + kernel.resolve("autograd-kernel") + "\",\"{connection_file}\"]", spec.get("argv").toString());
        for (String jar : Files.readString(kernel.resolve("classpath")).strip().split(":"))
            assertTrue(jar.startsWith(kernel.resolve("lib") + "/") && Files.isRegularFile(Path.of(jar)), jar);
        assertTrue(Files.isRegularFile(kernel.resolve("autograd.jsa")), "no start-up archive");
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(kernel.resolve("autograd-kernel"))));

        // the checkout and the installer's Maven cache gone: what a student runs is the kernelspec folder alone
        Processes.Run student = Processes.bash(String.join("\n",
                "set -e",
                "rm -rf '" + copy + "' '" + home + "'",
                "mkdir -p '" + dir + "/nobody' '" + dir + "/in'",
                "cp scripts/exercises/01-neuron.ipynb '" + dir + "/in/'",
                "chmod -R a+rX '" + dir + "/in'",
                "chown nobody '" + dir + "/nobody'",
                "runuser -u nobody -- env HOME='" + dir + "/nobody' JUPYTER_PATH='" + env + "/share/jupyter' PATH=/usr/bin:/bin "
                        + "jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 --output-dir '" + dir + "/nobody' '"
                        + dir + "/in/01-neuron.ipynb'"), "", 600);
        assertEquals(0, student.status(), student.output());
        JsonObject ran = JsonParser.parseString(Files.readString(dir.resolve("nobody/01-neuron.ipynb"))).getAsJsonObject();
        int pictures = 0;
        for (JsonElement cell : ran.getAsJsonArray("cells")) {
            if (!cell.getAsJsonObject().has("outputs")) continue;
            for (JsonElement out : cell.getAsJsonObject().getAsJsonArray("outputs")) {
                assertFalse(out.getAsJsonObject().get("output_type").getAsString().equals("error"), out.toString());
                if (out.toString().contains("\"image/png\"")) pictures++;
            }
        }
        assertEquals(2, pictures, "drawDot's two pictures, each with its PNG");
    }

    /** scripts/autograd-kernel with a stand-in for java that shows what it was given. */
    @Test
    void theKernelsJvmIsSizedByTheStudentsLimits() throws Exception {
        Path java = Files.writeString(dir.resolve("java"), "#!/bin/bash\necho \"umask $(umask) $*\"\n");
        java.toFile().setExecutable(true);
        String kernel = "AUTOGRAD_JAVA='" + java + "' AUTOGRAD_CLASSPATH=app.jar scripts/autograd-kernel conn.json";
        String hub = Processes.bash("MEM_LIMIT=1073741824 CPU_LIMIT=1.5 " + kernel, "", 30).output();   // JupyterHub's Spawner.mem_limit = 1G
        assertTrue(hub.startsWith("umask 0077 "), hub);
        for (String option : new String[] {"-Xmx409m", "-XX:ActiveProcessorCount=2", "-XX:+UseSerialGC", "-XX:MaxHeapFreeRatio=30",
                "-cp app.jar autograd.cli.Main kernel run conn.json"})
            assertTrue(hub.contains(option), option + " in " + hub);
        assertTrue(Processes.bash(kernel, "", 30).output().contains(" -Xmx512m "), "without a hub's limit");
        assertTrue(Processes.bash("AUTOGRAD_KERNEL_HEAP=300m MEM_LIMIT=1073741824 " + kernel, "", 30).output().contains(" -Xmx300m "));
    }

    @Test
    void theImagesStartHookCopiesTheExercisesNeverOverAStudentsNotebook() throws Exception {
        Path to = dir.resolve("home/autograd-lecture");
        String copy = "classroom/copy-exercises scripts/exercises '" + to + "'";
        assertEquals(0, Processes.bash(copy, "", 30).status());
        Files.writeString(to.resolve("01-neuron.ipynb"), "mine");
        Files.delete(to.resolve("02-node-used-twice.ipynb"));
        assertEquals(0, Processes.bash(copy, "", 30).status());
        assertEquals("mine", Files.readString(to.resolve("01-neuron.ipynb")), "a student's notebook was overwritten");
        assertEquals(Files.readString(Path.of("scripts/exercises/02-node-used-twice.ipynb")), Files.readString(to.resolve("02-node-used-twice.ipynb")));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(to)));
    }

    @Test
    void theImagesInstallPackagesAptKnows() throws Exception {
        assumeTrue(Processes.bash("command -v apt-cache", "", 10).status() == 0, "no apt-cache here");
        List<String> names = Files.readAllLines(Path.of("binder/apt.txt"));
        String docker = Files.readString(Path.of("classroom/Dockerfile"));
        String readme = Readme.line("apt-get install -y --no-install-recommends jupyterhub");   // the README's, for one machine
        for (String name : names) {
            assertTrue(docker.contains(" " + name + " ") || docker.contains(" " + name + "\n"), "the Dockerfile does not install " + name);
            assertTrue(readme.contains(" " + name), "the README's class does not install " + name);
        }
        for (String name : readme.replace("apt-get install -y --no-install-recommends", "").trim().split("\\s+")) {
            Processes.Run known = Processes.bash("apt-cache show '" + name + "' >/dev/null", "", 60);
            assertEquals(0, known.status(), name + " is not a Debian package: " + known.output());
        }
    }
}
