package autograd.nn;

import autograd.AutogradException;
import autograd.Repr;
import autograd.Value;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parameters as JSON: a plain array of finite numbers in {@link Module#parameters()} order, e.g.
 * {@code [0.23, -0.5, 0]} — what micrograd's {@code json.dump([p.data for p in model.parameters()], f)} writes.
 * Read with gson's streaming reader, a number at a time: a UTF-8 byte-order mark is skipped, a number that is not
 * finite (NaN, Infinity, 1e400) or not JSON (a hex float) is refused with its place in the file, and a file far
 * bigger than the model is counted, not held in memory.
 */
final class ParamsJson {
    private ParamsJson() {}

    static void write(Module module, Path file) {
        List<Value> params = module.parameters();
        for (int i = 0; i < params.size(); i++) {
            if (!Double.isFinite(params.get(i).data))
                throw new AutogradException("Cannot save the parameters: parameter " + i + " is "
                        + Repr.of(params.get(i).data)
                        + ", and a parameters file holds finite numbers (the training diverged: lower the learning"
                                + " rate).");
        }
        TrainingFile.write(file, toJson(params) + "\n", "parameters");
    }

    /** Reads the parameters from a regular file of at most 64 MB: a named pipe is refused, not waited on. */
    static void read(Module module, Path file) {
        TrainingFile.readable(file, "parameters");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assign(module, in, file.toString());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new AutogradException("Cannot read parameters from " + file + ": it is not UTF-8 text.");
        } catch (IOException e) {
            throw new AutogradException("Cannot read parameters from " + file + ": " + e.getMessage() + ".");
        } catch (OutOfMemoryError e) {
            throw new AutogradException(file
                    + " is too big to read into memory; a parameters file holds one number per parameter.");
        }
    }

    /** Sets the module's parameters from the JSON text; {@code source} names it in messages. */
    static void assign(Module module, String text, String source) {
        try {
            assign(module, new StringReader(text), source);
        } catch (IOException e) {
            throw new AutogradException("Cannot read parameters from " + source + ": " + e.getMessage() + ".");
        }
    }

    private static void assign(Module module, Reader in, String source) throws IOException {
        List<Value> params = module.parameters();
        Numbers numbers = numbers(in, source, params.size());
        if (numbers.count() != params.size())
            throw new AutogradException(source + " holds " + numbers.count() + " numbers, but this model has "
                    + params.size() + " parameters.");
        // only now: nothing half-loaded
        for (int i = 0; i < params.size(); i++) params.get(i).data = numbers.kept().get(i);
    }

    static String toJson(List<Value> params) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) json.append(", ");
            json.append(Repr.of(params.get(i).data));   // Python's repr, which parses back to the same double
        }
        return json.append("]").toString();
    }

    /** Every number of a JSON array such as {@code [1, -0.5, 2e-3]}. */
    static double[] parse(String text, String file) {
        try {
            return numbers(new StringReader(text), file, Integer.MAX_VALUE).kept().stream()
                    .mapToDouble(Double::doubleValue).toArray();
        } catch (IOException e) {
            throw new AutogradException("Cannot read " + file + ": " + e.getMessage() + ".");
        }
    }

    /** How many numbers the array holds, and the first {@code keep} of them. */
    record Numbers(long count, List<Double> kept) {}

    private static final Pattern WHERE = Pattern.compile(" at line (\\d+) column (\\d+)");
    private static final Pattern HEX = Pattern.compile("[-+]?0[xX][0-9a-fA-F.]+([pP][-+]?\\d+)?");

    private static Numbers numbers(Reader text, String file, int keep) throws IOException {
        JsonReader json = new JsonReader(withoutByteOrderMark(text));
        json.setStrictness(Strictness.LENIENT);                // so a NaN or a hex float is read, and refused by name
        List<Double> kept = new ArrayList<>();
        long count = 0;
        try {
            if (json.peek() != JsonToken.BEGIN_ARRAY) throw notAnArray(file);
            json.beginArray();
            while (json.hasNext()) {
                JsonToken token = json.peek();
                String where = where(json);
                if (token != JsonToken.NUMBER && token != JsonToken.STRING) throw notAnArray(file);
                String literal = json.nextString();
                double d = number(literal, token, count, where, file);
                if (count < keep) kept.add(d);
                count++;
            }
            json.endArray();
            if (json.peek() != JsonToken.END_DOCUMENT) throw notAnArray(file);
        } catch (MalformedJsonException | IllegalStateException e) {
            throw notAnArray(file);
        }
        return new Numbers(count, kept);
    }

    private static double number(String literal, JsonToken token, long index, String where, String file) {
        String item = "Item " + index + " of " + file + " (" + where + ")";
        if (token == JsonToken.STRING) {
            if (literal.matches("[-+]?(NaN|Infinity)"))
                throw new AutogradException(item + " is " + literal + "; parameters must be finite numbers.");
            if (HEX.matcher(literal).matches())
                throw new AutogradException(item + " is the hex float " + literal
                        + ", which JSON does not have; write it in decimal.");
            throw new AutogradException(item + " is not a number: '" + literal + "'.");
        }
        double d = Double.parseDouble(literal);
        if (!Double.isFinite(d))
            throw new AutogradException(item + " is " + literal
                    + ", too large for a double; parameters must be finite numbers.");
        return d;
    }

    /** "line 1, column 9": where the reader stands, the start of the value it peeked at. */
    private static String where(JsonReader json) {
        Matcher m = WHERE.matcher(json.toString());
        return m.find() ? "line " + m.group(1) + ", column " + m.group(2) : json.getPath();
    }

    private static AutogradException notAnArray(String file) {
        return new AutogradException(file + " is not a JSON array of numbers such as [0.5, -1.0].");
    }

    /** The text without the byte-order mark some Windows editors put first. */
    private static Reader withoutByteOrderMark(Reader text) throws IOException {
        PushbackReader in = new PushbackReader(text instanceof BufferedReader ? text : new BufferedReader(text), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') in.unread(first);
        return in;
    }
}
