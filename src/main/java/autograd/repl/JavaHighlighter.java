package autograd.repl;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours keywords, strings, numbers and comments as you type; one regular expression, so it stays fast. */
final class JavaHighlighter implements Highlighter {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment>//.*|/\\*.*?(\\*/|$))|(?<string>\"(\\\\.|[^\"\\\\])*\"?|'(\\\\.|[^'\\\\])*'?)"
            + "|(?<number>\\b\\d[\\d_]*(\\.\\d*)?([eE][+-]?\\d+)?[dDfFlL]?\\b)|(?<word>[A-Za-z_$][\\w$]*)");
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "boolean", "break", "byte", "case", "catch", "char", "class", "continue", "default", "do",
            "double", "else", "enum", "extends", "false", "final", "finally", "float", "for", "if", "implements",
            "import", "instanceof", "int", "interface", "long", "new", "null", "private", "protected", "public",
            "record", "return", "short", "static", "super", "switch", "this", "throw", "throws", "true", "try",
            "var", "void", "while");
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) { return highlight(buffer); }

    static AttributedString highlight(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        if (Commands.isCommand(buffer)) return out.styled(AttributedStyle.BOLD, buffer).toAttributedString();
        Matcher m = TOKEN.matcher(buffer);
        int done = 0;
        while (m.find()) {
            out.append(buffer, done, m.start());
            AttributedStyle style = m.group("comment") != null ? COMMENT
                    : m.group("string") != null ? STRING
                    : m.group("number") != null ? NUMBER
                    : KEYWORDS.contains(m.group()) ? KEYWORD : AttributedStyle.DEFAULT;
            out.styled(style, m.group());
            done = m.end();
        }
        return out.append(buffer.substring(done)).toAttributedString();
    }
}
