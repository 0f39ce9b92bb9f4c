package dev.zerothrift.runtime.buffer.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.BlockPool;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckExtension;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Random;

@ExtendWith(LeakCheckExtension.class)
class NettyChainsTest {
    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static Chain chainOf(BlockPool pool, byte[] data) {
        Chain chain = new Chain(pool, 1024, 512);
        chain.append(data, 0, 3000);
        chain.sink().writeReference(data, 3000, 1000);
        chain.append(data, 4000, data.length - 4000);
        return chain;
    }

    @Test
    void aChainBecomesACompositeOfItsBlocksWithoutACopy() {
        BlockPool pool = new BlockPool();
        byte[] data = random(6000);
        Chain chain = chainOf(pool, data);
        ByteBuf buffer = NettyChains.toByteBuf(chain);
        assertEquals(data.length, buffer.readableBytes());
        assertArrayEquals(data, ByteBufUtil.getBytes(buffer));
        CompositeByteBuf composite = (CompositeByteBuf) buffer;
        assertEquals(chain.nodeCount(), composite.numComponents());
        for (int i = 0; i < chain.nodeCount(); i++) {
            assertSame(chain.nodeArray(i), composite.component(i).array());
        }
        chain.setByte(3500, 42); // the same memory
        assertEquals(42, buffer.getByte(3500));
        chain.release();
        assertTrue(pool.stats().outstandingBlocks() > 0, "the buffer still holds the blocks");
        assertEquals(42, buffer.getByte(3500));
        assertTrue(buffer.release());
        assertEquals(0, pool.stats().outstandingBlocks());
    }

    @Test
    void releasingTheBufferFirstLeavesTheChainIntact() {
        byte[] data = random(100);
        Chain chain = Chain.copyOf(data);
        ByteBuf buffer = NettyChains.toByteBuf(chain);
        assertSame(chain.nodeArray(0), buffer.array());
        buffer.release();
        assertArrayEquals(data, chain.toByteArray());
        chain.release();
        ByteBuf empty = NettyChains.toByteBuf(new Chain());
        assertEquals(0, empty.readableBytes());
        empty.release();
    }

    @Test
    void aHeapBufferBecomesAChainWithoutACopy() {
        byte[] data = random(500);
        ByteBuf buffer = Unpooled.wrappedBuffer(data);
        buffer.readerIndex(10);
        buffer.writerIndex(490);
        Chain chain = NettyChains.toChain(buffer);
        assertEquals(480, chain.length());
        assertSame(data, chain.nodeArray(0));
        assertEquals(10, chain.nodeOffset(0));
        assertEquals(2, buffer.refCnt());
        assertEquals(10, buffer.readerIndex());
        buffer.release();
        assertEquals(data[10], chain.getByte(0));
        chain.release();
        assertEquals(0, buffer.refCnt());
    }

    @Test
    void aCompositeBecomesOneNodePerComponent() {
        byte[] a = random(100);
        byte[] b = random(200);
        ByteBuf first = Unpooled.wrappedBuffer(a);
        ByteBuf second = Unpooled.wrappedBuffer(b);
        CompositeByteBuf composite = Unpooled.compositeBuffer();
        composite.addComponent(true, first);
        composite.addComponent(true, second);
        composite.readerIndex(50);
        Chain chain = NettyChains.toChain(composite);
        assertEquals(250, chain.length());
        assertEquals(2, chain.nodeCount());
        assertSame(a, chain.nodeArray(0));
        assertSame(b, chain.nodeArray(1));
        composite.release();
        assertEquals(1, first.refCnt());
        assertEquals(1, second.refCnt());
        assertEquals(b[199], chain.getByte(249));
        chain.release();
        assertEquals(0, first.refCnt());
        assertEquals(0, second.refCnt());
    }

    @Test
    void aDirectBufferIsCopiedIntoPooledBlocks() {
        BlockPool pool = new BlockPool();
        byte[] data = random(20_000);
        ByteBuf direct = Unpooled.directBuffer(data.length);
        direct.writeBytes(data);
        Chain chain = NettyChains.toChain(direct, pool);
        assertEquals(1, direct.refCnt());
        assertArrayEquals(data, chain.toByteArray());
        assertNotSame(null, chain.nodeBlock(0));
        assertTrue(chain.nodeBlock(0).isPooled());
        direct.release();
        chain.release();
        assertEquals(0, pool.stats().outstandingBlocks());
    }
}
