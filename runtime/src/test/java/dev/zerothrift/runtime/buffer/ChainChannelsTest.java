package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

@ExtendWith(LeakCheckExtension.class)
class ChainChannelsTest {
    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** A channel that takes at most {@code max} bytes a call, and nothing on every other call. */
    private static final class Throttled implements GatheringByteChannel {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final int max;
        int calls;
        int largestGather;

        Throttled(int max) {
            this.max = max;
        }

        @Override
        public long write(ByteBuffer[] sources, int offset, int length) {
            largestGather = Math.max(largestGather, length);
            if (calls++ % 2 == 1) {
                return 0;
            }
            long taken = 0;
            for (int i = offset; i < offset + length && taken < max; i++) {
                ByteBuffer source = sources[i];
                while (source.hasRemaining() && taken < max) {
                    received.write(source.get());
                    taken++;
                }
            }
            return taken;
        }

        @Override
        public long write(ByteBuffer[] sources) {
            return write(sources, 0, sources.length);
        }

        @Override
        public int write(ByteBuffer source) {
            return (int) write(new ByteBuffer[] {source});
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }

    @Test
    void gatheringWritesResumeAfterPartialWritesAndReleaseWhatWasSent() throws IOException {
        BlockPool pool = new BlockPool();
        byte[] data = random(10_000);
        try (Chain chain = new Chain(pool, 256, 64)) {
            chain.append(data, 0, 3000);
            chain.sink().writeReference(data, 3000, 2000);
            chain.append(data, 5000, 5000);
            Throttled channel = new Throttled(777);
            long total = 0;
            while (chain.length() > 0) {
                long written = chain.writeTo(channel);
                assertTrue(written <= 777 && written > 0, "wrote " + written);
                total += written;
                assertEquals(data.length - total, chain.length());
            }
            assertEquals(data.length, total);
            assertArrayEquals(data, channel.received.toByteArray());
            assertTrue(channel.largestGather > 1);
            assertEquals(0, pool.stats().outstandingBlocks());
        }
    }

    @Test
    void writesEveryNodeToAFile(@TempDir Path dir) throws IOException {
        byte[] data = random(100_000);
        Path file = dir.resolve("out");
        try (Chain chain = new Chain(BlockPool.shared(), 1000, 500);
                FileChannel channel =
                        FileChannel.open(
                                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            for (int at = 0; at < data.length; at += 10_000) {
                chain.append(data, at, 5000);
                chain.sink().writeReference(data, at + 5000, 5000);
            }
            assertEquals(data.length, chain.writeTo(channel));
            assertEquals(0, chain.length());
        }
        assertArrayEquals(data, Files.readAllBytes(file));
    }

    @Test
    void readsFromAChannelIntoPooledBlocks() throws IOException {
        byte[] data = random(50_000);
        BlockPool pool = new BlockPool();
        ReadableByteChannel channel = Channels.newChannel(new ByteArrayInputStream(data));
        try (Chain chain = new Chain(pool, 4096, 1024)) {
            int read;
            int calls = 0;
            while ((read = chain.readFrom(channel, 3000)) >= 0) {
                assertTrue(read <= 3000);
                calls++;
            }
            assertTrue(calls >= 17);
            assertArrayEquals(data, chain.toByteArray());
            assertTrue(pool.stats().blocksTaken() >= 50_000 / 4096);
            assertThrows(IllegalArgumentException.class, () -> chain.readFrom(channel, 0));
        }
        assertEquals(0, pool.stats().outstandingBlocks());
    }
}
