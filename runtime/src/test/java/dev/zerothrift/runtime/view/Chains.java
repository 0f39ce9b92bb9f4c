package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.buffer.Chain;

import java.util.Random;

/** Chains holding given bytes, whole or cut into many small nodes so that values straddle them. */
final class Chains {
    private Chains() {}

    /** {@code bytes} in nodes of 1 to 7 bytes, each a copy in its own pooled block. */
    static Chain fragmented(byte[] bytes, Random random) {
        Chain chain = new Chain();
        int p = 0;
        while (p < bytes.length) {
            int n = Math.min(bytes.length - p, 1 + random.nextInt(7));
            Chain piece = Chain.copyOf(java.util.Arrays.copyOfRange(bytes, p, p + n));
            chain.append(piece);
            piece.release();
            p += n;
        }
        return chain;
    }
}
