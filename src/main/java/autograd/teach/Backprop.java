package autograd.teach;

import autograd.AutogradException;
import autograd.Value;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** backward() on our Value, or on a class the user typed (its own backward(), found by name). */
public final class Backprop {
    private Backprop() {}

    /** Runs root's backward; {@code helper} names the helper that asked, for the message when there is none. */
    public static void run(Object root, String helper) {
        if (root instanceof Value v) {
            v.backward();
            return;
        }
        String type = root.getClass().getSimpleName();
        try {
            Method backward = root.getClass().getDeclaredMethod("backward");
            backward.setAccessible(true);
            backward.invoke(root);
        } catch (NoSuchMethodException e) {
            throw new AutogradException(helper + " needs a backward() method on " + type
                    + ", as the lecture's Value has.");
        } catch (IllegalAccessException e) {
            throw new AutogradException(helper + " cannot call backward() on " + type + ": " + e.getMessage() + ".");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new AutogradException("backward() failed: " + e.getCause() + ".");
        }
    }
}
