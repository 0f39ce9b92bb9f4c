package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Both bulk implementations against the per-element reference of {@link Elements}, for every
 * element type: into and out of plain arrays at random offsets, and through sinks and sources whose
 * windows are small and odd-sized so that elements meet window edges everywhere.
 */
class BinaryListsTest {
    private static final byte SENTINEL = 0x3C;

    /** Both implementations, whichever is selected: the vector one must be present in tests. */
    static List<BulkCodec> codecs() {
        List<BulkCodec> codecs = new ArrayList<>();
        codecs.add(BulkCodecs.scalar());
        codecs.add(
                BulkCodecs.vector()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "tests run with --add-modules"
                                                        + " jdk.incubator.vector")));
        return codecs;
    }

    @Provide
    Arbitrary<Elements<?>> types() {
        return Arbitraries.of(Elements.I64, Elements.I32, Elements.I16, Elements.DOUBLE);
    }

    @Property(tries = 400)
    void encodesIntoAnArrayAsTheReference(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll @IntRange(max = 67) int srcOff,
            @ForAll @IntRange(max = 67) int dstOff,
            @ForAll long seed) {
        encodeIntoArray(type, count, srcOff, dstOff, seed);
    }

    private static <A> void encodeIntoArray(
            Elements<A> type, int count, int srcOff, int dstOff, long seed) {
        A values = type.random(new SplittableRandom(seed), srcOff + count + 3);
        byte[] expected = type.reference(values, srcOff, count);
        for (BulkCodec codec : codecs()) {
            byte[] dst = new byte[dstOff + expected.length + 11];
            Arrays.fill(dst, SENTINEL);
            type.encode(codec, values, srcOff, dst, dstOff, count);
            assertArrayEquals(
                    expected,
                    Arrays.copyOfRange(dst, dstOff, dstOff + expected.length),
                    codec.name());
            assertUntouched(dst, 0, dstOff);
            assertUntouched(dst, dstOff + expected.length, dst.length);
        }
    }

    @Property(tries = 400)
    void decodesFromAnArrayAsTheReference(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll @IntRange(max = 67) int srcOff,
            @ForAll @IntRange(max = 67) int dstOff,
            @ForAll long seed) {
        decodeFromArray(type, count, srcOff, dstOff, seed);
    }

    private static <A> void decodeFromArray(
            Elements<A> type, int count, int srcOff, int dstOff, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] src = new byte[srcOff + count * type.size + 5];
        random.nextBytes(src);
        long[] expected = type.bits(type.referenceDecode(src, srcOff, count));
        for (BulkCodec codec : codecs()) {
            A dst = type.newArray(dstOff + count + 7);
            type.decode(codec, src, srcOff, dst, dstOff, count);
            long[] actual = type.bits(dst);
            assertArrayEquals(
                    expected, Arrays.copyOfRange(actual, dstOff, dstOff + count), codec.name());
            long[] zeros = new long[actual.length - count];
            assertArrayEquals(zeros, concat(actual, 0, dstOff, dstOff + count), "outside range");
        }
    }

    @Property(tries = 400)
    void writesToASinkAsTheReference(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll @IntRange(max = 67) int offset,
            @ForAll long seed) {
        writeToSink(type, count, offset, seed);
    }

    private static <A> void writeToSink(Elements<A> type, int count, int offset, long seed) {
        A values = type.random(new SplittableRandom(seed), offset + count);
        byte[] expected = type.reference(values, offset, count);
        for (BulkCodec codec : codecs()) {
            WindowedSink sink = new WindowedSink(seed);
            sink.writeByte(0x0F); // a list header's worth, so the elements start unaligned
            type.write(BinaryLists.using(codec), sink, values, offset, count);
            sink.writeByte(0xF0);
            assertEquals(expected.length + 2, sink.written());
            byte[] written = sink.toByteArray();
            assertEquals(0x0F, written[0]);
            assertEquals((byte) 0xF0, written[written.length - 1]);
            assertArrayEquals(
                    expected, Arrays.copyOfRange(written, 1, written.length - 1), codec.name());
        }
    }

    @Property(tries = 400)
    void readsFromASourceAsTheReference(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 3000) int count,
            @ForAll @IntRange(max = 67) int offset,
            @ForAll @IntRange(max = 5) int before,
            @ForAll long seed) {
        readFromSource(type, count, offset, before, seed);
    }

    private static <A> void readFromSource(
            Elements<A> type, int count, int offset, int before, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] message = new byte[before + count * type.size + 3];
        random.nextBytes(message);
        long[] expected = type.bits(type.referenceDecode(message, before, count));
        for (BulkCodec codec : codecs()) {
            BinaryLists lists = BinaryLists.using(codec);
            WindowedSource source = new WindowedSource(message, seed);
            source.require(before);
            source.skip(before);
            A into = type.newArray(offset + count);
            type.read(lists, source, into, offset, count);
            assertEquals(before + count * type.size, source.offset());
            long[] bits = type.bits(into);
            assertArrayEquals(expected, Arrays.copyOfRange(bits, offset, bits.length));

            source = new WindowedSource(message, ~seed);
            source.require(before);
            source.skip(before);
            assertArrayEquals(expected, type.bits(type.read(lists, source, count)), codec.name());
            assertEquals(3, source.remaining());
        }
    }

    @Property(tries = 300)
    void roundTripsThroughWindows(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 5000) int count,
            @ForAll long seed) {
        roundTrip(type, count, seed);
    }

    private static <A> void roundTrip(Elements<A> type, int count, long seed) {
        A values = type.random(new SplittableRandom(seed), count);
        List<BulkCodec> codecs = codecs();
        for (BulkCodec writer : codecs) {
            WindowedSink sink = new WindowedSink(seed);
            type.write(BinaryLists.using(writer), sink, values, 0, count);
            byte[] bytes = sink.toByteArray();
            for (BulkCodec reader : codecs) {
                A back =
                        type.read(
                                BinaryLists.using(reader), new WindowedSource(bytes, seed), count);
                assertArrayEquals(
                        type.wireBits(values),
                        type.bits(back),
                        writer.name() + " then " + reader.name());
            }
        }
    }

    private static void assertUntouched(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            assertEquals(SENTINEL, bytes[i], "byte written outside the range at " + i);
        }
    }

    private static long[] concat(long[] all, int from, int to, int rest) {
        long[] out = new long[(to - from) + (all.length - rest)];
        System.arraycopy(all, from, out, 0, to - from);
        System.arraycopy(all, rest, out, to - from, all.length - rest);
        return out;
    }
}
