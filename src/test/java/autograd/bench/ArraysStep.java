package autograd.bench;

import autograd.nn.MaxMarginLoss;
import java.util.Arrays;

/**
 * micrograd's demo step written by hand on arrays — the yardstick for the engine. Same parameters in the same
 * order (layer, neuron, weights then bias), same forward sums in the same order, so the same loss to the last bit;
 * the backward is the chain rule written out, and the update is the demo's SGD.
 */
final class ArraysStep {
    private final int[] sizes;              // {2, 16, 16, 1}: ReLU hidden layers, a linear output
    final double[] p, grad;
    private final int[] offset;             // offset[l]: where layer l's parameters start in p
    private final double[][] act, dact;     // act[l][j]: output j of layer l for the current point; act[0] is x

    ArraysStep(int[] sizes, double[] params) {
        this.sizes = sizes.clone();
        this.p = params.clone();
        this.grad = new double[params.length];
        this.offset = new int[sizes.length];
        this.act = new double[sizes.length][];
        this.dact = new double[sizes.length][];
        for (int l = 0; l < sizes.length; l++) {
            act[l] = new double[sizes[l]];
            dact[l] = new double[sizes[l]];
            if (l > 0) offset[l] = offset[l - 1] + (l > 1 ? sizes[l - 1] * (sizes[l - 2] + 1) : 0);
        }
    }

    /** One full-batch step: forward, loss, zero grad, backward, update. Returns the loss of the forward pass. */
    double step(double[][] xs, double[] ys, double learningRate) {
        Arrays.fill(grad, 0);
        double scale = 1.0 / xs.length;                     // micrograd: sum(losses) * (1.0 / len(losses))
        double dataSum = 0;
        for (int i = 0; i < xs.length; i++) {
            double score = forward(xs[i]);
            double margin = score * -ys[i] + 1;             // (1 + -yi*scorei)
            double loss = margin < 0 ? 0 : margin;          // .relu()
            dataSum += loss;
            double dMargin = loss > 0 ? scale : 0;          // relu passes the gradient only where out.data > 0
            backward(-ys[i] * dMargin);
        }
        double regSum = 0;
        for (int k = 0; k < p.length; k++) {
            regSum += p[k] * p[k];
            grad[k] += 2 * MaxMarginLoss.ALPHA * p[k];      // d(alpha * p*p)/dp
        }
        double total = dataSum * scale + regSum * MaxMarginLoss.ALPHA;
        for (int k = 0; k < p.length; k++) p[k] -= learningRate * grad[k];
        return total;
    }

    private double forward(double[] x) {
        System.arraycopy(x, 0, act[0], 0, x.length);
        int last = sizes.length - 1;
        for (int l = 1; l <= last; l++) {
            int nin = sizes[l - 1];
            for (int j = 0; j < sizes[l]; j++) {
                int row = offset[l] + j * (nin + 1);
                double sum = p[row + nin];                  // the sum starts from the bias
                for (int i = 0; i < nin; i++) sum += p[row + i] * act[l - 1][i];
                act[l][j] = l < last && sum < 0 ? 0 : sum;  // ReLU, except the linear output
            }
        }
        return act[last][0];
    }

    private void backward(double dScore) {
        int last = sizes.length - 1;
        dact[last][0] = dScore;
        for (int l = last; l >= 1; l--) {
            int nin = sizes[l - 1];
            if (l > 1) Arrays.fill(dact[l - 1], 0);
            for (int j = 0; j < sizes[l]; j++) {
                double dz = l < last && act[l][j] <= 0 ? 0 : dact[l][j];
                int row = offset[l] + j * (nin + 1);
                for (int i = 0; i < nin; i++) {
                    grad[row + i] += act[l - 1][i] * dz;
                    if (l > 1) dact[l - 1][i] += p[row + i] * dz;
                }
                grad[row + nin] += dz;
            }
        }
    }
}
