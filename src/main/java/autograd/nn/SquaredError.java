package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.ArrayList;
import java.util.List;

/** The lecture's loss: {@code sum((yout - ygt)**2 for ygt, yout in zip(ys, ypred))}. */
public final class SquaredError {
    private SquaredError() {}

    /** The sum of squared differences between predictions and targets. */
    public static Value of(List<Value> ypred, double... ys) {
        if (ypred.size() != ys.length || ys.length == 0)
            throw new AutogradException("Squared error needs one target per prediction, but got "
                    + ypred.size() + " predictions and " + ys.length + " targets.");
        List<Value> squares = new ArrayList<>(ys.length);
        for (int i = 0; i < ys.length; i++) squares.add(ypred.get(i).sub(ys[i]).pow(2));
        return Sum.of(squares);
    }
}
