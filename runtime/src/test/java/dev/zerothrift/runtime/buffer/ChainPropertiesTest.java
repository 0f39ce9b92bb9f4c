package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Random sequences of writes, edits, slices and clears applied to a chain of small blocks and to a
 * plain {@code byte[]} model: after every step the chain holds the model's bytes, slices taken
 * earlier still hold theirs (a cleared chain writes again into the blocks it kept, never into a
 * slice's), and nothing leaks.
 */
@AddLifecycleHook(LeakCheckHook.class)
class ChainPropertiesTest {
    enum Kind {
        APPEND,
        REFERENCE,
        LONG,
        REPLACE_COPY,
        REPLACE_CHAIN,
        REPLACE_SELF_SLICE,
        INSERT,
        DELETE,
        DISCARD,
        SLICE,
        READ,
        SET_LONG,
        CLEAR
    }

    record Op(Kind kind, int a, int b, byte[] data) {
        @Override
        public String toString() {
            return kind + "(" + a + ", " + b + ", " + data.length + " bytes)";
        }
    }

    record Held(Chain slice, byte[] bytes) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op =
                Combinators.combine(
                                Arbitraries.of(Kind.class),
                                Arbitraries.integers().between(0, 1 << 20),
                                Arbitraries.integers().between(0, 1 << 20),
                                Arbitraries.bytes().array(byte[].class).ofMaxSize(200))
                        .as(Op::new);
        return op.list().ofMaxSize(40);
    }

    @Property(tries = 1000)
    void chainBehavesLikeAnArray(@ForAll("ops") List<Op> ops) {
        BlockPool pool = new BlockPool(1 << 20, 1 << 16, 1 << 12);
        Chain chain = new Chain(pool, 64, 48);
        List<Held> held = new ArrayList<>();
        boolean setInPlace = false;
        boolean aliased = false; // a self-slice put the same memory at two positions
        byte[] model = new byte[0];
        try {
            for (Op op : ops) {
                int length = model.length;
                int from = op.a() % (length + 1);
                int span = op.b() % (length - from + 1);
                byte[] data = op.data();
                switch (op.kind()) {
                    case APPEND -> {
                        chain.sink().writeBytes(data, 0, data.length);
                        model = concat(model, data);
                    }
                    case REFERENCE -> {
                        chain.sink().writeReference(data, 0, data.length);
                        model = concat(model, data);
                    }
                    case LONG -> {
                        ChainSink sink = chain.sink();
                        sink.ensure(8);
                        BigEndian.putLong(sink.buffer(), sink.position(), op.a() * 31L);
                        sink.advance(8);
                        model = concat(model, ByteBuffer.allocate(8).putLong(op.a() * 31L).array());
                    }
                    case REPLACE_COPY -> {
                        chain.replace(from, span, data, 0, data.length);
                        model = replace(model, from, span, data);
                    }
                    case REPLACE_CHAIN -> {
                        Chain with = new Chain(pool, 16, 8);
                        with.sink().writeBytes(data, 0, data.length / 2);
                        with.sink()
                                .writeReference(
                                        data, data.length / 2, data.length - data.length / 2);
                        chain.replace(from, span, with);
                        with.release();
                        model = replace(model, from, span, data);
                    }
                    case REPLACE_SELF_SLICE -> {
                        int sliceFrom = op.b() % (length + 1);
                        int sliceLength = (op.a() / 7) % (length - sliceFrom + 1);
                        Chain part = chain.slice(sliceFrom, sliceLength);
                        byte[] partBytes =
                                Arrays.copyOfRange(model, sliceFrom, sliceFrom + sliceLength);
                        chain.replace(from, span, part);
                        part.release();
                        model = replace(model, from, span, partBytes);
                        aliased |= sliceLength > 0;
                    }
                    case INSERT -> {
                        chain.insert(from, data, 0, data.length);
                        model = replace(model, from, 0, data);
                    }
                    case DELETE -> {
                        chain.delete(from, span);
                        model = replace(model, from, span, new byte[0]);
                    }
                    case DISCARD -> {
                        chain.discard(from);
                        model = Arrays.copyOfRange(model, from, length);
                    }
                    case SLICE -> {
                        Chain slice = chain.slice(from, span);
                        held.add(new Held(slice, Arrays.copyOfRange(model, from, from + span)));
                    }
                    case READ -> {
                        ByteBuffer expected = ByteBuffer.wrap(model);
                        if (length - from >= 8) {
                            assertEquals(expected.getLong(from), chain.getLong(from));
                        }
                        if (length - from >= 4) {
                            assertEquals(expected.getInt(from), chain.getInt(from));
                        }
                        ChainSource source = chain.source(from, span);
                        byte[] read = new byte[span];
                        source.readBytes(read, 0, span);
                        assertArrayEquals(Arrays.copyOfRange(model, from, from + span), read);
                    }
                    case SET_LONG -> {
                        if (length - from >= 8 && !aliased) {
                            chain.setLong(from, op.b() * 7919L);
                            ByteBuffer.wrap(model).putLong(from, op.b() * 7919L);
                            setInPlace = true; // slices share memory: theirs may change too
                        }
                    }
                    case CLEAR -> {
                        // keeps the blocks only the chain holds: a held slice's must not be reused
                        chain.clear();
                        model = new byte[0];
                        aliased = false;
                    }
                }
                assertEquals(model.length, chain.length(), "after " + op);
                assertArrayEquals(model, chain.toByteArray(), "after " + op);
                if (!setInPlace) {
                    for (Held h : held) {
                        assertArrayEquals(
                                h.bytes(), h.slice().toByteArray(), "a slice after " + op);
                    }
                }
            }
        } finally {
            chain.release();
            held.forEach(h -> h.slice().release());
        }
        assertEquals(0, pool.stats().outstandingBlocks());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] replace(byte[] model, int from, int length, byte[] with) {
        byte[] out = new byte[model.length - length + with.length];
        System.arraycopy(model, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(
                model, from + length, out, from + with.length, model.length - from - length);
        return out;
    }
}
