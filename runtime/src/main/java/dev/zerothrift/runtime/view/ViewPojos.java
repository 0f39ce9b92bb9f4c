package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.codec.FastCodec;
import dev.zerothrift.runtime.codec.ThriftStruct;

/**
 * Copies the struct a view shows into its generated POJO: the struct's bytes, as they stand in the
 * chain now (edits included), decoded by the POJO's fast codec. Everything the codec keeps is kept:
 * fields the schema does not know, at every level, go into the POJO's unknown fields as raw bytes
 * (so encoding the POJO in the same protocol gives the same bytes back), and so do enum values the
 * IDL does not declare.
 */
public final class ViewPojos {
    private ViewPojos() {}

    /** Reads the struct {@code view} shows into {@code into} (fresh) and returns it. */
    public static <T extends ThriftStruct> T read(StructView view, T into) {
        view.checkWrapped();
        int from = start(view);
        int length = view.stopPosition() + 1 - from;
        MessageIndex index = view.index;
        return FastCodec.read(
                into, index.chain.source(from, length), index.protocol, index.options.limits());
    }

    /**
     * Chain position of the struct's first byte: the first of its field headers (known or not),
     * else its stop byte.
     */
    static int start(StructView view) {
        IndexArena a = view.index.arena;
        int r = view.record;
        int start = a.pos[r];
        for (int s = 0, n = view.descriptor().fieldCount(); s < n; s++) {
            int h = a.pos[r + MessageIndex.STRUCT_HEADER + MessageIndex.PER_SLOT * s];
            if (h >= 0 && h < start) {
                start = h;
            }
        }
        for (int u = a.link[r]; u >= 0; u = a.link[u]) {
            start = Math.min(start, a.pos[u]);
        }
        return start;
    }
}
