package autograd;

/** A user's misuse of the engine, in one sentence that says what to do instead. */
public class AutogradException extends RuntimeException {
    public AutogradException(String message) {
        super(message, null, false, false);   // no stack trace: the message is the whole story
    }
}
