package autograd.operators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;

/**
 * javac's view of the class path with the session's own snippets in it: package {@code REPL} is served from the bytes
 * the session's execution control saw, everything else from the snippet class path. So javac types a snippet as
 * JShell would: earlier variables, methods and a student's own classes included.
 */
final class SnippetClasses extends ForwardingJavaFileManager<JavaFileManager> {
    static final String PACKAGE = "REPL";

    private final Map<String, byte[]> classes;

    SnippetClasses(JavaFileManager files, Map<String, byte[]> classes) {
        super(files);
        this.classes = classes;
    }

    @Override public Iterable<JavaFileObject> list(Location location, String packageName,
            Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        if (location != StandardLocation.CLASS_PATH || !packageName.equals(PACKAGE)) return super.list(location,
                packageName, kinds, recurse);
        List<JavaFileObject> files = new ArrayList<>();
        if (!kinds.contains(JavaFileObject.Kind.CLASS)) return files;
        for (var e : Map.copyOf(classes).entrySet()) {      // a snapshot: the session may load a class meanwhile
            String name = e.getKey();
            if (name.startsWith(PACKAGE + ".")
                    && name.indexOf('.', PACKAGE.length() + 1) < 0) files.add(new Bytes(name, e.getValue()));
        }
        return files;
    }

    @Override public String inferBinaryName(Location location, JavaFileObject file) {
        return file instanceof Bytes b ? b.binaryName : super.inferBinaryName(location, file);
    }

    @Override public boolean isSameFile(javax.tools.FileObject a, javax.tools.FileObject b) {
        return a instanceof Bytes || b instanceof Bytes ? a == b : super.isSameFile(a, b);
    }

    /** One snippet class, from its bytes. */
    private static final class Bytes extends SimpleJavaFileObject {
        final String binaryName;
        private final byte[] bytes;

        Bytes(String binaryName, byte[] bytes) {
            super(URI.create("bytes:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override public InputStream openInputStream() { return new ByteArrayInputStream(bytes); }
    }
}
