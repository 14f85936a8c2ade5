package autograd.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port of the connection file that another program holds while the kernel starts (a class's busy machine). */
class PortTakenTest {
    @TempDir Path dir;

    @Test
    void aPortHeldThroughoutEndsTheKernelSayingWhichPort() throws Exception {
        int[] ports = freePorts();
        Path file = connectionFile(ports);
        try (ServerSocket taken = new ServerSocket(ports[1], 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            PortTaken ended = assertThrows(PortTaken.class, () -> JupyterKernel.serve(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals("The kernel cannot listen on its shell port " + ports[1] + ": another program took it after"
                    + " Jupyter chose it, so the kernel ends and Jupyter starts it again.", ended.getMessage());
            assertTrue(seconds >= PortTaken.WAIT_MS / 1000.0 && seconds < 30, "ended after " + seconds + " s");
        }
        // what it bound before the taken port is let go: the kernel can start on the same ports now
        KernelConnection again = new KernelConnection(KernelConnectionProperties.parse(Files.readString(file)));
        again.connect();
        again.close();
    }

    @Test
    void theKernelsProcessEndsWithAFailingStatusNotAsAKernelThatNeverAnswers() throws Exception {
        int[] ports = freePorts();
        Path file = connectionFile(ports);
        try (ServerSocket taken = new ServerSocket(ports[4], 1, InetAddress.getLoopbackAddress())) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process kernel = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "autograd.cli.Main",
                    "kernel", "run", file.toString()).redirectErrorStream(true).start();
            boolean ended = kernel.waitFor(60, TimeUnit.SECONDS);
            String said = new String(kernel.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ended) kernel.destroyForcibly();
            assertTrue(ended, "the kernel's JVM still runs after its port was taken (the heartbeat's thread keeps it)");
            assertEquals(1, kernel.exitValue(), said);
            assertTrue(said.contains("cannot listen on its iopub port " + ports[4]), said);
        }
    }

    @Test
    void aPortHeldForAMomentIsWaitedFor() throws Exception {
        int[] ports = freePorts();
        KernelConnection connection = new KernelConnection(KernelConnectionProperties.parse(Files.readString(connectionFile(ports))));
        ServerSocket taken = new ServerSocket(ports[3], 1, InetAddress.getLoopbackAddress());
        Thread letGo = new Thread(() -> {
            try {
                Thread.sleep(500);
                taken.close();
            } catch (InterruptedException | IOException e) {
                throw new RuntimeException(e);
            }
        });
        letGo.start();
        try {
            connection.connect();                          // the stdin port is free again within the wait
        } finally {
            connection.close();
            letGo.join();
        }
    }

    private static int[] freePorts() throws IOException {
        int[] ports = new int[5];
        ServerSocket[] held = new ServerSocket[5];
        for (int i = 0; i < 5; i++) {
            held[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            ports[i] = held[i].getLocalPort();
        }
        for (ServerSocket s : held) s.close();
        return ports;
    }

    /** hb, shell, control, stdin, iopub: the ports in that order. */
    private Path connectionFile(int[] ports) throws IOException {
        Path file = dir.resolve("kernel-" + ports[0] + ".json");
        Files.writeString(file, String.format("{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"hb_port\": %d,"
                + " \"shell_port\": %d, \"control_port\": %d, \"stdin_port\": %d, \"iopub_port\": %d,"
                + " \"key\": \"a-key\", \"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"autograd\"}",
                ports[0], ports[1], ports[2], ports[3], ports[4]));
        return file;
    }
}
