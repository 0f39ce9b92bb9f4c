package dev.zerothrift.runtime.buffer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

@ExtendWith(LeakCheckExtension.class)
class ChainTest {
    private final List<Chain> chains = new ArrayList<>();

    @AfterEach
    void releaseAll() {
        chains.forEach(Chain::close);
    }

    private <T extends Chain> T track(T chain) {
        chains.add(chain);
        return chain;
    }

    /** A chain of 64-byte blocks holding bytes 0, 1, 2, ... (mod 256). */
    private Chain counting(int length) {
        Chain chain = track(new Chain(BlockPool.shared(), 64, 32));
        for (int i = 0; i < length; i++) {
            chain.sink().writeByte(i);
        }
        return chain;
    }

    private static byte[] counting(int from, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer out =
                ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    @Test
    void mapsPositionsToNodes() {
        Chain chain = counting(200); // nodes of 64, 64, 64, 8
        assertEquals(4, chain.nodeCount());
        for (int p = 0; p < 200; p++) {
            int i = chain.nodeIndex(p);
            assertEquals(p / 64, i);
            int within = p - chain.nodeStart(i);
            assertTrue(within >= 0 && within < chain.nodeLength(i));
            assertEquals((byte) p, chain.nodeArray(i)[chain.nodeOffset(i) + within]);
        }
    }

    @Test
    void readsBigEndianValuesInsideAndAcrossNodes() {
        Chain chain = counting(200);
        ByteBuffer expected = ByteBuffer.wrap(counting(0, 200));
        for (int p = 0; p + 8 <= 200; p++) {
            assertEquals(expected.getLong(p), chain.getLong(p), "getLong(" + p + ")");
            assertEquals(expected.getInt(p), chain.getInt(p), "getInt(" + p + ")");
            assertEquals(expected.getShort(p), chain.getShort(p), "getShort(" + p + ")");
            assertEquals(expected.get(p), chain.getByte(p));
        }
    }

    @Test
    void overwritesValuesInPlaceInsideAndAcrossNodes() {
        Chain chain = counting(200);
        ByteBuffer expected = ByteBuffer.wrap(counting(0, 200));
        int nodes = chain.nodeCount();
        for (int p = 0; p + 8 <= 200; p += 5) {
            chain.setLong(p, 0x0123456789ABCDEFL * p);
            expected.putLong(p, 0x0123456789ABCDEFL * p);
            chain.setInt(p + 1, p);
            expected.putInt(p + 1, p);
            chain.setShort(p + 2, (short) -p);
            expected.putShort(p + 2, (short) -p);
            chain.setByte(p + 3, 0x7F);
            expected.put(p + 3, (byte) 0x7F);
        }
        chain.setBytes(60, new byte[] {9, 9, 9, 9, 9, 9, 9, 9}, 0, 8);
        expected.put(60, new byte[] {9, 9, 9, 9, 9, 9, 9, 9});
        assertArrayEquals(expected.array(), chain.toByteArray());
        assertEquals(nodes, chain.nodeCount());
    }

    @Test
    void aSliceSharesTheBlocksAndOutlivesTheChain() {
        Chain chain = counting(200);
        Block first = chain.nodeBlock(0);
        Chain slice = chain.slice(10, 150);
        assertArrayEquals(counting(10, 150), slice.toByteArray());
        assertSame(first, slice.nodeBlock(0));
        assertEquals(2, first.refCount());
        chain.setByte(20, 99); // slices share memory
        assertEquals(99, slice.getByte(10));
        chain.release();
        assertEquals(1, first.refCount());
        assertEquals(99, slice.getByte(10));
        assertEquals((byte) 159, slice.getByte(149));
        slice.release();
        assertEquals(0, first.refCount());
    }

    @Test
    void aSliceNeverGrowsIntoTheBlockOfItsChain() {
        Chain chain = counting(10);
        Chain slice = track(chain.slice(0, 10));
        slice.sink().writeByte(1);
        chain.sink().writeByte(2);
        assertEquals(10, slice.getByte(10) + 9);
        assertEquals(2, chain.getByte(10));
        assertNotSame(slice.nodeArray(1), chain.nodeArray(0));
    }

    @Test
    void replaceSplitsTheEndsAndMovesNothingElse() {
        Chain chain = counting(200);
        byte[][] arrays = new byte[4][];
        for (int i = 0; i < 4; i++) {
            arrays[i] = chain.nodeArray(i);
        }
        chain.replace(50, 100, new byte[] {-1, -2, -3}, 0, 3);
        assertArrayEquals(
                concat(counting(0, 50), new byte[] {-1, -2, -3}, counting(150, 50)),
                chain.toByteArray());
        assertEquals(103, chain.length());
        // [0,50) of block 0 | new node | [22,64) of block 2 | block 3
        assertEquals(4, chain.nodeCount());
        assertSame(arrays[0], chain.nodeArray(0));
        assertEquals(50, chain.nodeLength(0));
        assertEquals(3, chain.nodeLength(1));
        assertSame(arrays[2], chain.nodeArray(2));
        assertEquals(22, chain.nodeOffset(2));
        assertEquals(53, chain.nodeStart(2));
        assertSame(arrays[3], chain.nodeArray(3));
        assertEquals(95, chain.nodeStart(3));
    }

    @Test
    void replaceByAChainMovesItsNodesAndEmptiesIt() {
        Chain chain = counting(100);
        byte[] big = counting(7, 1000);
        Chain with = track(new Chain());
        with.appendReference(big, 0, big.length);
        chain.replace(10, 0, with);
        assertEquals(0, with.length());
        assertEquals(1100, chain.length());
        assertSame(big, chain.nodeArray(1));
        assertArrayEquals(concat(counting(0, 10), big, counting(10, 90)), chain.toByteArray());
        with.sink().writeByte(1); // still usable, and independent
        assertEquals(1100, chain.length());
    }

    @Test
    void replaceReferenceLinksTheCallersArray() {
        Chain chain = counting(200);
        byte[] value = counting(100, 5000);
        chain.replaceReference(60, 10, value, 1, 4000);
        assertEquals(4190, chain.length());
        int node = chain.nodeIndex(60);
        assertSame(value, chain.nodeArray(node));
        assertEquals(1, chain.nodeOffset(node));
        assertEquals(4000, chain.nodeLength(node));
        assertArrayEquals(
                concat(counting(0, 60), counting(101, 4000), counting(70, 130)),
                chain.toByteArray());
    }

    @Test
    void replaceByASliceOfItself() {
        Chain chain = counting(200);
        Chain part = chain.slice(100, 80);
        chain.replace(0, 150, part);
        part.release();
        assertArrayEquals(concat(counting(100, 80), counting(150, 50)), chain.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> chain.replace(0, 1, chain));
    }

    @Test
    void insertDeleteAndDiscard() {
        BlockPool pool = new BlockPool();
        Chain chain = track(new Chain(pool, 64, 32));
        chain.append(counting(0, 200), 0, 200);
        chain.insert(0, new byte[] {1, 2}, 0, 2);
        chain.insert(202, new byte[] {3}, 0, 1);
        chain.insert(100, new byte[] {4}, 0, 1);
        byte[] expected =
                concat(
                        new byte[] {1, 2},
                        counting(0, 98),
                        new byte[] {4},
                        counting(98, 102),
                        new byte[] {3});
        assertArrayEquals(expected, chain.toByteArray());
        chain.delete(1, 200);
        assertArrayEquals(
                concat(new byte[] {1}, counting(198, 2), new byte[] {3}), chain.toByteArray());
        chain.discard(2);
        assertArrayEquals(new byte[] {(byte) 199, 3}, chain.toByteArray());
        chain.discard(2);
        assertEquals(0, chain.length());
        assertEquals(0, chain.nodeCount());
        assertEquals(0, pool.stats().outstandingBlocks());
    }

    @Test
    void theSinkWritesOnAfterAnEdit() {
        Chain chain = counting(100);
        ChainSink sink = chain.sink();
        chain.delete(90, 10);
        sink.writeByte(1);
        chain.replace(0, 10, new byte[] {5}, 0, 1);
        sink.ensure(8);
        BigEndian.putLong(sink.buffer(), sink.position(), -1L);
        sink.advance(8);
        assertArrayEquals(
                concat(
                        new byte[] {5},
                        counting(10, 80),
                        new byte[] {1},
                        counting(-1, 0),
                        longBytes(-1L)),
                chain.toByteArray());
        assertEquals(100 + 1 + 8, sink.written());
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }

    @Test
    void writeReferenceLinksTheArrayAndWritingContinuesInTheSameBlock() {
        Chain chain = track(new Chain(BlockPool.shared(), 1024, 100));
        ChainSink sink = chain.sink();
        sink.writeByte(1);
        byte[] big = counting(0, 100);
        assertTrue(sink.writeReference(big, 0, 100));
        assertFalse(sink.writeReference(big, 0, 99));
        sink.writeByte(2);
        assertEquals(3, chain.nodeCount());
        assertSame(big, chain.nodeArray(1));
        assertSame(chain.nodeBlock(0), chain.nodeBlock(2));
        assertEquals(1, chain.nodeOffset(2));
        assertEquals(99 + 1, chain.nodeLength(2));
        assertEquals(201, sink.written());
        assertArrayEquals(
                concat(new byte[] {1}, big, counting(0, 99), new byte[] {2}), chain.toByteArray());
    }

    @Test
    void clearKeepsTheBlocksOnlyTheChainHoldsForTheNextMessage() {
        BlockPool pool = new BlockPool(1 << 20, 1 << 16, 0);
        Chain chain = track(new Chain(pool, 64, 32));
        byte[] first = counting(0, 200);
        chain.sink().writeBytes(first, 0, first.length);
        long taken = pool.stats().blocksTaken();
        assertEquals(4, taken);

        chain.clear();
        assertEquals(0, chain.length());
        assertEquals(0, chain.nodeCount());
        assertEquals(0, chain.sink().written());
        assertEquals(4, pool.stats().outstandingBlocks(), "the blocks stay with the chain");

        byte[] second = counting(50, 250);
        chain.sink().writeBytes(second, 0, 150);
        ChainSink sink = chain.sink();
        sink.ensure(8);
        BigEndian.putLong(sink.buffer(), sink.position(), 0x0102030405060708L);
        sink.advance(8);
        chain.sink().writeBytes(second, 150, 100);
        assertEquals(taken + 1, pool.stats().blocksTaken(), "a fifth block only for the excess");
        assertArrayEquals(
                concat(
                        java.util.Arrays.copyOf(second, 150),
                        new byte[] {1, 2, 3, 4, 5, 6, 7, 8},
                        java.util.Arrays.copyOfRange(second, 150, 250)),
                chain.toByteArray());

        chain.release();
        assertEquals(0, pool.stats().outstandingBlocks(), "release gives the spares back");
    }

    @Test
    void clearNeverReusesTheMemoryOfASliceOrACallersArray() {
        BlockPool pool = new BlockPool(1 << 20, 1 << 16, 0);
        Chain chain = track(new Chain(pool, 64, 32));
        chain.sink().writeBytes(counting(0, 100), 0, 100);
        byte[] linked = counting(7, 40);
        chain.sink().writeReference(linked, 0, linked.length);
        chain.sink().writeBytes(counting(100, 10), 0, 10);
        Chain slice = track(chain.slice(0, 30)); // holds the first block
        byte[] sliceBytes = slice.toByteArray();

        chain.clear();
        byte[] again = new byte[300];
        java.util.Arrays.fill(again, (byte) 0x5a);
        chain.sink().writeBytes(again, 0, again.length);

        assertArrayEquals(sliceBytes, slice.toByteArray());
        assertArrayEquals(counting(7, 40), linked);
        assertArrayEquals(again, chain.toByteArray());
        slice.release();
        chain.release();
        assertEquals(0, pool.stats().outstandingBlocks());
    }

    @Test
    void aSliceIntoAChainAppendsAndReusesTheNodesItsLastClearKept() {
        Chain chain = counting(200); // 64-byte blocks: the slice spans three of them
        Chain into = track(new Chain());
        into.append(new byte[] {42}, 0, 1);
        assertSame(into, chain.slice(10, 150, into));
        assertArrayEquals(concat(new byte[] {42}, counting(10, 150)), into.toByteArray());
        Block second = chain.nodeBlock(1);
        assertEquals(2, second.refCount());
        Node firstSliced = into.nodes[1];

        into.clear();
        assertEquals(1, second.refCount(), "clear gives the slice's references back");
        chain.slice(70, 100, into);
        assertSame(firstSliced, into.nodes[0], "the node clear kept is reused, not allocated");
        assertArrayEquals(counting(70, 100), into.toByteArray());
        assertEquals(2, second.refCount());
    }

    @Test
    void aChainCannotBeSlicedIntoItself() {
        Chain chain = counting(10);
        assertThrows(IllegalArgumentException.class, () -> chain.slice(0, 5, chain));
        assertThrows(IndexOutOfBoundsException.class, () -> chain.slice(5, 6, track(new Chain())));
    }

    @Test
    void clearKeepsTheBlockOfALinkedArrayForTheNextLinkWithoutHoldingTheArray() {
        Chain chain = track(new Chain(BlockPool.shared(), 64, 32));
        byte[] first = counting(0, 100);
        chain.sink().writeReference(first, 0, first.length);
        Block link = chain.nodeBlock(0);

        chain.clear();
        assertEquals(1, link.refCount(), "kept, by the chain alone");
        assertEquals(0, link.capacity(), "pointed at no array: the caller's is not kept alive");

        byte[] second = counting(9, 80);
        chain.appendReference(second, 5, 70);
        assertSame(link, chain.nodeBlock(0));
        assertSame(second, chain.nodeArray(0));
        assertArrayEquals(counting(14, 70), chain.toByteArray());
        chain.release();
        assertEquals(0, link.refCount());
    }

    @Test
    void clearReleasesALinkedArraysBlockThatASliceStillHolds() {
        Chain chain = track(new Chain(BlockPool.shared(), 64, 32));
        byte[] linked = counting(0, 100);
        chain.appendReference(linked, 0, linked.length);
        Chain slice = track(chain.slice(10, 20));
        Block link = chain.nodeBlock(0);

        chain.clear();
        assertEquals(1, link.refCount(), "the slice's reference");
        chain.appendReference(counting(1, 50), 0, 50);
        assertNotSame(link, chain.nodeBlock(0));
        assertArrayEquals(counting(10, 20), slice.toByteArray());
    }

    @Test
    void clearAfterReleaseIsAnIllegalState() {
        Chain chain = new Chain();
        chain.release();
        assertThrows(IllegalStateException.class, chain::clear);
    }

    @Test
    void copyIsIndependent() {
        Chain chain = counting(100);
        Chain copy = track(chain.copy());
        chain.setByte(0, 42);
        assertEquals(0, copy.getByte(0));
        assertArrayEquals(counting(0, 100), copy.toByteArray());
    }

    @Test
    void aSourceCanHandOutSlices() {
        Chain chain = counting(200);
        ChainSource source = chain.source();
        source.readByte();
        Chain slice = source.readSlice(150);
        assertEquals(151, source.offset());
        assertEquals((byte) 151, source.readByte());
        assertArrayEquals(counting(1, 150), slice.toByteArray());
        slice.release();
        assertEquals(
                "message truncated at byte 152: needed 49 more bytes, 48 left",
                assertThrows(ProtocolException.class, () -> source.readSlice(49)).getMessage());
        source.reset(190, 10);
        assertEquals((byte) 190, source.readByte());
    }

    @Test
    void aSourceSkipsWithoutCopying() {
        Chain chain = counting(300);
        ChainSource source = chain.source(10, 280);
        source.require(4);
        source.skipBytes(2); // inside the window
        assertEquals(2, source.offset());
        source.skipBytes(200); // across nodes
        assertEquals(202, source.offset());
        assertEquals((byte) 212, source.readByte());
        ProtocolException e = assertThrows(ProtocolException.class, () -> source.skipBytes(78));
        assertEquals(
                "message truncated at byte 203: needed 78 more bytes, 77 left", e.getMessage());
        source.skipBytes(77);
        assertEquals(0, source.remaining());
        assertThrows(IllegalArgumentException.class, () -> source.skipBytes(-1));
    }

    @Test
    void badPositionsAndLengthsSayWhatWasWrong() {
        Chain chain = counting(10);
        assertMessage(
                IndexOutOfBoundsException.class,
                "index -1 (+8 bytes) out of range [0, 10)",
                () -> chain.getLong(-1));
        assertMessage(
                IndexOutOfBoundsException.class,
                "index 3 (+8 bytes) out of range [0, 10)",
                () -> chain.getLong(3));
        assertMessage(
                IndexOutOfBoundsException.class,
                "index 10 (+1 bytes) out of range [0, 10)",
                () -> chain.getByte(10));
        assertMessage(
                IndexOutOfBoundsException.class,
                "index 9 (+2 bytes) out of range [0, 10)",
                () -> chain.setShort(9, (short) 0));
        assertMessage(
                IndexOutOfBoundsException.class,
                "range [5, 15) out of bounds [0, 10)",
                () -> chain.slice(5, 10));
        assertMessage(
                IllegalArgumentException.class, "negative length: -1", () -> chain.delete(2, -1));
        assertMessage(
                IndexOutOfBoundsException.class,
                "range [11, 11) out of bounds [0, 10)",
                () -> chain.insert(11, new byte[1], 0, 1));
        assertMessage(
                IndexOutOfBoundsException.class,
                "range [2, 6) out of bounds [0, 5)",
                () -> chain.append(new byte[5], 2, 4));
        assertMessage(
                IllegalArgumentException.class,
                "negative length: -3",
                () -> chain.sink().writeBytes(new byte[5], 0, -3));
        assertMessage(
                IndexOutOfBoundsException.class,
                "node 4 out of range [0, 1)",
                () -> chain.nodeArray(4));
        assertMessage(
                IllegalArgumentException.class,
                "block size must be positive: 0",
                () -> new Chain(BlockPool.shared(), 0, 1));
        assertArrayEquals(counting(0, 10), chain.toByteArray());
    }

    @Test
    void useAfterReleaseIsAnIllegalState() {
        Chain chain = new Chain();
        chain.append(new byte[100], 0, 100);
        ChainSink sink = chain.sink();
        chain.release();
        assertTrue(chain.isReleased());
        assertMessage(
                IllegalStateException.class, "chain already released", () -> chain.getLong(0));
        assertMessage(
                IllegalStateException.class, "chain already released", () -> chain.slice(0, 0));
        assertMessage(
                IllegalStateException.class, "chain already released", () -> sink.writeByte(1));
        assertMessage(IllegalStateException.class, "chain released twice", chain::release);
        chain.close(); // idempotent
    }

    private static void assertMessage(
            Class<? extends Throwable> type, String message, Runnable bad) {
        assertEquals(message, assertThrows(type, bad::run).getMessage());
    }
}
