package dev.zerothrift.benchmarks.protocol;

import java.util.Random;

/** The values every protocol benchmark encodes and decodes: fixed seed, same data for all. */
final class PrimitiveData {
    static final int I64_COUNT = 64;
    static final int STRING_COUNT = 16;
    static final int BINARY_COUNT = 16;
    static final int BINARY_LENGTH = 64;
    static final int LIST_LENGTH = 256;

    final long[] i64s = new long[I64_COUNT];
    final String[] strings = new String[STRING_COUNT];
    final byte[][] binaries = new byte[BINARY_COUNT][BINARY_LENGTH];
    final long[] list = new long[LIST_LENGTH];

    PrimitiveData() {
        Random random = new Random(42);
        for (int i = 0; i < I64_COUNT; i++) {
            // Mixed magnitudes, so varints of every length occur.
            i64s[i] = random.nextLong() >> random.nextInt(64);
        }
        for (int i = 0; i < STRING_COUNT; i++) {
            StringBuilder s = new StringBuilder();
            int length = 8 + random.nextInt(32);
            for (int c = 0; c < length; c++) {
                // One string in four has non-ASCII characters (2- and 3-byte UTF-8).
                s.append(
                        i % 4 == 3 && c % 5 == 0
                                ? (char) (0xe0 + random.nextInt(0x800))
                                : (char) ('a' + random.nextInt(26)));
            }
            strings[i] = s.toString();
        }
        for (byte[] binary : binaries) {
            random.nextBytes(binary);
        }
        for (int i = 0; i < LIST_LENGTH; i++) {
            list[i] = random.nextLong() >> random.nextInt(64);
        }
    }
}
