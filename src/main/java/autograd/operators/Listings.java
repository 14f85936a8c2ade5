package autograd.operators;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * The JDK's and the class path's package listings, kept from one snippet to the next: each snippet's unit imports
 * {@code java.util.*}, {@code autograd.*} and the rest on demand, and javac lists every such package again for each
 * new task (a third of an attribution's time). They do not change while a session runs; the snippets' own package,
 * which does, is served apart by {@link SnippetClasses}.
 */
final class Listings extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private record Key(String location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse) {}

    private final Map<Key, List<JavaFileObject>> listed = new ConcurrentHashMap<>();

    Listings(StandardJavaFileManager standard) { super(standard); }

    @Override public Iterable<JavaFileObject> list(Location location, String packageName,
            Set<JavaFileObject.Kind> kinds,
            boolean recurse) throws IOException {
        Key key = new Key(location.getName(), packageName, Set.copyOf(kinds), recurse);
        List<JavaFileObject> files = listed.get(key);
        if (files == null) {
            files = new ArrayList<>();
            for (JavaFileObject f : super.list(location, packageName, kinds, recurse)) files.add(f);
            listed.put(key, files);
        }
        return files;
    }

    /** Forgets every listing: the class path changed. */
    void clear() { listed.clear(); }
}
