package dev.zerothrift.rpc.testing;

import dev.zerothrift.runtime.buffer.LeakDetector;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Fails a test that leaves blocks unreleased (strict {@link LeakDetector} mode, as surefire runs
 * this module), printing where each was taken. Buffers of a call finish their life on event loops
 * after the test's last assertion (a reply's blocks are released when Netty has written them), so
 * the check waits up to five seconds for the count to settle before it reports.
 */
public final class LeakCheck implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LeakCheck.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("mark", LeakDetector.mark());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        long mark = context.getStore(NAMESPACE).get("mark", Long.class);
        List<LeakDetector.Leak> leaks = settle(mark);
        if (!leaks.isEmpty()) {
            LeakDetector.forget(leaks);
            throw new AssertionError(context.getDisplayName() + ": " + LeakDetector.report(leaks));
        }
    }

    /** The blocks taken since {@code mark} still outstanding after up to five seconds. */
    public static List<LeakDetector.Leak> settle(long mark) throws InterruptedException {
        if (!LeakDetector.isStrict()) {
            throw new AssertionError("run with -D" + LeakDetector.PROPERTY + "=strict");
        }
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<LeakDetector.Leak> leaks = LeakDetector.outstandingSince(mark);
        while (!leaks.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            leaks = LeakDetector.outstandingSince(mark);
        }
        return leaks;
    }
}
