package autograd.draw;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every picture written — drawDot's SVGs, plots, step-through pages — in order, until someone takes them: a
 * replay takes them after each cell to put them into its transcript, beside that cell's output. The one place
 * pictures are recorded; whatever writes a picture adds it here.
 */
public final class Pictures {
    private static final List<Path> drawn = new ArrayList<>();

    private Pictures() {}

    /** Records a picture just written. */
    public static synchronized void add(Path svg) { drawn.add(svg); }

    /** The pictures drawn since the last call, oldest first. */
    public static synchronized List<Path> take() {
        List<Path> out = List.copyOf(drawn);
        drawn.clear();
        return out;
    }
}
