package autograd.kernel;

import autograd.session.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jdk.jshell.SourceCodeAnalysis.Documentation;

/**
 * Shift-Tab: what the name at the cursor is. JShell's documentation gives the signatures (each overload) and, for the
 * JDK, the Javadoc when the JDK's sources are installed; our own API's Javadoc comes from {@link SourceDocs}.
 */
final class Inspector {
    private Inspector() {}

    /** The text for the name or call at the cursor, or empty when there is nothing to say. */
    static Optional<String> at(Session session, String code, int cursor) {
        List<Documentation> docs = session.analysis().documentation(code, cursor, true);
        if (docs.isEmpty()) {                          // o.backw|ard: ask as for the call o.backward(
            int end = cursor;
            while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) end++;
            if (end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1)))
                docs = session.analysis().documentation(code.substring(0, end) + "(", end + 1, true);
        }
        if (docs.isEmpty()) return Optional.empty();
        List<String> parts = new ArrayList<>();
        for (Documentation d : docs) {
            String doc = d.javadoc() != null ? d.javadoc().strip() : ours(d.signature()).orElse("");
            parts.add(d.signature() + (doc.isEmpty() ? "" : "\n\n" + indent(doc)));
        }
        return Optional.of(String.join("\n\n", parts));
    }

    /**
     * Our Javadoc for a JShell signature: {@code java.nio.file.Path autograd.session.Helpers.drawDot(Object root)},
     * {@code void Value.backward()}, {@code Value(double data, String label)} (a constructor), {@code
     * o:autograd.Value}.
     */
    static Optional<String> ours(String signature) {
        int colon = signature.indexOf(':'), paren = signature.indexOf('(');
        // a variable: its class
        if (paren < 0 && colon > 0) return SourceDocs.of(signature.substring(colon + 1).strip(), null, List.of());
        if (paren < 0) return Optional.empty();
        String head = signature.substring(0, paren).strip();
        String name = head.substring(head.lastIndexOf(' ') + 1);
        int dot = name.lastIndexOf('.');
        String className = dot < 0 ? name : name.substring(0, dot), method = name.substring(dot + 1);
        if (!autogradClass(className)) return Optional.empty();
        String inside = signature.substring(paren + 1, signature.lastIndexOf(')')).strip();
        List<String> parameters = inside.isEmpty() ? List.of()
                : Arrays.stream(splitParameters(inside)).map(p -> p.strip().substring(p.strip().lastIndexOf(' ') + 1))
                        .toList();
        return SourceDocs.of(className, method, parameters);
    }

    private static boolean autogradClass(String className) {
        return className.startsWith("autograd.") || !className.contains(".");
    }

    /** Parameters split at the commas outside angle brackets: {@code Map<K, V> m, int n}. */
    private static String[] splitParameters(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') depth++;
            if (c == '>') depth--;
            if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out.toArray(String[]::new);
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
