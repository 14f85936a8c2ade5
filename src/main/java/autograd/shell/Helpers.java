package autograd.shell;

/**
 * The helpers the startup script imports ({@code import static autograd.shell.Helpers.*}), so a JShell user
 * can type {@code drawDot(o)} or {@code grad(o)} as the lecture's notebook does. They work on our
 * {@code Value} and on a {@code class Value} the user typed in, alike.
 */
public final class Helpers {
    private Helpers() {}

    /** What is preloaded, in a few lines. */
    public static void help() {
        System.out.print("""
                autograd-jshell: micrograd's Value in Java. Preloaded:
                  Value x = new Value(2.0, "x");   x.add(y) x.sub(y) x.mul(y) x.div(y) x.pow(2) x.neg()
                                                   x.exp() x.log() x.tanh() x.sigmoid() x.relu()
                  Value.mul(2, x)  Value.sub(1, x)  Value.div(10, x)   a number on the left (2*x, 1-x, 10/x)
                  o.backward()  o.zeroGrad()       backpropagate; gradients accumulate until zeroed
                  x1 x2 w1 w2 x1w1 x2w2 x1w1x2w2 b n o   the lecture's neuron, o = tanh(x1*w1 + x2*w2 + b)
                  resetGraph("graph" | "gradients")      rebuild the neuron, or zero its gradients
                """);
    }
}
