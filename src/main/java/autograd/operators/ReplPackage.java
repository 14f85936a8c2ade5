package autograd.operators;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What a pooled javac context must forget after each snippet, as JShell's own TaskFactory does after each of its
 * tasks: the package {@code REPL} as it was listed then. Each snippet the session runs adds classes to it, and a
 * context that kept the old listing would not find them ({@code a} declared after the last snippet). Done through
 * javac's own classes, which {@code --add-exports jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED} (and {@code
 * .util}, {@code .api}) open to us; where anything is missing, {@link #forget} says so and the pool is not used.
 */
final class ReplPackage {
    private ReplPackage() {}

    /** Forgets the package's classes and listing in the task's context; false when javac's classes are closed to us. */
    static boolean forget(Object task) {
        try {
            Object context = task.getClass().getMethod("getContext").invoke(task);
            Class<?> contextType = Class.forName("com.sun.tools.javac.util.Context");
            Class<?> symtabType = Class.forName("com.sun.tools.javac.code.Symtab");
            Class<?> namesType = Class.forName("com.sun.tools.javac.util.Names");
            Class<?> moduleType = Class.forName("com.sun.tools.javac.code.Symbol$ModuleSymbol");
            Class<?> nameType = Class.forName("com.sun.tools.javac.util.Name");
            Object syms = symtabType.getMethod("instance", contextType).invoke(null, context);
            Object names = namesType.getMethod("instance", contextType).invoke(null, context);
            Object noModule = symtabType.getField("noModule").get(syms);
            Object module = symtabType.getField("java_base").get(syms) == noModule ? noModule
                    : symtabType.getField("unnamedModule").get(syms);
            Object name = namesType.getMethod("fromString", String.class).invoke(names, SnippetClasses.PACKAGE);
            Object repl = symtabType.getMethod("getPackage", moduleType, nameType).invoke(syms, module, name);
            if (repl == null) return true;
            Method packge = Class.forName("com.sun.tools.javac.code.Symbol").getMethod("packge");
            Method flatName = Class.forName("com.sun.tools.javac.code.Symbol$ClassSymbol").getMethod("flatName");
            Method remove = symtabType.getMethod("removeClass", moduleType, nameType);
            for (Object c : (Iterable<?>) symtabType.getMethod("getAllClasses").invoke(syms))
                if (packge.invoke(c) == repl) remove.invoke(syms, module, flatName.invoke(c));
            Field members = repl.getClass().getField("members_field");
            members.set(repl, null);
            Class<?> finderType = Class.forName("com.sun.tools.javac.code.ClassFinder");
            Object finder = finderType.getMethod("instance", contextType).invoke(null, context);
            repl.getClass().getField("completer").set(repl, finderType.getMethod("getCompleter").invoke(finder));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError closed) {
            return false;
        }
    }
}
