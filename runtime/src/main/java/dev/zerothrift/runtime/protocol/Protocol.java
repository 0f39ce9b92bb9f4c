package dev.zerothrift.runtime.protocol;

import dev.zerothrift.runtime.io.ByteSink;
import dev.zerothrift.runtime.io.ByteSource;

/** The two wire protocols, as factories of their readers and writers. */
public enum Protocol {
    BINARY {
        @Override
        public ProtocolReader newReader(ByteSource source, Limits limits) {
            return new BinaryReader(source, limits, false);
        }

        @Override
        public ProtocolWriter newWriter(ByteSink sink) {
            return new BinaryWriter(sink, true);
        }
    },
    COMPACT {
        @Override
        public ProtocolReader newReader(ByteSource source, Limits limits) {
            return new CompactReader(source, limits);
        }

        @Override
        public ProtocolWriter newWriter(ByteSink sink) {
            return new CompactWriter(sink);
        }
    };

    /** A reader of one message from {@code source}. */
    public abstract ProtocolReader newReader(ByteSource source, Limits limits);

    /** A writer into {@code sink} (binary: strict message headers, as libthrift writes). */
    public abstract ProtocolWriter newWriter(ByteSink sink);
}
