package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Values written through a chain's sink, with any block size and reference threshold, read back
 * through its source exactly as a {@link ByteBuffer} would, whatever the node boundaries; nothing
 * leaks.
 */
@AddLifecycleHook(LeakCheckHook.class)
class SinkSourcePropertiesTest {
    @Provide
    Arbitrary<List<Object>> values() {
        return Arbitraries.oneOf(
                        Arbitraries.longs().map(Object.class::cast),
                        Arbitraries.integers().map(Object.class::cast),
                        Arbitraries.bytes().map(Object.class::cast),
                        Arbitraries.bytes()
                                .array(byte[].class)
                                .ofMaxSize(300)
                                .map(Object.class::cast))
                .list()
                .ofMaxSize(60);
    }

    @Property(tries = 500)
    void whatTheSinkWritesTheSourceReads(
            @ForAll("values") List<Object> values,
            @ForAll @IntRange(min = 1, max = 300) int blockSize,
            @ForAll @IntRange(min = 0, max = 100) int referenceThreshold,
            @ForAll @IntRange(min = 0, max = 20) int rangeStart) {
        try (Chain chain = new Chain(BlockPool.shared(), blockSize, referenceThreshold)) {
            ChainSink sink = chain.sink();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            byte[] padding = new byte[rangeStart];
            Arrays.fill(padding, (byte) 0x77);
            sink.writeBytes(padding, 0, padding.length);
            expected.writeBytes(padding);
            for (Object value : values) {
                switch (value) {
                    case Long v -> {
                        sink.ensure(8);
                        BigEndian.putLong(sink.buffer(), sink.position(), v);
                        sink.advance(8);
                        expected.writeBytes(ByteBuffer.allocate(8).putLong(v).array());
                    }
                    case Integer v -> {
                        sink.ensure(4);
                        BigEndian.putInt(sink.buffer(), sink.position(), v);
                        sink.advance(4);
                        expected.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
                    }
                    case Byte v -> {
                        sink.writeByte(v);
                        expected.write(v);
                    }
                    case byte[] v -> {
                        sink.writeReference(v, 0, v.length);
                        expected.writeBytes(v);
                    }
                    default -> throw new AssertionError(value);
                }
            }
            byte[] bytes = expected.toByteArray();
            assertEquals(bytes.length, sink.written());
            assertArrayEquals(bytes, chain.toByteArray());

            ChainSource source = chain.source(rangeStart, bytes.length - rangeStart);
            ByteBuffer model = ByteBuffer.wrap(bytes, rangeStart, bytes.length - rangeStart);
            for (Object value : values) {
                switch (value) {
                    case Long v -> {
                        source.require(8);
                        assertEquals(v, BigEndian.getLong(source.buffer(), source.position()));
                        source.skip(8);
                        assertEquals(v, model.getLong());
                    }
                    case Integer v -> {
                        source.require(4);
                        assertEquals(v, BigEndian.getInt(source.buffer(), source.position()));
                        source.skip(4);
                        assertEquals(v, model.getInt());
                    }
                    case Byte v -> {
                        assertEquals(v, source.readByte());
                        model.get();
                    }
                    case byte[] v -> {
                        byte[] read = new byte[v.length];
                        source.readBytes(read, 0, read.length);
                        assertArrayEquals(v, read);
                        model.position(model.position() + v.length);
                    }
                    default -> throw new AssertionError(value);
                }
                assertEquals(model.position() - rangeStart, source.offset());
                assertEquals(model.remaining(), source.remaining());
            }
        }
    }
}
