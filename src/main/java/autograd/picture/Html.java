package autograd.picture;

/** The one HTML escaper, for every page we write: replay transcripts and step-through pages. */
public final class Html {
    private Html() {}

    /** Text made safe to put between tags or in a quoted attribute. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
