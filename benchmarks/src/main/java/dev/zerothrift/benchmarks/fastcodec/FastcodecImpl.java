package dev.zerothrift.benchmarks.fastcodec;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.Impl;
import dev.zerothrift.benchmarks.fastcodec.gen.Batch;
import dev.zerothrift.benchmarks.fastcodec.gen.Lists;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTest;
import dev.zerothrift.benchmarks.fastcodec.gen.Request;
import dev.zerothrift.benchmarks.fastcodec.gen.Wide;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.codec.SharedArraySource;
import dev.zerothrift.runtime.protocol.Limits;

/**
 * zerothrift's fast codecs, with the code the generator writes from {@code workloads.thrift} at
 * build time (fixed-size fields first), in package {@code dev.zerothrift.benchmarks.fastcodec.gen}.
 */
public final class FastcodecImpl implements Impl {
    /**
     * The received bytes as libthrift's {@code TDeserializer} reads them (the benchmark's libthrift
     * side): binaries are buffers over the received array, not copies.
     */
    private static SharedArraySource shared(byte[] bytes) {
        return new SharedArraySource(bytes);
    }

    @Override
    public Codec codec(Fixture fixture) {
        return switch (fixture.value()) {
            case Values.MyTest v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.myTest((Values.MyTest) m),
                            (bytes, p) -> MyTest.fastRead(shared(bytes), p, Limits.DEFAULT),
                            ReadAll::myTest);
            case Values.Request v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.request((Values.Request) m),
                            (bytes, p) -> Request.fastRead(shared(bytes), p, Limits.DEFAULT),
                            ReadAll::request);
            case Values.Batch v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.batch((Values.Batch) m),
                            (bytes, p) -> Batch.fastRead(shared(bytes), p, Limits.DEFAULT),
                            ReadAll::batch);
            case Values.Wide v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.wide((Values.Wide) m),
                            (bytes, p) -> Wide.fastRead(shared(bytes), p, Limits.DEFAULT),
                            ReadAll::wide);
            case Values.Lists v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.lists((Values.Lists) m),
                            (bytes, p) -> Lists.fastRead(shared(bytes), p, Limits.DEFAULT),
                            ReadAll::lists);
        };
    }
}
