package autograd.nn;

import autograd.AutogradException;
import autograd.Value;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MLPTest {

    @Test
    void lectureMlpHas41ParametersInMicrogradsOrder() {
        MLP n = new MLP(3, List.of(4, 4, 1));
        List<Value> params = n.parameters();
        assertEquals(41, params.size());                               // 4*(3+1) + 4*(4+1) + 1*(4+1)
        Neuron first = n.layers.get(0).neurons.get(0);
        assertSame(first.w.get(0), params.get(0));                     // layer, then neuron, then its weights...
        assertSame(first.w.get(2), params.get(2));
        assertSame(first.b, params.get(3));                            // ...then its bias
        assertSame(n.layers.get(0).neurons.get(1).w.get(0), params.get(4));
        assertSame(n.layers.get(1).neurons.get(0).w.get(0), params.get(16));
        assertSame(n.layers.get(2).neurons.get(0).b, params.get(40));
    }

    @Test
    void seededInitIsReproducible() {
        List<Value> a = new MLP(3, List.of(4, 4, 1)).parameters();
        List<Value> b = new MLP(3, List.of(4, 4, 1), Activation.TANH, MLP.DEFAULT_SEED).parameters();
        for (int i = 0; i < a.size(); i++) assertEquals(a.get(i).data, b.get(i).data);
        // java.util.Random's algorithm is fixed by its spec: new Random(1337), then -1 + 2 * nextDouble() per weight
        assertEquals(0.31985956948964334, a.get(0).data);
        assertEquals(0.7970151249315502, a.get(3).data);               // the lecture's bias is random too
        assertEquals(-0.7675323006096721, a.get(40).data);
        assertNotEquals(a.get(0).data, new MLP(3, List.of(4, 4, 1), Activation.TANH, 7).parameters().get(0).data);
    }

    @Test
    void microgradsMlpStartsBiasesAtZeroAndHasALinearOutput() {
        MLP model = new MLP(2, List.of(16, 16, 1), Activation.RELU, 1);
        assertEquals(337, model.parameters().size());                  // micrograd's demo: "number of parameters 337"
        assertEquals(0.0, model.layers.get(0).neurons.get(0).b.data);
        assertEquals(Activation.RELU, model.layers.get(1).neurons.get(0).activation);
        assertEquals(Activation.LINEAR, model.layers.get(2).neurons.get(0).activation);
        assertEquals("ReLU", model.layers.get(0).neurons.get(0).call(1.0, 2.0).op());
        assertEquals("+", model.call(1.0, 2.0).op());                  // the score is the sum itself
    }

    @Test
    void neuronSumStartsFromItsBias() {
        Neuron n = new Neuron(2, Activation.TANH, new Random(1));
        n.w.get(0).data = -3.0;                                        // the lecture's w1, w2 and b
        n.w.get(1).data = 1.0;
        n.b.data = 6.8813735870195432;
        Value out = n.call(2.0, 0.0);                                  // and its x1, x2
        assertEquals(0.7071067811865476, out.data, 1e-15);
        Value act = out.children().get(0);                             // ((b + w0*x0) + w1*x1)
        Value first = act.children().get(0);
        assertSame(n.b, first.children().get(0));
        assertSame(n.w.get(1), act.children().get(1).children().get(0));
    }

    @Test
    void aSingleOutputIsAValueAndSeveralAreAList() {
        MLP several = new MLP(3, List.of(4, 2));
        assertEquals(2, several.callAll(2.0, 3.0, -1.0).size());
        AutogradException e = assertThrows(AutogradException.class, () -> several.call(2.0, 3.0, -1.0));
        assertEquals("This MLP has 2 outputs; use callAll to get them as a list.", e.getMessage());
        AutogradException wrongInputs = assertThrows(AutogradException.class, () -> several.call(2.0, 3.0));
        assertEquals("This neuron takes 3 inputs, but got 2.", wrongInputs.getMessage());
    }

    @Test
    void zeroGradClearsEveryParameter() {
        MLP n = new MLP(3, List.of(4, 4, 1));
        n.call(2.0, 3.0, -1.0).backward();
        assertNotEquals(0.0, n.parameters().get(0).grad);
        n.zeroGrad();
        for (Value p : n.parameters()) assertEquals(0.0, p.grad);
    }

    @Test
    void theLecturesNeuronAndLayerAreCalledAsTheNotebookCallsThem() {
        Neuron n = new Neuron(3);
        assertEquals("TanhNeuron(3)", n.toString());
        double out = n.call(2.0, 3.0, -1.0).data;
        assertEquals(out, n.call(new double[] {2.0, 3.0, -1.0}).data);
        assertEquals(out, n.call(List.of(2.0, 3.0, -1.0)).data);
        assertEquals(out, n.call(new Value(2.0), new Value(3.0), new Value(-1.0)).data);
        assertEquals(out, new Neuron(3).call(2.0, 3.0, -1.0).data, "seeded as MLP's are: the same weights each time");
        Layer layer = new Layer(3, 4);
        assertEquals("Layer of [TanhNeuron(3), TanhNeuron(3), TanhNeuron(3), TanhNeuron(3)]", layer.toString());
        assertEquals(4, layer.call(List.of(2, 3, -1)).size());                  // ints are numbers too
        assertEquals(layer.call(2.0, 3.0, -1.0).get(3).data, layer.call(List.of(2.0, 3.0, -1.0)).get(3).data);
        MLP net = new MLP(3, List.of(4, 4, 1));
        assertEquals(net.call(2.0, 3.0, -1.0).data, net.call(List.of(2.0, 3.0, -1.0)).data);
        assertTrue(net.toString().startsWith("MLP of [Layer of [TanhNeuron(3), "), net.toString());
        assertEquals("ReLUNeuron(2)", new Neuron(2, Activation.RELU, new java.util.Random(1)).toString());
        assertEquals("LinearNeuron(2)", new Neuron(2, Activation.LINEAR, new java.util.Random(1)).toString());
        assertEquals("Inputs are values or numbers, but one is a String.",
                assertThrows(AutogradException.class, () -> n.call(List.of("2", 3, 1))).getMessage());
    }
}
