package autograd.replay;

import java.nio.charset.StandardCharsets;

/**
 * Text put into Markdown (a {@code .md} transcript, a notebook's markdown cell) so that it shows as written and never
 * as HTML: a transcript goes to teachers from students, and a {@code <script>} in a comment must not run when the page
 * is rendered ({@code nbconvert --to html}, GitHub, an editor's preview).
 */
final class MarkdownText {
    private MarkdownText() {}

    /**
     * Plain text (a script's {@code //} prose, a file name) as Markdown that renders as the same text: every character
     * Markdown acts on is escaped ({@code *}, {@code _}, backticks, brackets, {@code $} for notebooks' math...), so are
     * {@code #}, {@code >}, {@code -}, {@code +}, {@code =} and {@code 1.} at the start of a line, and {@code <} is
     * {@code &lt;}. Lines lose their leading and trailing spaces, which Markdown would read as code or a line break.
     */
    static String text(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        String[] lines = plain.split("\r\n|\r|\n", -1);          // a lone CR ends a Markdown line too
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) out.append('\n');
            String line = lines[l].strip();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '<') out.append("&lt;");
                else if ("\\`*_[]|~$&".indexOf(c) >= 0 || i == 0 && "#>-+=".indexOf(c) >= 0
                        || (c == '.' || c == ')') && line.substring(0, i).matches("\\d+")) out.append('\\').append(c);
                else out.append(c);
            }
        }
        return out.toString();
    }

    /** Follows each {@code <} of {@link #inert}: invisible, and no tag, comment or autolink starts with it. */
    static final char BREAK = '\u200B';

    /**
     * Markdown written by a notebook's author, kept as Markdown but with no HTML in it: each {@code <} is followed by a
     * zero-width space, so no tag, comment or script can open, while code that holds a {@code <} ({@code List<Value>})
     * still looks as written. Every {@code <}, even in code: where code ends is Markdown's whole grammar to say (a
     * list, a quote or a heading can end it early), and a mistake there would let HTML through. Done twice, the same.
     */
    static String inert(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            out.append(c);
            if (c == '<' && (i + 1 == markdown.length() || markdown.charAt(i + 1) != BREAK)) out.append(BREAK);
        }
        return out.toString();
    }

    /** A fenced block of {@code text}, its fence longer than any backtick run inside, so nothing in it ends it. */
    static void fence(StringBuilder out, String lang, String text) {
        String ticks = "```";
        while (text.contains(ticks)) ticks += "`";
        out.append(ticks).append(lang).append('\n').append(text).append('\n').append(ticks).append("\n\n");
    }

    /**
     * A relative path as a link's destination: every byte but letters, digits, {@code - . _ ~ /} percent-encoded, so
     * spaces and parentheses ({@code my notes (v1)_files/}) do not end the link.
     */
    static String link(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) out.append((char) c);
            else out.append('%').append(String.format("%02X", c));
        }
        return out.toString();
    }
}
