package autograd.session;

import java.util.List;

/**
 * A failed cell as Jupyter's error output: a name, a value, and the lines a notebook shows — the REPL's own
 * message, caret and hints included, with no Java stack (the cell {@code /trace} prints it). The kernel sends it;
 * a notebook a replay writes keeps it.
 */
public record Failure(String name, String value, List<String> traceback) {
    public static Failure of(Result r) {
        List<String> lines = r.display().lines().toList();
        String name = switch (r.kind()) {
            case ERROR -> "CompilationError";
            case STOPPED -> "Interrupted";
            default -> "Exception";
        };
        String value = lines.stream().map(l -> l.replaceFirst("^\\|\\s*", "")).filter(l -> !l.isBlank() && !l.equals("Error:"))
                .findFirst().orElse(r.display());
        return new Failure(name, value, lines);
    }
}
