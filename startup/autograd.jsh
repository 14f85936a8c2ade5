// autograd-jshell: micrograd's Value in Java, preloaded for the lecture's cells.
// Use it with:  jshell --class-path <classpath> --startup DEFAULT --startup startup/autograd.jsh
// (scripts/autograd does all of this for you). Type help() for the helpers.

// On-demand imports on purpose: a `class Value` you type yourself then shadows ours, as in the notebook.
import autograd.*;
import autograd.nn.*;
import autograd.plot.*;
import static autograd.session.Helpers.*;

// The first document's neuron: o = tanh(x1*w1 + x2*w2 + b)
Value x1, x2, w1, w2, x1w1, x2w2, x1w1x2w2, b, n, o;

void buildNeuron() {
    x1 = new Value(2.0, "x1"); x2 = new Value(0.0, "x2");
    w1 = new Value(-3.0, "w1"); w2 = new Value(1.0, "w2");
    x1w1 = x1.mul(w1); x1w1.label = "x1*w1"; x2w2 = x2.mul(w2); x2w2.label = "x2*w2";
    x1w1x2w2 = x1w1.add(x2w2); x1w1x2w2.label = "x1*w1 + x2*w2";
    b = new Value(6.8813735870195432, "b");    // chosen so that tanh's local derivative is a nice 0.5
    n = x1w1x2w2.add(b); n.label = "n";
    o = n.tanh(); o.label = "o";
}

/** The document's reset_graph: "graph" rebuilds the neuron, "gradients" zeroes its ten gradients. */
void resetGraph(String level) {
    if ("gradients".equals(level)) {
        x1.grad = x2.grad = w1.grad = w2.grad = x1w1.grad = x2w2.grad = x1w1x2w2.grad = b.grad = n.grad = o.grad = 0;
        System.out.println("resetGraph(): All gradients have been reset to 0");
    } else if ("graph".equals(level)) {
        buildNeuron();
        System.out.println("resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0");
    } else {
        System.out.println("resetGraph(): please specify the level of reset desired \"gradients\" or \"graph\"");
    }
}

buildNeuron();
