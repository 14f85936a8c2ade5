package autograd.replay;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A notebook's JSON with what may differ between machines taken out: picture data, picture sizes, the JDK's version. */
final class NotebookJson {
    private NotebookJson() {}

    static String normalised(String json) {
        JsonObject notebook = JsonParser.parseString(json).getAsJsonObject();
        notebook.getAsJsonObject("metadata").getAsJsonObject("language_info").remove("version");
        for (JsonElement cell : notebook.getAsJsonArray("cells")) {
            JsonArray outputs = cell.getAsJsonObject().getAsJsonArray("outputs");
            if (outputs == null) continue;
            for (JsonElement output : outputs) {
                JsonObject o = output.getAsJsonObject();
                if (!o.get("output_type").getAsString().equals("display_data")) continue;
                o.add("metadata", new JsonObject());
                JsonObject data = o.getAsJsonObject("data");
                for (String type : data.keySet()) if (!type.equals("text/plain")) data.addProperty(type, "(picture)");
            }
        }
        return Notebook.GSON.toJson(notebook);
    }
}
