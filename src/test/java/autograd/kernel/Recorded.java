package autograd.kernel;

import autograd.picture.Mime;
import java.util.ArrayList;
import java.util.List;

/** A front end that keeps what a cell sent, in order, and types the given lines when asked for input. */
final class Recorded implements Frontend {
    record Sent(String kind, String text, Mime picture) {}

    final List<Sent> sent = new ArrayList<>();
    private final List<String> typed;
    final List<String> prompts = new ArrayList<>();

    Recorded(String... typed) { this.typed = typed.length == 0 ? null : new ArrayList<>(List.of(typed)); }

    @Override public synchronized void stream(String name, String text) {
        if (!sent.isEmpty() && sent.get(sent.size() - 1).kind().equals(name)) {      // one message or several: the same text
            Sent last = sent.remove(sent.size() - 1);
            text = last.text() + text;
        }
        sent.add(new Sent(name, text, null));
    }

    @Override public synchronized void display(Mime picture) { sent.add(new Sent("display", null, picture)); }

    @Override public synchronized String input(String prompt) {
        prompts.add(prompt);
        if (typed == null) return null;
        sent.add(new Sent("input", typed.get(0), null));
        return typed.remove(0);
    }

    synchronized String text(String name) {
        return sent.stream().filter(s -> s.kind().equals(name)).map(Sent::text).reduce("", String::concat);
    }

    synchronized List<String> kinds() { return sent.stream().map(Sent::kind).toList(); }
}
