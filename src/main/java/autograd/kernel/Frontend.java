package autograd.kernel;

import autograd.picture.Mime;

/**
 * Where a running cell's output goes: the notebook that sent it. The Jupyter kernel answers with messages on its
 * channels; a test answers with a list.
 */
interface Frontend {
    /** Text the cell printed, on {@code "stdout"} or {@code "stderr"}. */
    void stream(String name, String text);

    /** A picture the cell drew. */
    void display(Mime picture);

    /**
     * A line the user typed when asked (Jupyter's input request), without its line end; null when this front end
     * cannot ask (nbconvert runs cells with no one at the keyboard).
     */
    String input(String prompt);
}
