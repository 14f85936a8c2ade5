package autograd.cli;

import autograd.AutogradException;
import autograd.draw.Picture;
import autograd.kernel.KernelCommand;
import autograd.nn.TrainMoons;
import autograd.plot.TrainingPlots;
import autograd.repl.Repl;
import autograd.repl.TerminalKeys;
import autograd.replay.Replay;
import autograd.session.Session;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The launcher's entry point: {@code scripts/autograd [COMMAND] ...}. With no command, the REPL. */
public final class Main {
    private Main() {}

    static final String USAGE = """
            usage: scripts/autograd                 the REPL, with the lecture's neuron and helpers preloaded
                   scripts/autograd --jshell        the JDK's own jshell with the same startup script
                   scripts/autograd train-moons [--steps N] [--init params.json] [--data file.csv] [--seed S] [--plot]
                                                    micrograd's demo: an MLP learns the two moons, a line a step;
                                                    --plot then draws the loss curve and the decision boundary
                   scripts/autograd replay FILE... [--check] [--html OUT.html] [--md OUT.md] [--step] [--timeout S]
                                                    replay .jsh scripts cell by cell, like a notebook
                   scripts/autograd replay NOTEBOOK.ipynb [--check] [--ipynb OUT.ipynb]
                                                    the same for a Java notebook; --ipynb writes the run as a notebook
                   scripts/autograd kernel install [--user | --sys-prefix | --prefix DIR]
                                                    the Jupyter kernel "Java (autograd-jshell)"; kernel remove undoes it
                   scripts/autograd --help          this text
            """;

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));   // also when a thread the user started is still running
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            Repl.start();
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "replay":
                return replay(Arrays.asList(rest), out);
            case "kernel":
                return KernelCommand.run(Arrays.asList(rest), out);
            case "train-moons":
                return trainMoons(rest, out);
            case "--help", "-h", "help":
                out.print(USAGE);
                return 0;
            default:
                err.println((args[0].startsWith("-") ? "Unknown option " : "Unknown command ") + args[0] + ".");
                err.print(USAGE);
                return 2;
        }
    }

    /** replay; with --step at a terminal, a key steps (q stops at once), else each line of input does. */
    static int replay(List<String> args, PrintStream out) throws IOException {
        if (!args.contains("--step") || System.console() == null) return Replay.run(args, System.in, out);
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return Replay.run(args, new TerminalKeys(terminal), out, session -> {});
        }
    }

    /** train-moons, and with {@code --plot} its two pictures afterwards, their files printed. */
    static int trainMoons(String[] args, PrintStream out) {
        if (!Arrays.asList(args).contains("--plot")) return TrainMoons.run(args, out);
        TrainingPlots plots = new TrainingPlots();
        int status = TrainMoons.run(Arrays.stream(args).filter(a -> !a.equals("--plot")).toArray(String[]::new), out, plots);
        if (status != 0) return status;
        try {
            if (plots.losses().isEmpty()) {
                out.println("No steps, so no plots.");
                return 0;
            }
            for (Picture p : plots.draw(Session.defaultOutputFolder())) out.println("wrote " + p.file());
            return 0;
        } catch (AutogradException e) {
            out.println(e.getMessage());
            return 1;
        }
    }
}
