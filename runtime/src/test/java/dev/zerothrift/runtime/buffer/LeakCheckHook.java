package dev.zerothrift.runtime.buffer;

import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

import java.util.List;

/**
 * The jqwik counterpart of {@link LeakCheckExtension}: falsifies a try that leaves blocks
 * unreleased, so the shrinker looks for the smallest leaking case. Use with
 * {@code @AddLifecycleHook(LeakCheckHook.class)}.
 */
public final class LeakCheckHook implements AroundTryHook {
    /** Added on a class, the hook reaches every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public TryExecutionResult aroundTry(
            TryLifecycleContext context, TryExecutor executor, List<Object> parameters) {
        long mark = LeakDetector.mark();
        long before = LeakDetector.outstandingBlocks();
        TryExecutionResult result = executor.execute(parameters);
        String failure = LeakCheckExtension.check(mark, before);
        if (failure != null && !result.isFalsified()) {
            return TryExecutionResult.falsified(new AssertionError(failure));
        }
        return result;
    }
}
