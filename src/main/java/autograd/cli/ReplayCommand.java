package autograd.cli;

import autograd.repl.TerminalKeys;
import autograd.replay.Keys;
import autograd.replay.Replay;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** {@code scripts/autograd replay FILE...}: the command line of {@link Replay}. */
public final class ReplayCommand {
    private ReplayCommand() {}

    public static final String USAGE = """
            usage: scripts/autograd replay FILE... [--check] [--step] [--timeout S] [--total-timeout S]
                                                    [--html OUT.html] [--md OUT.md] [--ipynb OUT.ipynb]
                   FILE is a .jsh script or a Java notebook (.ipynb): replayed cell by cell, like a notebook;
                   --check reports unmet expectations, --step waits for a key before each cell,
                   --timeout limits each cell (default 180 s, 0: none), --total-timeout all the cells
                   together (default 1800 s, 0: none)
            """;

    /** The options the arguments give; a {@link Args.Wrong} for a line it cannot take; null for --help. */
    static Replay.Options parse(List<String> argv) {
        Args args = new Args(argv);
        List<Path> scripts = new ArrayList<>();
        boolean check = false, step = false;
        Path html = null, md = null, ipynb = null;
        Duration timeout = Replay.DEFAULT_TIMEOUT, total = Replay.DEFAULT_TOTAL;
        while (args.more()) {
            String a = args.next();
            switch (a) {
                case "--check" -> check = true;
                case "--step" -> step = true;
                case "--html" -> html = Path.of(args.valueOf(a, "a file name"));
                case "--md" -> md = Path.of(args.valueOf(a, "a file name"));
                case "--ipynb" -> ipynb = Path.of(args.valueOf(a, "a file name"));
                case "--timeout" -> timeout = seconds(a, args.valueOf(a, "a number of seconds (0: no limit)"));
                case "--total-timeout" -> total = seconds(a, args.valueOf(a, "a number of seconds (0: no limit)"));
                case "--help", "-h" -> { return null; }
                default -> {
                    if (a.startsWith("--")) throw new Args.Wrong("Unknown option '" + a + "'.");
                    scripts.add(Path.of(a));
                }
            }
        }
        if (scripts.isEmpty()) throw new Args.Wrong("Name at least one script to replay.");
        return new Replay.Options(List.copyOf(scripts), check, html, md, ipynb, step, timeout, total);
    }

    private static Duration seconds(String option, String text) {
        try {
            double sec = Double.parseDouble(text);
            if (!(sec >= 0) || Double.isInfinite(sec)) throw new NumberFormatException();
            return sec == 0 ? null : Duration.ofMillis(Math.round(sec * 1000));
        } catch (NumberFormatException e) {
            throw new Args.Wrong(option + " needs a number of seconds (0: no limit), not '" + text + "'.");
        }
    }

    /**
     * Replays as the arguments say; {@code --step} reads a key at a time at a terminal, else a line of {@code in} each.
     */
    public static int run(List<String> argv, InputStream in, PrintStream out) {
        Args.Read<Replay.Options> read = Args.read(argv, ReplayCommand::parse, USAGE, out);
        Replay.Options options = read.options();
        if (options == null) return read.status();
        if (!options.step() || System.console() == null || in != System.in)
            return Replay.run(options, Keys.lines(in), out, s -> {});
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return Replay.run(options, new TerminalKeys(terminal), out, s -> {});
        } catch (IOException e) {                                  // no terminal after all: a line of input each
            return Replay.run(options, Keys.lines(in), out, s -> {});
        }
    }
}
