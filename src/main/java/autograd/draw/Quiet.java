package autograd.draw;

import java.util.concurrent.Callable;

final class Quiet {
    private Quiet() {}

    static <T> T run(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
