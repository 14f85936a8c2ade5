package autograd.replay;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jupyter notebook (nbformat 4) as a replay reads and writes it, with gson: its markdown cells are text cells,
 * its code cells are code whole (with their {@code // expect:} lines), as {@link Cells} makes them from a script.
 * Cells are numbered from 1, and an expectation's line is its line in its cell.
 */
final class Notebook {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private Notebook() {}

    static boolean is(Path file) { return String.valueOf(file.getFileName()).endsWith(".ipynb"); }

    /**
     * The cells of a notebook's JSON text, or an {@link IllegalStateException} saying in words what is wrong
     * ({@code cell 3's source is not text}), never in gson's; {@code file} names it in messages.
     */
    static List<Cell> cells(String json, Path file) {
        JsonObject notebook;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("cells")) throw new JsonParseException("");
            notebook = parsed.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException | StackOverflowError e) {
            throw new IllegalStateException(file + " is not a Jupyter notebook (a JSON object with \"cells\").");
        }
        String language = language(notebook);
        if (language != null && !language.equalsIgnoreCase("java"))
            throw new IllegalStateException(file + " is a " + language + " notebook; a replay runs Java notebooks.");
        if (!notebook.get("cells").isJsonArray()) throw malformed("its \"cells\" is not a list");
        List<Cell> cells = new ArrayList<>();
        JsonArray all = notebook.getAsJsonArray("cells");
        for (int i = 0; i < all.size(); i++) {
            String cell = "cell " + (i + 1);
            if (!all.get(i).isJsonObject()) throw malformed(cell + " is not a cell (a JSON object)");
            JsonObject fields = all.get(i).getAsJsonObject();
            String type = fields.has("cell_type") ? string(fields.get("cell_type"), cell + "'s cell_type") : "raw";
            String source = text(fields.get("source"), cell + "'s source");
            if (type.equals("code")) cells.add(Cells.code(i + 1, source));
            else if (type.equals("markdown") && !source.isBlank()) cells.add(Cells.text(i + 1, source));
        }
        return cells;
    }

    /** The notebook's language, as its metadata names it, or null when it does not. */
    private static String language(JsonObject notebook) {
        JsonElement metadata = notebook.get("metadata");
        if (metadata == null || metadata.isJsonNull()) return null;
        if (!metadata.isJsonObject()) throw malformed("its metadata is not a JSON object");
        for (String key : List.of("language_info", "kernelspec")) {
            JsonElement section = metadata.getAsJsonObject().get(key);
            if (section == null || section.isJsonNull()) continue;
            if (!section.isJsonObject()) throw malformed("its metadata's " + key + " is not a JSON object");
            String field = key.equals("kernelspec") ? "language" : "name";
            JsonElement name = section.getAsJsonObject().get(field);
            if (name != null && !name.isJsonNull()) return string(name, "its metadata's " + key + "." + field);
        }
        return null;
    }

    /** A JSON string's text; {@code what} names it when it is something else. */
    private static String string(JsonElement e, String what) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) return e.getAsString();
        throw malformed(what + " is not text");
    }

    private static IllegalStateException malformed(String what) { return new IllegalStateException(what + "."); }

    /** nbformat's multiline text: one string, or a list of lines to join. */
    static String text(JsonElement source) { return text(source, "the text"); }

    private static String text(JsonElement source, String what) {
        if (source == null || source.isJsonNull()) return "";
        if (!source.isJsonArray()) return string(source, what);
        StringBuilder out = new StringBuilder();
        for (JsonElement line : source.getAsJsonArray()) out.append(string(line, what));
        return out.toString();
    }

    /** Text as nbformat writes it: a list of lines, each with its line end but the last. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    /** A notebook of these cells, for our kernel, as JSON text. */
    static String json(List<Map<String, Object>> cells) {
        Map<String, Object> kernelspec = new LinkedHashMap<>();
        kernelspec.put("display_name", "Java (autograd-jshell)");
        kernelspec.put("language", "java");
        kernelspec.put("name", "autograd");
        Map<String, Object> languageInfo = new LinkedHashMap<>();
        languageInfo.put("codemirror_mode", "java");
        languageInfo.put("file_extension", ".jsh");
        languageInfo.put("mimetype", "text/x-java-source");
        languageInfo.put("name", "java");
        languageInfo.put("pygments_lexer", "java");
        languageInfo.put("version", String.valueOf(Runtime.version().feature()));
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cells);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kernelspec", kernelspec);
        metadata.put("language_info", languageInfo);
        notebook.put("metadata", metadata);
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return GSON.toJson(notebook) + "\n";
    }
}
