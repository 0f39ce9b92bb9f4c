package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;

import java.util.Random;

/** Chains holding given bytes, whole or cut into many small nodes so that values straddle them. */
final class Chains {
    private Chains() {}

    /** A copy of {@code bytes} in pooled blocks of {@code blockSize} bytes (at least 64). */
    static Chain inBlocks(byte[] bytes, int blockSize) {
        Chain chain =
                new Chain(
                        dev.zerothrift.runtime.buffer.BlockPool.shared(),
                        blockSize,
                        Chain.DEFAULT_REFERENCE_THRESHOLD);
        chain.append(bytes, 0, bytes.length);
        return chain;
    }

    /**
     * {@code bytes} in nodes of 1 to {@code longest} bytes, each a copy in its own pooled block.
     */
    static Chain fragmented(byte[] bytes, Random random, int longest) {
        Chain chain = new Chain();
        int p = 0;
        while (p < bytes.length) {
            int n = Math.min(bytes.length - p, 1 + random.nextInt(longest));
            Chain piece = Chain.copyOf(java.util.Arrays.copyOfRange(bytes, p, p + n));
            chain.append(piece);
            piece.release();
            p += n;
        }
        return chain;
    }

    /** {@code bytes} in nodes of 1 to 7 bytes, each a copy in its own pooled block. */
    static Chain fragmented(byte[] bytes, Random random) {
        return fragmented(bytes, random, 7);
    }
}
