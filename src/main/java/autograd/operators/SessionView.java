package autograd.operators;

import java.util.Map;
import jdk.jshell.SourceCodeAnalysis;

/** What the operator layer reads of a JShell session. */
public interface SessionView {
    /** The session's analysis: its wrappers give each snippet as the Java unit JShell would compile. */
    SourceCodeAnalysis analysis();

    /** The newest bytes of each class the session's snippets compiled to, by binary name (thread-safe view). */
    Map<String, byte[]> classes();

    /** The class path snippets compile against (File.pathSeparator-separated). */
    String classPath();
}
