package autograd.cli;

import autograd.AutogradException;
import autograd.kernel.JupyterKernel;
import autograd.kernel.KernelSpec;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scripts/autograd kernel install [--user | --sys-prefix | --prefix DIR]}, {@code kernel remove} (the same
 * choices), and {@code kernel run CONNECTION_FILE}, which is what Jupyter starts (kernel.json's argv).
 */
final class KernelCommand {
    static final String USAGE = """
            usage: scripts/autograd kernel install [--user | --sys-prefix | --prefix DIR]
                   scripts/autograd kernel remove [--user | --sys-prefix | --prefix DIR]
                                                    the Jupyter kernel "Java (autograd-jshell)", for you, for every
                                                    user of this Jupyter (--sys-prefix), or under DIR
                   scripts/autograd kernel run CONNECTION_FILE
                                                    what Jupyter starts (kernel.json's argv)
            """;

    private KernelCommand() {}

    /** What the command line asks: run (with Jupyter's connection file), install or remove (with where). */
    private record Request(String verb, List<String> where, Path connection) {}

    static Request parse(List<String> args) {
        if (args.isEmpty()) throw new Args.Wrong("Say what to do with the kernel.");
        List<String> rest = args.subList(1, args.size());
        String verb = args.get(0);
        switch (verb) {
            case "run" -> {
                if (rest.size() != 1 || !Files.isRegularFile(Path.of(rest.get(0))))
                    throw new Args.Wrong("kernel run needs the connection file Jupyter wrote.");
                return new Request(verb, null, Path.of(rest.get(0)));
            }
            case "install", "remove" -> {
                List<String> where = where(rest);
                if (where == null)
                    throw new Args.Wrong("kernel " + verb + " takes --user, --sys-prefix or --prefix DIR.");
                return new Request(verb, where, null);
            }
            default -> throw new Args.Wrong("Unknown kernel command '" + verb + "'.");
        }
    }

    /** Runs the subcommand; the exit status. {@code run} returns when the front end shuts the kernel down. */
    static int run(List<String> args, PrintStream out) throws Exception {
        Args.Read<Request> read = Args.read(args, KernelCommand::parse, USAGE, out);
        Request r = read.options();
        if (r == null) return read.status();
        try {
            switch (r.verb()) {
                case "run" -> JupyterKernel.serve(r.connection());
                case "install" -> {
                    String launcher = System.getenv("AUTOGRAD_LAUNCHER");
                    if (launcher == null || launcher.isBlank())
                        throw new AutogradException("Install the kernel with scripts/autograd kernel install:"
                                + " kernel.json starts the kernel through it.");
                    out.println(KernelSpec.install(Path.of(launcher), r.where()));
                    out.println("Jupyter now lists \"" + KernelSpec.DISPLAY_NAME + "\" among its kernels.");
                }
                default -> out.println(KernelSpec.remove(r.where()));
            }
            return 0;
        } catch (AutogradException e) {
            out.println(e.getMessage());
            return 1;
        }
    }

    /** {@code --user} (the default), {@code --sys-prefix} or {@code --prefix DIR}, as jupyter kernelspec takes them. */
    private static List<String> where(List<String> rest) {
        if (rest.isEmpty() || rest.equals(List.of("--user"))) return List.of("--user");
        if (rest.equals(List.of("--sys-prefix"))) return List.of("--sys-prefix");
        if (rest.size() == 2 && rest.get(0).equals("--prefix"))
            return List.of("--prefix", Path.of(rest.get(1)).toAbsolutePath().toString());
        return null;
    }
}
