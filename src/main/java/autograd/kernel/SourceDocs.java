package autograd.kernel;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The Javadoc of our own API, read from the sources the jar carries ({@code autograd-sources/}): JShell finds
 * Javadoc only in the JDK's src.zip, so without this Shift-Tab on {@code drawDot(} would show a bare signature.
 * The source is parsed with javac's tree API, already loaded for JShell.
 */
final class SourceDocs {
    static final String ROOT = "/autograd-sources/";
    /** The packages the startup script imports, where a simple class name in a signature is looked for. */
    private static final List<String> PACKAGES = List.of("autograd", "autograd.nn", "autograd.draw", "autograd.plot",
            "autograd.session");

    private SourceDocs() {}

    /**
     * The comment of a method (or constructor, {@code method} being the class's simple name) of one of our
     * classes, matched by name and parameter names; of the class itself when {@code method} is null.
     */
    static Optional<String> of(String className, String method, List<String> parameters) {
        for (String qualified : candidates(className)) {
            String source = read(qualified);
            if (source != null) return find(qualified, source, method, parameters);
        }
        return Optional.empty();
    }

    private static List<String> candidates(String className) {
        if (className.contains(".")) return List.of(className);
        return PACKAGES.stream().map(p -> p + "." + className).toList();
    }

    private static String read(String qualified) {
        try (InputStream in = SourceDocs.class.getResourceAsStream(ROOT + qualified.replace('.', '/') + ".java")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<String> find(String qualified, String source, String method, List<String> parameters) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        SimpleJavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + qualified.replace('.', '/')
                + ".java"),
                SimpleJavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, d -> {}, List.of("-proc:none"), null, List.of(file));
        DocTrees trees = DocTrees.instance(task);
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        String[] found = {null};
        try {
            for (CompilationUnitTree unit : task.parse()) {
                new TreePathScanner<Void, Void>() {
                    @Override public Void visitClass(ClassTree c, Void v) {
                        if (method == null && c.getSimpleName().contentEquals(simple) && found[0] == null)
                            found[0] = trees.getDocComment(getCurrentPath());
                        return super.visitClass(c, v);
                    }

                    @Override public Void visitMethod(MethodTree m, Void v) {
                        String name = m.getName().contentEquals("<init>") ? simple : m.getName().toString();
                        List<String> names = m.getParameters().stream().map(VariableTree::getName).map(Object::toString)
                                .toList();
                        boolean sameParameters = names.equals(parameters) || names.size() == parameters.size()
                                && parameters.stream().allMatch(p -> p.matches("arg\\d+"));
                        if (name.equals(method) && sameParameters
                                && found[0] == null) found[0] = trees.getDocComment(getCurrentPath());
                        return null;
                    }
                }.scan(unit, null);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(found[0]).map(SourceDocs::plain).filter(s -> !s.isBlank());
    }

    /**
     * Javadoc as plain text: {@code {@code x}} is x, {@code {@link A#b}} is A.b, paragraphs are blank lines, no tags.
     */
    static String plain(String javadoc) {
        return javadoc
                .replaceAll("\\{@(?:code|literal) ([^{}]*(?:\\{[^{}]*}[^{}]*)*)}", "$1")
                .replaceAll("\\{@link(?:plain)? (?:[\\w.]*#)?([^ }]+)(?: ([^}]*))?}", "$1")
                .replaceAll("(?i)<p>\\s*", "\n")
                .replaceAll("(?i)</?(pre|b|i|em|strong|code|ul|ol|li)>", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
