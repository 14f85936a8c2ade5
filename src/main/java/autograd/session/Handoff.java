package autograd.session;

/**
 * How a command's snippet hands an object to its session (see {@link Session#object(String)}): plumbing, not a helper.
 */
public final class Handoff {
    private Handoff() {}

    public static void give(Object value) { Context.current().hand(value); }
}
