package autograd.plot;

import autograd.AutogradException;
import autograd.nn.Activation;
import autograd.nn.MLP;
import autograd.nn.Moons;
import autograd.nn.TrainMoons;
import autograd.picture.Picture;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

import static org.junit.jupiter.api.Assertions.*;

/** The loss curve of a training loop, and micrograd's demo with its two pictures. */
class TrainingPlotsTest {
    @TempDir Path dir;

    @Test
    void lossCurveHoldsWhatTheLoopRecorded() {
        TrainingPlots plots = new TrainingPlots();
        plots.record(0, 0.8958441028683222);
        plots.record(1, 1.7235905336972022);
        plots.record(2, 0.7429006313851131);
        XYChart chart = plots.chart();
        assertEquals(List.of("loss"), List.copyOf(chart.getSeriesMap().keySet()));   // no accuracy recorded
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("loss").getXData());
        assertArrayEquals(new double[] {0.8958441028683222, 1.7235905336972022, 0.7429006313851131}, chart.getSeriesMap().get("loss").getYData());
    }

    @Test
    void microgradsDemoRecordsEveryStepAndDrawsBothPictures() {
        TrainingPlots plots = new TrainingPlots();
        MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, MLP.DEFAULT_SEED);
        TrainMoons.train(model, Moons.bundled(), 3, new PrintStream(OutputStream.nullOutputStream()), plots);
        assertEquals(3, plots.losses().size());
        assertEquals(2.134595665373942, plots.losses().get(0), 0.0);           // exercise 05's step 0
        XYChart chart = plots.chart();
        assertArrayEquals(new double[] {0.21, 0.78, 0.5}, chart.getSeriesMap().get("accuracy").getYData(), 1e-12);
        List<Path> drawn = plots.draw(dir).stream().map(Picture::file).toList();
        assertEquals(List.of(dir.resolve("plots/loss.svg"), dir.resolve("plots/decision-boundary.svg")), drawn);
        for (Path svg : drawn) assertTrue(Files.exists(svg) && Files.exists(dir.resolve("plots").resolve(svg.getFileName().toString().replace(".svg", ".png"))));
    }

    @Test
    void nothingRecordedIsOneSentence() {
        assertEquals("No loss recorded yet; call record(step, loss) in your training loop first.",
                assertThrows(AutogradException.class, () -> new TrainingPlots().lossCurve(dir)).getMessage());
    }
}
