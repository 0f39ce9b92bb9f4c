package dev.zerothrift.benchmarks.libthrift;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.Impl;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;

import org.apache.thrift.TException;

/** Apache libthrift, with the code its compiler generates from {@code workloads.thrift}. */
public final class LibthriftImpl implements Impl {

    @Override
    public Codec codec(Fixture fixture) throws TException {
        return switch (fixture.value()) {
            case Values.MyTest v ->
                    new LibthriftCodec<>(
                            fixture,
                            Convert.myTest(v),
                            m -> Convert.myTest((Values.MyTest) m),
                            bench.workloads.MyTest::new,
                            ReadAll::myTest);
            case Values.Request v ->
                    new LibthriftCodec<>(
                            fixture,
                            Convert.request(v),
                            m -> Convert.request((Values.Request) m),
                            bench.workloads.Request::new,
                            ReadAll::request);
            case Values.Batch v ->
                    new LibthriftCodec<>(
                            fixture,
                            Convert.batch(v),
                            m -> Convert.batch((Values.Batch) m),
                            bench.workloads.Batch::new,
                            ReadAll::batch);
            case Values.Wide v ->
                    new LibthriftCodec<>(
                            fixture,
                            Convert.wide(v),
                            m -> Convert.wide((Values.Wide) m),
                            bench.workloads.Wide::new,
                            ReadAll::wide);
            case Values.Lists v ->
                    new LibthriftCodec<>(
                            fixture,
                            Convert.lists(v),
                            m -> Convert.lists((Values.Lists) m),
                            bench.workloads.Lists::new,
                            ReadAll::lists);
        };
    }
}
