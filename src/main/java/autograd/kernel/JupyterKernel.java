package autograd.kernel;

import autograd.picture.Mime;
import autograd.picture.OutputFile;
import autograd.render.Renderer;
import autograd.session.Completion;
import autograd.session.Outcome;
import autograd.session.Session;
import autograd.session.Splitter;
import autograd.text.NotebookError;
import autograd.text.ReplText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

/**
 * The Jupyter kernel: the Jupyter protocol (jjava-jupyter's {@code BaseKernel}, over pure-Java ZeroMQ) in front of
 * a {@link NotebookSession}. With {@link KernelConnection} and its channels, the only classes that know
 * jjava-jupyter: its messages go out here, and nowhere else. Execute requests arrive one at a time on
 * {@link InOrder}'s thread, interrupts and shutdowns at once on the control channel's (see {@link RequestChannel}).
 * The session starts in the background once the kernel's ports are bound, and the kernel already answers
 * (kernel_info, is_complete): the first cell waits for it.
 */
public final class JupyterKernel extends BaseKernel {
    private final JupyterConnection connection;
    private final Path pictures;                          // the kernel's own folder for picture files
    private final CompletableFuture<NotebookSession> runner = new CompletableFuture<>();
    private final IdleCollector idle = new IdleCollector();
    private static final java.util.regex.Pattern DRAWS =
            java.util.regex.Pattern.compile("\\b(drawDot|drawDotFull|stepBackward)\\s*\\(");

    private JupyterKernel(JupyterConnection connection, Path pictures) {
        super("autograd-jshell", "0.1.0",
                new LanguageInfo("java", Runtime.version().toString(), "text/x-java-source", ".jsh", "java", "java",
                        null),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(),
                new org.dflib.jjava.jupyter.kernel.display.Renderer(), null, null, false, new StringStyler.Builder()
                        .build());
        this.connection = connection;
        this.pictures = pictures;
        // V8 (when there is no dot) goes after a minute without a drawing, and a cell that draws starts it again:
        // a class's machine holds many kernels, most of them idle
        Renderer.shared().releaseWhenIdle(java.time.Duration.ofSeconds(60));
    }

    /**
     * Starts the session in the background. Called once the ports are bound: Jupyter chose them free, but until the
     * kernel binds them its front end keeps connecting to them, and on a class's busy machine such a connection
     * can take the very port (a TCP connection to itself): then the kernel cannot bind, and is restarted on the same
     * ports. So nothing heavy runs before the bind.
     */
    private void startSession() {
        CompletableFuture.runAsync(() -> {
            try {
                Session session = Session.start();
                session.traps(true);
                session.outputFolder(pictures);
                runner.complete(new NotebookSession(session));
                // after JShell's start, the engine in the background: the first drawDot is quick (it goes when idle)
                Renderer.shared().warmUp();
            } catch (Throwable e) {
                runner.completeExceptionally(e);
            }
        });
    }

    /** Connects to the front end named in the connection file and serves it until it shuts the kernel down. */
    public static void serve(Path connectionFile) throws Exception {
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new KernelConnection(properties);
        JupyterKernel kernel = new JupyterKernel(connection, Files.createTempDirectory("autograd-kernel-"));
        kernel.becomeHandlerForConnection(connection);
        try {
            connection.connect();
        } catch (RuntimeException e) {                   // a port taken: end, the channels bound so far with it
            connection.close();
            throw e;
        }
        kernel.startSession();
        // the front end that started us may die without a shutdown request: then no kernel stays behind, orphaned
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            kernel.onShutdown(false);
            System.exit(0);
        }));
        connection.waitUntilClose();
    }

    private NotebookSession runner() { return runner.join(); }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> request) {
        ExecuteRequest content = request.getContent();
        int count = content.isSilent() ? executionCount.get() : executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        if (!content.isSilent()) env.publish(new PublishExecuteInput(content.getCode(), count));
        // the engine starts while JShell compiles a cell that draws
        if (DRAWS.matcher(content.getCode()).find()) Renderer.shared().warmUp();
        idle.busy();
        Outcome last;
        try {
            last = runner().run(content.getCode(), new Cell(env, request));
        } catch (RuntimeException e) {                    // the session could not start: say so, in one sentence
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String said = "The kernel's session could not start: " + cause.getMessage();
            replyError(env, count, new NotebookError("SessionError", said, List.of(ReplText.bar(said))));
            return;
        } finally {
            idle.idle();
        }
        if (last == null || !last.failed()) {
            if (!content.isSilent() && last != null)
                last.notebookValue().ifPresent(v -> env.publish(new PublishExecuteResult(count, text(v))));
            env.defer().reply(new ExecuteReply(count, Map.of()));
            return;
        }
        replyError(env, count, NotebookError.of(last));
    }

    private void replyError(ShellReplyEnvironment env, int count, NotebookError f) {
        env.publish(new PublishError(f.name(), f.value(), f.traceback()));
        ErrorReply reply = new ErrorReply(f.name(), f.value(), f.traceback());
        reply.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
    }

    /** The running cell's way to its notebook: iopub for output and pictures, the stdin channel for input. */
    private final class Cell implements Frontend {
        private final ShellReplyEnvironment env;
        private final Message<ExecuteRequest> request;

        Cell(ShellReplyEnvironment env, Message<ExecuteRequest> request) {
            this.env = env;
            this.request = request;
        }

        @Override public void stream(String name, String text) {
            PublishStream.StreamType type = name.equals("stderr") ? PublishStream.StreamType.ERR
                    : PublishStream.StreamType.OUT;
            connection.getIOPub().sendMessage(new Message<>(request, PublishStream.MESSAGE_TYPE,
                    new PublishStream(type, text)));
        }

        @Override public void display(Mime picture) {
            DisplayData data = new DisplayData();
            picture.data().forEach(data::putData);
            picture.metadata().forEach(data::putMetaData);
            connection.getIOPub().sendMessage(new Message<>(request, PublishDisplayData.MESSAGE_TYPE,
                    new PublishDisplayData(data)));
        }

        @Override public String input(String prompt) {
            if (!request.getContent().isStdinEnabled()) return null;
            return env.readFromStdIn(prompt, false).replaceFirst("\\R$", "");
        }
    }

    /**
     * BaseKernel's own way to run a cell, which {@link #handleExecuteRequest} replaces; here for completeness: the
     * value, the output dropped.
     */
    @Override public Object evalRaw(String source) {
        Frontend quiet = new Frontend() {
            @Override public void stream(String name, String text) {}
            @Override public void display(Mime picture) {}
            @Override public String input(String prompt) { return null; }
        };
        Outcome last = runner().run(source, quiet);
        if (last != null && last.failed()) throw new IllegalStateException(ReplText.of(last));
        return last == null ? null : last.notebookValue().orElse(null);
    }

    /** Shift-Tab. Like every request but kernel_info it comes on InOrder's thread, which may wait for the session. */
    @Override public DisplayData inspect(String code, int at, boolean extraDetail) {
        return Inspector.at(runner().session(), code, chars(code, at)).map(JupyterKernel::text).orElse(null);
    }

    /** Tab, right from the first moment: it waits for the session to start rather than answer nothing. */
    @Override public ReplacementOptions complete(String code, int at) {
        int cursor = chars(code, at);
        Completion c = Completion.of(runner().session(), code, cursor);
        return new ReplacementOptions(c.continuations(), code.codePointCount(0, c.anchor()), at);
    }

    /**
     * For the console: complete, unfinished (with the next line's indent), or invalid; JShell's own analysis decides.
     */
    @Override public String isComplete(String code) {
        if (!runner.isDone()) return IS_COMPLETE_MAYBE;
        Splitter.Readiness r = runner().session().readiness(code);            // on the session's deep stack
        if (r == Splitter.Readiness.INVALID) return IS_COMPLETE_BAD;
        return r == Splitter.Readiness.UNFINISHED ? "    ".repeat(Math.max(1, depth(code))) : IS_COMPLETE_YES;
    }

    /** How many braces and parentheses are open at the end: the next line's indent. */
    private static int depth(String code) {
        int depth = 0;
        for (char ch : code.toCharArray()) {
            if (ch == '{' || ch == '(') depth++;
            if (ch == '}' || ch == ')') depth--;
        }
        return depth;
    }

    @Override public void interrupt() {
        if (runner.isDone()) runner().stop();
    }

    @Override public void onShutdown(boolean isRestarting) {
        if (runner.isDone()) {
            runner().stop();
            runner().session().close();
        }
        OutputFile.deleteTree(pictures);
        super.onShutdown(isRestarting);
    }

    private static DisplayData text(String text) {
        DisplayData d = new DisplayData();
        d.putText(text);
        return d;
    }

    /** Jupyter counts the cursor in code points; Java strings in UTF-16 chars. */
    private static int chars(String code, int codePoints) {
        return code.offsetByCodePoints(0, Math.min(codePoints, code.codePointCount(0, code.length())));
    }
}
