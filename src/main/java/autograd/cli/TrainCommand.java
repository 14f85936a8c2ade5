package autograd.cli;

import autograd.AutogradException;
import autograd.nn.TrainMoons;
import autograd.picture.OutputTarget;
import autograd.picture.Picture;
import autograd.plot.TrainingPlots;
import autograd.session.Session;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code scripts/autograd train-moons}: the command line of {@link TrainMoons}, and {@code --plot}'s two pictures. */
public final class TrainCommand {
    private TrainCommand() {}

    public static final String USAGE = """
            usage: scripts/autograd train-moons [--steps N] [--init params.json] [--data file.csv] [--seed S] [--plot]
                   micrograd's demo: an MLP learns the two moons, a line a step (100 steps unless told);
                   --plot then draws the loss curve and the decision boundary
            """;

    /** What the arguments ask for; null for --help. */
    record Request(TrainMoons.Options options, boolean plot) {}

    static Request parse(List<String> argv) {
        Args args = new Args(argv);
        int steps = TrainMoons.Options.DEMO_STEPS;
        Long seed = null;
        Path init = null, data = null;
        boolean plot = false;
        while (args.more()) {
            String a = args.next();
            switch (a) {
                case "--help", "-h" -> { return null; }
                case "--plot" -> plot = true;
                case "--steps" -> steps = args.count(a, args.valueOf(a, "a value"));
                case "--seed" -> seed = args.number(a, args.valueOf(a, "a value"));
                case "--init" -> init = Path.of(args.valueOf(a, "a value"));
                case "--data" -> data = Path.of(args.valueOf(a, "a value"));
                default -> throw new Args.Wrong("Unknown option '" + a + "'.");
            }
        }
        return new Request(new TrainMoons.Options(steps, init, data, seed), plot);
    }

    /** Trains as the arguments say; with {@code --plot}, draws its two pictures afterwards and prints their files. */
    public static int run(List<String> argv, PrintStream out) {
        Args.Read<Request> read = Args.read(argv, TrainCommand::parse, USAGE, out);
        Request r = read.options();
        if (r == null) return read.status();
        Path pictures = Session.defaultOutputFolder().resolve("plots");
        String refused = r.plot() ? OutputTarget.folderProblem(pictures) : null;
        if (refused != null) {                                   // said now, not after the training
            out.println("Cannot draw the plots: " + refused + "; set another folder with AUTOGRAD_OUT.");
            return 2;
        }
        TrainingPlots plots = r.plot() ? new TrainingPlots() : null;
        int status = TrainMoons.run(r.options(), out, plots);
        if (status != 0 || plots == null) return status;
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
