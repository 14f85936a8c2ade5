// 03 — A small MLP trained on four examples (the lecture's last part, with autograd.nn)
// The lecture's numbers come from Python's random weights; ours come from java.util.Random(1337), so the
// expect lines below hold this engine's numbers, except the lecture's 41 parameters and its targets.

// A neuron sees three inputs; the MLP is two hidden layers of 4 neurons and one output: MLP(3, [4, 4, 1]).
MLP n = new MLP(3, List.of(4, 4, 1));
n.call(2.0, 3.0, -1.0)
// expect: Value(data=-0.8980890187149216)

// 4*3 + 4 biases, 4*4 + 4, 4 + 1: the lecture's 41 parameters.
n.parameters().size()
// expect: 41

// The tiny data set: four inputs, and the output we want for each.
double[][] xs = {
    {2.0, 3.0, -1.0},
    {3.0, -1.0, 0.5},
    {0.5, 1.0, 1.0},
    {1.0, 1.0, -1.0},
};
double[] ys = {1.0, -1.0, -1.0, 1.0};   // desired targets

// The loss: sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred)). Gradient descent, step by step: forward,
// zero the gradients (they accumulate!), backward, then nudge every parameter against its gradient.
Value loss = null;
for (int k = 0; k < 20; k++) {
    List<Value> ypred = new ArrayList<>();
    for (double[] x : xs) ypred.add(n.call(x));          // forward pass
    loss = SquaredError.of(ypred, ys);
    n.zeroGrad();                                         // backward pass
    loss.backward();
    for (Value p : n.parameters()) p.data += -0.1 * p.grad;   // update
    System.out.println(k + " " + loss.data);
}
// expect: 0 7.634317924910388
// expect: 1 6.3940588320038625

// After 20 steps the loss is small and the predictions are close to the targets.
loss.data
// expect: 0.0241146832928589
List<Double> ypred = new ArrayList<>();
for (double[] x : xs) ypred.add(Math.round(n.call(x).data * 100) / 100.0);
ypred
// expect: [0.94, -0.93, -0.92, 0.91]
