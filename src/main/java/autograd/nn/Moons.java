package autograd.nn;

import autograd.AutogradException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two-moons data set of micrograd's demo ({@code make_moons(n_samples=100, noise=0.1)} after
 * {@code np.random.seed(1337)}, labels mapped to -1 and 1), read from a CSV with header {@code x1,x2,y}.
 *
 * @param x the points, one {@code {x1, x2}} row each
 * @param y the labels, -1 or 1
 */
public record Moons(double[][] x, double[] y) {
    private static final String RESOURCE = "/autograd/nn/moons.csv";

    /** The 100 points bundled in the jar. */
    public static Moons bundled() {
        try (InputStream in = Moons.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new AutogradException("The bundled " + RESOURCE + " is missing from the classpath.");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new AutogradException("Cannot read the bundled " + RESOURCE + ": " + e.getMessage() + ".");
        }
    }

    /** The points of a CSV file with header {@code x1,x2,y}: a regular file of at most 64 MB (see TrainingFile). */
    public static Moons read(Path file) {
        TrainingFile.readable(file, "data");
        try {
            return parse(Files.readString(file), file.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new AutogradException("Cannot read data from " + file + ": it is not UTF-8 text.");
        } catch (IOException e) {
            throw new AutogradException("Cannot read data from " + file + ": " + e.getMessage() + ".");
        }
    }

    /** How many points there are. */
    public int size() { return y.length; }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    static Moons parse(String text, String source) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);          // a byte-order mark, as spreadsheets write
        List<String> lines = text.strip().lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("x1,x2,y"))
            throw new AutogradException(source + " should start with the header x1,x2,y.");
        int n = lines.size() - 1;
        if (n == 0) throw new AutogradException(source + " has a header but no points.");
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).strip().split(",");
            if (cells.length != 3)
                throw new AutogradException("Line " + (i + 2) + " of " + source + " should be three numbers x1,x2,y.");
            x[i] = new double[] {number(cells[0], i + 2, source), number(cells[1], i + 2, source)};
            y[i] = number(cells[2], i + 2, source);
            if (y[i] != 1 && y[i] != -1)
                throw new AutogradException("Line " + (i + 2) + " of " + source + " has label " + cells[2].strip()
                        + "; the max-margin loss needs labels -1 and 1 (map a 0/1 label y to 2*y - 1).");
        }
        return new Moons(x, y);
    }

    /** A plain decimal number, finite: NaN, infinity, 1e400 (too big for a double) and hex floats are refused. */
    private static double number(String cell, int line, String source) {
        String s = cell.strip();
        if (!NUMBER.matcher(s).matches())
            throw new AutogradException("Line " + line + " of " + source
                    + " should be three numbers x1,x2,y, but has '" + s + "'.");
        double d = Double.parseDouble(s);
        if (!Double.isFinite(d))
            throw new AutogradException("Line " + line + " of " + source + " has " + s
                    + ", which is too big for a double; the data must be finite numbers.");
        return d;
    }
}
