package dev.zerothrift.benchmarks.views;

import dev.zerothrift.benchmarks.Codec;
import dev.zerothrift.benchmarks.Impl;
import dev.zerothrift.benchmarks.fastcodec.gen.BatchView;
import dev.zerothrift.benchmarks.fastcodec.gen.ListsView;
import dev.zerothrift.benchmarks.fastcodec.gen.MyTestView;
import dev.zerothrift.benchmarks.fastcodec.gen.RequestView;
import dev.zerothrift.benchmarks.fastcodec.gen.WideView;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.ViewOptions;

/**
 * zerothrift's generated views: {@code decode} wraps a view over the received chain (one indexing
 * walk) and reads every field through it (a binary field as a zero-copy slice of the chain); {@code
 * read1} wraps a lazily indexed view and reads one field; {@code encode} writes the workload's
 * values with the view's {@code Writer} into a pooled chain; {@code roundtrip} does both with a
 * copy into a receive buffer between.
 */
public final class ViewsImpl implements Impl {
    @Override
    public Codec codec(Fixture fixture) {
        return codec(fixture, ViewOptions.DEFAULT);
    }

    /**
     * The codec, its {@code decode} view indexing with {@code options} (for DecodePartsBench: eager
     * against lazy).
     */
    Codec codec(Fixture fixture, ViewOptions options) {
        Protocol protocol = fixture.protocol().runtime();
        Scratch scratch = new Scratch();
        return switch (fixture.value()) {
            case Values.MyTest v ->
                    new ViewsCodec<>(
                            fixture,
                            protocol,
                            new MyTestView(protocol, options),
                            new Writers(protocol)::myTest,
                            (view, bh) -> ReadView.myTest(view, bh, scratch.bind(bh)));
            case Values.Request v ->
                    new ViewsCodec<>(
                            fixture,
                            protocol,
                            new RequestView(protocol, options),
                            new Writers(protocol)::request,
                            (view, bh) -> ReadView.request(view, bh, scratch.bind(bh)));
            case Values.Batch v ->
                    new ViewsCodec<>(
                            fixture,
                            protocol,
                            new BatchView(protocol, options),
                            new Writers(protocol)::batch,
                            (view, bh) -> ReadView.batch(view, bh, scratch.bind(bh)));
            case Values.Wide v ->
                    new ViewsCodec<>(
                            fixture,
                            protocol,
                            new WideView(protocol, options),
                            new WideView(protocol, ViewOptions.LAZY),
                            new Writers(protocol)::wide,
                            (view, bh) -> ReadView.wide(view, bh, scratch.bind(bh)));
            case Values.Lists v ->
                    new ViewsCodec<>(
                            fixture,
                            protocol,
                            new ListsView(protocol, options),
                            new Writers(protocol)::lists,
                            (view, bh) -> ReadView.lists(view, bh, scratch.bind(bh)));
        };
    }
}
