package dev.zerothrift.runtime.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.SplittableRandom;

/**
 * Binary-protocol list elements byte for byte as libthrift's {@code TBinaryProtocol} writes them
 * (NaNs included), and read back as it reads them, by both implementations.
 */
class LibthriftParityTest {
    @Provide
    Arbitrary<Elements<?>> types() {
        return Arbitraries.of(Elements.I64, Elements.I32, Elements.I16, Elements.DOUBLE);
    }

    @Property(tries = 200)
    void writesWhatLibthriftWrites(
            @ForAll("types") Elements<?> type,
            @ForAll @IntRange(max = 2000) int count,
            @ForAll long seed) {
        check(type, count, seed);
    }

    private static <A> void check(Elements<A> type, int count, long seed) {
        A values = type.random(new SplittableRandom(seed), count);
        byte[] expected = Libthrift.write(false, type, values);
        @SuppressWarnings("unchecked")
        A libthriftRead = (A) Libthrift.read(false, type, expected, count);
        for (BulkCodec codec : BinaryListsTest.codecs()) {
            byte[] bytes = new byte[count * type.size];
            type.encode(codec, values, 0, bytes, 0, count);
            assertArrayEquals(expected, bytes, codec.name());
            A back = type.newArray(count);
            type.decode(codec, expected, 0, back, 0, count);
            assertArrayEquals(type.bits(libthriftRead), type.bits(back), codec.name());
        }
    }
}
