package dev.zerothrift.benchmarks;

import dev.zerothrift.benchmarks.workload.Fixture;

/**
 * An implementation under test ({@code views}, {@code fastcodec} or {@code libthrift}). {@link
 * Impls} finds each by a fixed class name, so one that is not built yet is simply absent.
 */
public interface Impl {

    /**
     * Returns a codec for {@code fixture}: converts its values to this implementation's objects,
     * allocates the buffers that steady use reuses, and may check that it reads and writes the
     * fixture correctly. Called outside the measured methods.
     */
    Codec codec(Fixture fixture) throws Exception;
}
