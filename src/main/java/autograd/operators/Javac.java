package autograd.operators;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import jdk.jshell.SourceCodeAnalysis.SnippetWrapper;

/**
 * javac, run once over a snippet as JShell would wrap it: parsed and attributed, errors and all, against the session's
 * own classes. The file manager is kept from one snippet to the next (it holds the JDK's modules open).
 */
final class Javac {
    // no annotation processing; attribution carried on past errors (the snippet has some), and nothing after it
    private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none", "-XDshould-stop.at=ATTR",
            "-implicit:none");
    private static final Pattern WRAPPER_CLASS = Pattern.compile("class (\\$JShell\\$\\w+)");
    /**
     * JShell wraps {@code var n = a*b;}, whose type it could not work out, as the field {@code public static var n},
     * which javac's parser refuses; the tree is whole all the same, so that is not a syntax error of the user's.
     */
    private static final String VAR_FIELD = "compiler.err.restricted.type.not.allowed.here";
    /** A field of type Value in the snippet's class: its type says what the name Value means where the snippet is. */
    static final String PROBE = "$operators$probe";

    private final SessionView session;
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, null);
    private final Listings listings = new Listings(standard);
    private final Tasks tasks = new Tasks(compiler);
    private SnippetClasses files;           // one file manager for every task: a pooled context keeps it
    private String classPath;

    Javac(SessionView session) { this.session = session; }

    /** The compiled units, one per wrapper, in order; {@code parsed} is false when javac could not parse them. */
    record Compiled(JavacTask task, List<CompilationUnitTree> units, boolean parsed) {
        /** True when the simple name Value means our autograd.Value in the snippet's scope. */
        boolean valueIsOurs() {
            CompilationUnitTree unit = units.get(0);
            for (Tree type : unit.getTypeDecls()) {
                if (!(type instanceof ClassTree c)) continue;
                for (Tree member : c.getMembers()) {
                    if (member instanceof VariableTree v && v.getName().contentEquals(PROBE)) {
                        Element e = Trees.instance(task).getElement(TreePath.getPath(unit, v));
                        return e != null && e.asType().toString().equals("autograd.Value");
                    }
                }
            }
            return false;
        }
    }

    /** {@code use}'s result on the wrappers compiled; the compiled units are valid only while it runs. */
    <R> R compile(List<SnippetWrapper> wrappers, Function<Compiled, R> use) {
        useClassPath(session.classPath());
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < wrappers.size(); i++) sources.add(source(i, unit(wrappers.get(i).wrapped(), i)));
        int[] errors = {0};
        DiagnosticListener<JavaFileObject> count = d -> {
            if (d.getKind() == Diagnostic.Kind.ERROR && !VAR_FIELD.equals(d.getCode())) errors[0]++;
        };
        return tasks.with(files, count, OPTIONS, sources, task -> {
            try {
                List<CompilationUnitTree> units = new ArrayList<>();
                task.parse().forEach(units::add);
                if (errors[0] > 0) return use.apply(new Compiled(task, units, false));
                task.analyze();
                return use.apply(new Compiled(task, units, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A wrapper's unit, changed only where it cannot move the snippet: the class renamed to a name of the same length
     * (several wrappers, for {@code Value a = x*y, b = x+y;}, would declare one class twice) and the probe at the end.
     */
    private static String unit(String wrapped, int index) {
        String text = wrapped;
        if (index > 0) {
            Matcher m = WRAPPER_CLASS.matcher(text);
            if (m.find()) {
                String name = m.group(1), tag = Integer.toString(index);
                text = text.substring(0, m.start(1)) + name.substring(0, name.length() - tag.length()) + tag
                        + text.substring(m.end(1));
            }
        }
        int last = text.lastIndexOf('}');
        return index > 0 || last < 0 ? text : text.substring(0, last) + " static Value " + PROBE + "; "
                + text.substring(last);
    }

    private static JavaFileObject source(int index, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + SnippetClasses.PACKAGE + "/Snippet" + index
                + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return text; }
        };
    }

    private void useClassPath(String path) {
        if (path.equals(classPath)) return;
        try {
            standard.setLocation(StandardLocation.CLASS_PATH,
                    Arrays.stream(path.split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(File::new).toList());
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());    // never read a source off the class path
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listings.clear();
        files = new SnippetClasses(listings, session.classes());
        classPath = path;
    }
}
