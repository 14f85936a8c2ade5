package autograd.nn;

/** Told about each step of {@link TrainMoons#train}: a loss curve or a picture of the model can follow training. */
@FunctionalInterface
public interface TrainingListener {
    /** After step k's update: the step's loss (measured before the update), the model as it is now, and the data. */
    void step(int k, MaxMarginLoss loss, MLP model, Moons data);
}
