// 06 — Pictures beyond the graph: the lecture's plots, and backpropagation one step at a time
// (replay it with: scripts/autograd replay scripts/exercises/06-pictures.jsh --html pictures.html)

// The lecture opens with a scalar function and its plot: f(x) = 3x² - 4x + 5 over xs = np.arange(-5, 5, 0.25).
double f(double x) { return 3*x*x - 4*x + 5; }
f(3.0)
// expect: 20.0
plot("f", x -> f(x), -5, 5);

// tanh squashes any number into (-1, 1): the activation of the lecture's neuron.
plot("tanh", x -> Math.tanh(x), -5, 5);

// The neuron's backward pass, one local backward at a time: the gradients fill in from o back to the inputs.
// Each picture highlights the node whose local backward just ran; the page steps through them (arrows, slider).
resetGraph("graph");
// expect: resetGraph(): All vars, initial and intermediate, have been reset. All gradients now 0
stepBackward(o);

// When the page's last step is done, the gradients are the ones backward() gives.
x1.grad
// expect: -1.5
w1.grad
// expect: 1.0

// micrograd's demo, a few steps, with its loss curve and the decision-boundary figure.
Moons data = Moons.bundled();
MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED);
TrainingPlots training = new TrainingPlots();
TrainMoons.train(model, data, 3, System.out, training);
// expect: step 0 loss 2.134595665373942, accuracy 21.0%
// expect: step 1 loss 0.6331633231411488, accuracy 78.0%
// expect: step 2 loss 2.8748117799272483, accuracy 50.0%
plot(training);
