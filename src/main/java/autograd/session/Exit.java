package autograd.session;

/**
 * What {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} become in a snippet's code (see
 * {@link ExitRewriter}): they end the snippet, not the tool, as the JDK's jshell keeps its own process alive.
 * Public because the snippets' own classes call it.
 */
public final class Exit {
    private Exit() {}

    /** An exit a snippet asked for. An Error, so a {@code catch (Exception e)} in the snippet lets it pass. */
    public static final class Requested extends Error {
        final int status;

        Requested(String call, int status) {
            super(call + "(" + status + ")", null, false, false);
            this.status = status;
        }
    }

    public static void exit(int status) { throw new Requested("System.exit", status); }

    public static void exit(Runtime runtime, int status) { throw new Requested("Runtime.exit", status); }

    public static void halt(Runtime runtime, int status) { throw new Requested("Runtime.halt", status); }
}
