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

/**
 * zerothrift's fast codecs, with the code the generator writes from {@code workloads.thrift} at
 * build time (fixed-size fields first), in package {@code dev.zerothrift.benchmarks.fastcodec.gen}.
 */
public final class FastcodecImpl implements Impl {
    @Override
    public Codec codec(Fixture fixture) {
        return switch (fixture.value()) {
            case Values.MyTest v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.myTest((Values.MyTest) m),
                            MyTest::fastRead,
                            ReadAll::myTest);
            case Values.Request v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.request((Values.Request) m),
                            Request::fastRead,
                            ReadAll::request);
            case Values.Batch v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.batch((Values.Batch) m),
                            Batch::fastRead,
                            ReadAll::batch);
            case Values.Wide v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.wide((Values.Wide) m),
                            Wide::fastRead,
                            ReadAll::wide);
            case Values.Lists v ->
                    new FastcodecCodec<>(
                            fixture,
                            m -> Convert.lists((Values.Lists) m),
                            Lists::fastRead,
                            ReadAll::lists);
        };
    }
}
