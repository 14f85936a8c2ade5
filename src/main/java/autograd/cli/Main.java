package autograd.cli;

import autograd.repl.Repl;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's entry point, {@code scripts/autograd [COMMAND] ...}, and the only place that reads a command line:
 * each command's arguments become typed options here, and the command runs with them. With no command, the REPL.
 */
public final class Main {
    private Main() {}

    static final String USAGE = """
            usage: scripts/autograd                 the REPL, with the lecture's neuron and helpers preloaded
                   scripts/autograd --no-operators [COMMAND ...]
                                                    as typed, without the lecture's operators on Values (a*b + c)
                   scripts/autograd --jshell        the JDK's own jshell with the same startup script
                   scripts/autograd --help          this text
            """;

    /** The whole help: the launcher's own lines, then each command's usage. */
    static String help() {
        return USAGE + ReplayCommand.USAGE + TrainCommand.USAGE + KernelCommand.USAGE;
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            status = run(args, System.out, System.err);
        } catch (Throwable unexpected) {
            unexpected.printStackTrace();
        } finally {
            System.exit(status);   // also when a thread is still running: the user's, or a kernel's channel that bound
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length > 0 && args[0].equals("--no-operators")) {
            System.setProperty("autograd.operators", "false");   // read as the first session starts
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length == 0) {
            Repl.start();
            return 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "replay":
                return ReplayCommand.run(rest, System.in, out);
            case "kernel":
                return KernelCommand.run(rest, out);
            case "train-moons":
                return TrainCommand.run(rest, out);
            case "--help", "-h", "help":
                out.print(help());
                return 0;
            default:
                err.println((args[0].startsWith("-") ? "Unknown option " : "Unknown command ") + args[0] + ".");
                err.print(help());
                return 2;
        }
    }
}
