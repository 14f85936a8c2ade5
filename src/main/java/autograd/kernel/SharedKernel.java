package autograd.kernel;

import autograd.AutogradException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A kernelspec folder that holds everything the kernel runs, for an install every user of the machine starts
 * ({@code --sys-prefix}, {@code --prefix DIR}): the jars, V8's library, the kernel's launcher
 * ({@code scripts/autograd-kernel}) and a start-up archive, all readable by everyone, nothing pointing into the
 * installer's home (a student cannot read {@code /root/.m2}) or the checkout. {@code jupyter kernelspec remove}
 * takes it all away.
 */
final class SharedKernel {
    static final String LAUNCHER = "autograd-kernel";

    /** What the archive's training runs: a drawing with its PNG, ZeroMQ and gson (the kernel's own), a plot. */
    private static final String TRAINING = """
            autograd.picture.Mime.of(new autograd.picture.Picture(drawDot(o)));
            ((AutoCloseable) Class.forName("org.zeromq.ZContext").getConstructor().newInstance()).close();
            Object gson = Class.forName("com.google.gson.Gson").getConstructor().newInstance();
            gson.getClass().getMethod("toJson", Object.class).invoke(gson, List.of(1));
            o.backward();
            drawDot(o);
            plot(x -> x, 0, 1);
            /exit
            """;

    private SharedKernel() {}

    /**
     * Fills folder (the kernelspec folder before Jupyter copies it) with the kernel's launcher, jars and V8's library.
     */
    static void stage(Path folder, Path launcher) throws IOException {
        Path script = launcher.toAbsolutePath().resolveSibling(LAUNCHER);
        if (!Files.isRegularFile(script)) throw new AutogradException("The kernel's launcher " + script
                + " is missing: install from a checkout of autograd-jshell.");
        Files.copy(script, folder.resolve(LAUNCHER));
        Path lib = Files.createDirectories(folder.resolve("lib"));
        for (Path jar : classPath()) {
            Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            try (JarFile j = new JarFile(jar.toFile())) {
                // J2V8 loads it from java.library.path first
                var so = j.getJarEntry("libj2v8_linux_x86_64.so");
                if (so != null) try (InputStream in = j.getInputStream(so)) {
                    Files.copy(in, Files.createDirectories(folder.resolve("native")).resolve(so.getName()));
                }
            }
        }
    }

    /**
     * Finishes the folder where Jupyter installed it: kernel.json with its absolute paths, the class path, the start-up
     * archive (a short session, made with the JVM that runs this, which the kernel then uses too), modes for everyone.
     */
    static void finish(Path installed) throws IOException {
        Path folder = installed.toAbsolutePath().normalize();
        List<String> jars = new ArrayList<>();
        for (Path jar : classPath()) jars.add(folder.resolve("lib").resolve(jar.getFileName()).toString());
        Files.writeString(folder.resolve("classpath"), String.join(File.pathSeparator, jars) + "\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AUTOGRAD_JAVA", java);
        Files.writeString(folder.resolve("kernel.json"),
                KernelSpec.json(List.of(folder.resolve(LAUNCHER).toString(), "{connection_file}"), env));
        train(folder, java, String.join(File.pathSeparator, jars));
        readableByAll(folder);
    }

    private static void train(Path folder, String java, String classPath) throws IOException {
        Path scratch = Files.createTempDirectory("autograd-kernel-training-");
        Path archive = folder.resolve("autograd.jsa"), fresh = folder.resolve("autograd.jsa.tmp");
        List<String> command = new ArrayList<>(List.of(java, "-XX:-PrintWarnings", "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:ArchiveClassesAtExit=" + fresh, "-Djava.library.path=" + folder.resolve("native"),
                "-Dautograd.history=" + scratch.resolve("history"), "-cp", classPath, "autograd.cli.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("AUTOGRAD_OPEN", "0");
        builder.environment().put("AUTOGRAD_OUT", scratch.resolve("graphs").toString());
        try {
            Process p = builder.start();
            p.getOutputStream().write(TRAINING.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(300, TimeUnit.SECONDS)) p.destroyForcibly();
            if (Files.size(fresh) > 0) Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | InterruptedException e) {
            // no archive: the kernel starts without one, a few seconds slower
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
        } finally {
            Files.deleteIfExists(fresh);
            autograd.picture.OutputFile.deleteTree(scratch);
        }
    }

    /** Folders and the launcher rwxr-xr-x, files rw-r--r--, whatever the installer's umask. */
    private static void readableByAll(Path folder) throws IOException {
        Set<PosixFilePermission> exec = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                        PosixFilePermission.OTHERS_EXECUTE);
        Set<PosixFilePermission> read = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.collect(Collectors.toList()))
                Files.setPosixFilePermissions(p, Files.isDirectory(p) || p.getFileName().toString().equals(LAUNCHER)
                        ? exec : read);
        }
    }

    /** The jars this JVM runs from: the launcher starts it with the project's jar and its run-time dependencies. */
    private static List<Path> classPath() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator))
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) jars.add(Path.of(entry));
        if (jars.isEmpty()) throw new AutogradException("Install the kernel with scripts/autograd kernel install:"
                + " it copies the jars the launcher runs from.");
        return jars;
    }
}
