// 05 — micrograd's demo, a few steps: an MLP with ReLU hidden layers learns the two moons.
// Our weights come from java.util.Random(1337), not Python's, so the losses are this engine's numbers.
// 100 points, labels -1 and 1; the loss is the SVM max-margin loss plus an L2 penalty (MaxMarginLoss).

// The data set of micrograd's demo, bundled: make_moons(n_samples=100, noise=0.1).
Moons data = Moons.bundled();
data.size()
// expect: 100

// MLP(2, [16, 16, 1]): ReLU on the hidden layers, a linear output. 337 parameters.
MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED);
model.parameters().size()
// expect: 337

// The demo's optimisation loop: forward, zero_grad, backward, SGD with a decaying learning rate.
for (int k = 0; k < 5; k++) {
    MaxMarginLoss loss = MaxMarginLoss.of(model, data);            // forward
    model.zeroGrad();                                              // backward
    loss.total().backward();
    double learningRate = 1.0 - 0.9 * k / 100;                     // update (sgd)
    for (Value p : model.parameters()) p.data -= learningRate * p.grad;
    System.out.println("step " + k + " loss " + loss.total().data + ", accuracy " + loss.accuracy() * 100 + "%");
}
// expect: step 0 loss 2.134595665373942, accuracy 21.0%
// expect: step 1 loss 0.6331633231411488, accuracy 78.0%
// expect: step 2 loss 2.8748117799272483, accuracy 50.0%
// expect: step 3 loss 0.932937888050369, accuracy 70.0%
// expect: step 4 loss 0.45003242208034205, accuracy 74.0%

// The same loop, as the demo ships it: TrainMoons.train prints one line per step.
TrainMoons.train(new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED), data, 2, System.out);
// expect: step 0 loss 2.134595665373942, accuracy 21.0%
// expect: step 1 loss 0.6331633231411488, accuracy 78.0%
