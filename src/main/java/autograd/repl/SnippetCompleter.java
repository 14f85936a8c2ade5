package autograd.repl;

import autograd.session.Completion;
import autograd.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion: Java and our API from JShell's own analysis, the REPL's commands, and file names after them. */
final class SnippetCompleter implements Completer {
    private final Supplier<Session> session;
    private final List<String> commands;

    SnippetCompleter(Supplier<Session> session, List<String> commands) {
        this.session = session;
        this.commands = commands;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String buffer = line.line().substring(0, line.cursor());
        if (Commands.isCommand(buffer)) {
            if (buffer.strip().contains(" ")) files(line.word(), candidates);
            else commands.stream().filter(c -> c.startsWith(line.word()))
                    .forEach(c -> candidates.add(new Candidate(c, c, null, null, null, null, true)));
            return;
        }
        Completion completion = Completion.of(session.get(), buffer, buffer.length());
        int wordStart = buffer.length() - line.word().length();
        if (completion.anchor() < wordStart) return;                  // JShell wants to rewrite text before the word
        String kept = buffer.substring(wordStart, completion.anchor());   // the part of the word before JShell's anchor
        completion.continuations().forEach(s ->
                candidates.add(new Candidate(kept + s, s, null, null, null, null, false)));
    }

    /** File and folder names for /open, /replay and /save. */
    static void files(String word, List<Candidate> candidates) {
        int slash = word.lastIndexOf('/');
        String folder = slash < 0 ? "" : word.substring(0, slash + 1);
        Path dir = Path.of(folder.isEmpty() ? "." : folder);
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                String name = folder + p.getFileName() + (Files.isDirectory(p) ? "/" : "");
                candidates.add(new Candidate(name, p.getFileName().toString(), null, null, null, null,
                        !Files.isDirectory(p)));
            });
        } catch (IOException | RuntimeException e) {
            // no such folder: nothing to offer
        }
    }
}
