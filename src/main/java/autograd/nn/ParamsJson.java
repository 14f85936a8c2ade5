package autograd.nn;

import autograd.AutogradException;
import autograd.Repr;
import autograd.Value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters as JSON: a plain array of numbers in {@link Module#parameters()} order, e.g. {@code [0.23, -0.5, 0]} —
 * what micrograd's {@code json.dump([p.data for p in model.parameters()], f)} writes.
 */
final class ParamsJson {
    private ParamsJson() {}

    static void write(Module module, Path file) {
        try {
            Files.writeString(file, toJson(module.parameters()) + "\n");
        } catch (IOException e) {
            throw new AutogradException("Cannot write parameters to " + file + ": " + e.getMessage() + ".");
        }
    }

    static void read(Module module, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new AutogradException("Cannot read parameters from " + file + ": " + e.getMessage() + ".");
        }
        assign(module, text, file.toString());
    }

    /** Sets the module's parameters from the JSON text; {@code source} names it in messages. */
    static void assign(Module module, String text, String source) {
        List<Value> params = module.parameters();
        double[] numbers = parse(text, source);
        if (numbers.length != params.size())
            throw new AutogradException(source + " holds " + numbers.length + " numbers, but this model has "
                    + params.size() + " parameters.");
        for (int i = 0; i < numbers.length; i++) params.get(i).data = numbers[i];
    }

    static String toJson(List<Value> params) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) json.append(", ");
            json.append(number(params.get(i).data));
        }
        return json.append("]").toString();
    }

    /** The numbers of a JSON array such as {@code [1, -0.5, 2e-3]}; NaN and Infinity as Python's json writes them. */
    static double[] parse(String text, String file) {
        String body = text.strip();
        if (!body.startsWith("[") || !body.endsWith("]"))
            throw new AutogradException(file + " is not a JSON array of numbers such as [0.5, -1.0].");
        body = body.substring(1, body.length() - 1).strip();
        if (body.isEmpty()) return new double[0];
        String[] items = body.split(",");
        double[] numbers = new double[items.length];
        for (int i = 0; i < items.length; i++) numbers[i] = parseNumber(items[i].strip(), i, file);
        return numbers;
    }

    private static double parseNumber(String item, int index, String file) {
        switch (item) {
            case "NaN": return Double.NaN;
            case "Infinity": return Double.POSITIVE_INFINITY;
            case "-Infinity": return Double.NEGATIVE_INFINITY;
            default:
                if (item.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) return Double.parseDouble(item);
                throw new AutogradException("Item " + index + " of " + file + " is not a number: '" + item + "'.");
        }
    }

    private static String number(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        return Repr.of(d);   // Python's repr, which parses back to the same double
    }
}
