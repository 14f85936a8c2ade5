package autograd.session;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a snippet's class so that {@code System.exit(n)}, {@code Runtime.getRuntime().exit(n)} and
 * {@code halt(n)}, called or taken as a method reference, call {@link Exit} instead. Works the same on every JDK,
 * unlike a SecurityManager (gone from JDK 24). A class this ASM cannot read is loaded as it is.
 */
final class ExitRewriter {
    private ExitRewriter() {}

    private static final String EXIT = "autograd/session/Exit";

    static byte[] rewrite(byte[] classFile) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException newerThanAsm) {
            return classFile;
        }
        ClassWriter writer = new ClassWriter(0);              // same stack effects: the frames stay valid
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9,
                        super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override public void visitMethodInsn(int opcode, String owner, String method, String desc,
                            boolean itf) {
                        Handle target = replacement(owner, method, desc);
                        if (target == null) super.visitMethodInsn(opcode, owner, method, desc, itf);
                        else super.visitMethodInsn(Opcodes.INVOKESTATIC, EXIT, target.getName(), target.getDesc(),
                                false);
                    }

                    @Override public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap,
                            Object... args) {
                        for (int i = 0; i < args.length; i++)       // System::exit as a method reference
                            if (args[i] instanceof Handle h
                                    && replacement(h.getOwner(), h.getName(), h.getDesc()) != null)
                                args[i] = replacement(h.getOwner(), h.getName(), h.getDesc());
                        super.visitInvokeDynamicInsn(name, desc, bootstrap, args);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Exit's method for a call that would end the JVM, or null. */
    private static Handle replacement(String owner, String method, String desc) {
        if (owner.equals("java/lang/System") && method.equals("exit") && desc.equals("(I)V"))
            return new Handle(Opcodes.H_INVOKESTATIC, EXIT, "exit", "(I)V", false);
        if (owner.equals("java/lang/Runtime") && (method.equals("exit") || method.equals("halt"))
                && desc.equals("(I)V"))
            return new Handle(Opcodes.H_INVOKESTATIC, EXIT, method, "(Ljava/lang/Runtime;I)V", false);
        return null;
    }
}
