package dev.zerothrift.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Value.Field;
import dev.zerothrift.runtime.protocol.Value.Str;
import dev.zerothrift.runtime.protocol.Value.Struct;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.List;
import java.util.Random;

/**
 * The whole-field writes ({@code writeI64Field}, {@code writeStringField}, ...) that generated
 * writers use give libthrift's bytes for its header-then-value calls: random structs, into a
 * growing array, into windows of random small sizes, and into a chain of small blocks that is
 * cleared and written again (its kept blocks reused).
 */
@AddLifecycleHook(LeakCheckHook.class)
class WholeFieldParityTest {

    @Property(tries = 400)
    void wholeFieldsWriteLibthriftsBytes(
            @ForAll long seed,
            @ForAll Variant variant,
            @ForAll @IntRange(min = 1, max = 24) int window) {
        Struct value = Value.randomStruct(new Random(seed), 4);
        byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
        assertArrayEquals(theirs, variant.writeOurs(w -> OurValues.writeWholeFields(w, value)));

        ChunkedSink sink = new ChunkedSink(new Random(seed), window);
        OurValues.writeWholeFields(variant.writer(sink), value);
        assertArrayEquals(theirs, sink.toByteArray());
    }

    @Property(tries = 200)
    void wholeFieldsIntoAReusedChainOfSmallBlocks(
            @ForAll long seed,
            @ForAll Variant variant,
            @ForAll @IntRange(min = 1, max = 7) int blockShift) {
        Random random = new Random(seed);
        try (Chain chain = new Chain(BlockPool.shared(), 8 << blockShift, 16)) {
            for (int message = 0; message < 3; message++) {
                Struct value = Value.randomStruct(random, 3);
                byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
                ProtocolWriter writer = variant.writer(chain.sink());
                OurValues.writeWholeFields(writer, value);
                assertEquals(theirs.length, chain.sink().written());
                assertArrayEquals(theirs, chain.toByteArray(), value::toString);
                chain.clear();
            }
        }
    }

    /** Strings too long for the one-pass window: more than the direct limit, and long in UTF-8. */
    @Example
    void longStringsGoTheLongWay() {
        String ascii = "x".repeat(ProtocolWriter.DIRECT_STRING_CHARS + 1);
        String wide = "\u20ac".repeat(50); // 150 bytes: longer than a one-byte compact length
        Struct value =
                new Struct(
                        List.of(
                                new Field((short) 1, new Str(ascii)),
                                new Field((short) 40, new Str(wide)),
                                new Field((short) -3, new Str(""))));
        for (Variant variant : Variant.values()) {
            byte[] theirs = variant.writeLibthrift(p -> LibthriftValues.write(p, value));
            assertArrayEquals(theirs, variant.writeOurs(w -> OurValues.writeWholeFields(w, value)));
            ChunkedSink sink = new ChunkedSink(new Random(7), 5);
            OurValues.writeWholeFields(variant.writer(sink), value);
            assertArrayEquals(theirs, sink.toByteArray());
        }
    }
}
