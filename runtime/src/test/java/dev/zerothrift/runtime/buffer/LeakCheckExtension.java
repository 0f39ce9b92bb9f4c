package dev.zerothrift.runtime.buffer;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Fails a test that leaves blocks unreleased, and prints where they were taken.
 *
 * <p>In strict {@link LeakDetector} mode (how surefire runs this module) it lists every block taken
 * during the test and still outstanding, with its stack. Without strict mode (a test run from an
 * IDE, say) it can only compare the global counters, which is exact when tests run one at a time.
 */
public final class LeakCheckExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LeakCheckExtension.class);

    private record Start(long mark, long outstanding) {}

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE)
                .put("start", new Start(LeakDetector.mark(), LeakDetector.outstandingBlocks()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Start start = context.getStore(NAMESPACE).get("start", Start.class);
        String failure = check(start.mark(), start.outstanding());
        if (failure != null) {
            throw new AssertionError(context.getDisplayName() + ": " + failure);
        }
    }

    /** A description of what leaked since the mark, or null when nothing did. */
    static String check(long mark, long outstandingBefore) {
        if (LeakDetector.isStrict()) {
            List<LeakDetector.Leak> leaks = LeakDetector.outstandingSince(mark);
            if (leaks.isEmpty()) {
                return null;
            }
            LeakDetector.forget(leaks);
            return LeakDetector.report(leaks);
        }
        long leaked = LeakDetector.outstandingBlocks() - outstandingBefore;
        if (leaked <= 0) {
            return null;
        }
        return leaked
                + " blocks leaked; run with -D"
                + LeakDetector.PROPERTY
                + "=strict to see where they were taken";
    }
}
