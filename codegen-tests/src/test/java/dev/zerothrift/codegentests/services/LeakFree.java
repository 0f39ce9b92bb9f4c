package dev.zerothrift.codegentests.services;

import dev.zerothrift.runtime.buffer.LeakDetector;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Fails a test that leaves pooled blocks unreleased (surefire runs this module with the strict
 * detector). A call's blocks are released on event loops after the reply arrives, so the count is
 * given up to five seconds to settle.
 */
final class LeakFree implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LeakFree.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!LeakDetector.isStrict()) {
            throw new AssertionError("run with -D" + LeakDetector.PROPERTY + "=strict");
        }
        context.getStore(NAMESPACE).put("mark", LeakDetector.mark());
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        long mark = context.getStore(NAMESPACE).get("mark", Long.class);
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<LeakDetector.Leak> leaks = LeakDetector.outstandingSince(mark);
        while (!leaks.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            leaks = LeakDetector.outstandingSince(mark);
        }
        if (!leaks.isEmpty()) {
            LeakDetector.forget(leaks);
            throw new AssertionError(context.getDisplayName() + ": " + LeakDetector.report(leaks));
        }
    }
}
