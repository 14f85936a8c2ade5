package autograd.repl;

import autograd.session.Session;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells jline when a snippet is unfinished (an open class, method or brace), so Enter continues it on the
 * secondary prompt; and finds the word under the cursor for completion: a Java identifier, or for a
 * {@code /command} line, the path-like word being typed.
 */
final class SnippetParser implements Parser {
    private final Supplier<Session> session;

    SnippetParser(Supplier<Session> session) { this.session = session; }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        boolean command = Commands.isCommand(line);
        if (context == ParseContext.ACCEPT_LINE && !command && !session.get().isComplete(line)) {
            throw new EOFError(-1, -1, "This snippet is not finished yet.");
        }
        int start = cursor;
        if (command) {
            while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) start--;
        } else {
            while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start - 1))) start--;
        }
        return new Word(line, cursor, line.substring(start, cursor));
    }

    /** The line with the word before the cursor; candidates replace exactly that word, unescaped. */
    record Word(String line, int cursor, String word) implements CompletingParsedLine {
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word); }
        @Override public int wordCursor() { return word.length(); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return word.length(); }
        @Override public int rawWordLength() { return word.length(); }
    }
}
