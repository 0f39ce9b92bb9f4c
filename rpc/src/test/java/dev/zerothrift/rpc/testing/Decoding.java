package dev.zerothrift.rpc.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

/** Feeding bytes that a decoder must reject. */
public final class Decoding {
    private Decoding() {}

    /**
     * Writes {@code bytes} into {@code channel}, asserts that its decoder throws a {@link
     * DecoderException}, and returns what it wraps: why the decoder rejected them.
     */
    public static Throwable rejectionOf(EmbeddedChannel channel, byte[] bytes) {
        DecoderException e =
                assertThrows(
                        DecoderException.class,
                        () -> channel.writeInbound(Unpooled.wrappedBuffer(bytes)));
        return e.getCause();
    }
}
