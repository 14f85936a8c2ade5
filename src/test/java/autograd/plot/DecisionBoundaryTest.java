package autograd.plot;

import autograd.Value;
import autograd.nn.Activation;
import autograd.nn.MLP;
import autograd.nn.Moons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

import static org.junit.jupiter.api.Assertions.*;

/** micrograd's mesh (h = 0.25, the data's range widened by 1) and the classes a fixed model gives it. */
class DecisionBoundaryTest {
    @TempDir Path dir;

    /** One linear neuron, score = x - 0.5: class 1 right of x = 0.5. */
    static MLP rightOfAHalf() {
        MLP model = new MLP(2, List.of(1), Activation.RELU, 1);   // a single layer is linear
        List<Value> p = model.parameters();                       // w1, w2, b
        p.get(0).data = 1; p.get(1).data = 0; p.get(2).data = -0.5;
        return model;
    }

    static final Moons TWO_POINTS = new Moons(new double[][] {{0, 0}, {1, 1}}, new double[] {-1, 1});

    @Test
    void meshIsNumpysArangeAroundTheData() {
        Mesh mesh = DecisionBoundary.mesh(rightOfAHalf(), TWO_POINTS);
        assertEquals(12, mesh.xs().length);                        // arange(-1, 2, 0.25)
        assertEquals(12, mesh.ys().length);
        assertEquals(-1.0, mesh.xs()[0]);
        assertEquals(1.75, mesh.xs()[11]);
        for (int j = 0; j < 12; j++)
            for (int i = 0; i < 12; i++)
                assertEquals(i >= 7, mesh.positive()[j][i], "x " + mesh.xs()[i]);   // x = 0.5 scores 0: not above
    }

    @Test
    void bundledMoonsGiveMicrogradsGridSize() {
        Mesh mesh = Mesh.of(Moons.bundled(), (x, y) -> y);
        assertEquals(21, mesh.xs().length);                        // numpy: len(np.arange(x_min, x_max, 0.25))
        assertEquals(15, mesh.ys().length);
        assertEquals(-2.0221939055140945, mesh.xs()[0], 1e-15);
    }

    @Test
    void chartHoldsRegionsAndPointsByClass() {
        XYChart chart = DecisionBoundary.chart(DecisionBoundary.mesh(rightOfAHalf(), TWO_POINTS), TWO_POINTS);
        assertEquals(List.of("predicted -1", "predicted 1", "class -1", "class 1"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(12 * 7, chart.getSeriesMap().get("predicted -1").getXData().length);
        assertEquals(12 * 5, chart.getSeriesMap().get("predicted 1").getXData().length);
        for (double x : chart.getSeriesMap().get("predicted 1").getXData()) assertTrue(x > 0.5);
        assertArrayEquals(new double[] {1}, chart.getSeriesMap().get("class 1").getXData());
        assertArrayEquals(new double[] {0}, chart.getSeriesMap().get("class -1").getYData());
    }

    @Test
    void plotWritesTheFigure() throws IOException {
        Path svg = DecisionBoundary.write(rightOfAHalf(), Moons.bundled(), dir).file();
        assertEquals(dir.resolve("plots/decision-boundary.svg"), svg);
        assertTrue(Files.readString(svg).contains("<svg"));
        assertTrue(Files.size(dir.resolve("plots/decision-boundary.png")) > 1000);
    }
}
