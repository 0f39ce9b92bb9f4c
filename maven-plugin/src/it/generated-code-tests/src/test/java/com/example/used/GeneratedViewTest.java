package com.example.used;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.TException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The generated views in a user's project: they read libthrift's bytes in place, their writers
 * write libthrift's bytes (this project generates with {@code fieldOrder=IDL}), and their setters
 * edit a message into the bytes libthrift writes for the edited value.
 */
class GeneratedViewTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void viewsReadLibthriftsBytesInPlace(Protocol protocol) throws TException {
        byte[] bytes =
                GeneratedCodecTest.libthrift(
                        GeneratedCodecTest.factory(protocol), GeneratedCodecTest::writeFullOrder);
        OrderView order = new OrderView(protocol).wrap(bytes);
        assertEquals(42L, order.id());
        assertEquals(OrderState.PAID, order.state());
        assertEquals(2, order.itemsSize());
        assertEquals("book-1", order.itemsAt(0).sku());
        assertEquals(1999L, order.itemsAt(0).priceCents());
        assertEquals("pen-9", order.itemsAt(1).sku());
        assertFalse(order.itemsAt(1).hasPriceCents());
        Map<String, Integer> tags = new LinkedHashMap<>();
        for (int i = 0; i < order.tagsSize(); i++) {
            tags.put(order.tagsKeyAt(i), order.tagsValueAt(i));
        }
        assertEquals(Map.of("region", 7, "tier", -2), tags);
        assertEquals(
                ByteBuffer.wrap("leave at the door".getBytes(StandardCharsets.UTF_8)),
                order.note());
        assertArrayEquals(new long[] {1L, -1L, Long.MAX_VALUE}, order.historyLongs());
        assertEquals(59.9, order.total());
        assertTrue(order.gift());
        assertEquals(2, order.labelsSize());
        assertEquals("gift-wrap", order.labelsAt(1));
        assertEquals(3, order.priority());
        assertEquals(-5, order.channel());
        assertEquals(GeneratedCodecTest.fullOrder(), order.toPojo());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void writersWriteLibthriftsBytes(Protocol protocol) throws TException {
        Order full = GeneratedCodecTest.fullOrder();
        try (Chain chain = new Chain()) {
            new OrderView.Writer()
                    .begin(chain, protocol)
                    .id(full.getId())
                    .state(full.getState())
                    .items(full.getItems())
                    .tags(full.getTags())
                    .note("leave at the door".getBytes(StandardCharsets.UTF_8))
                    .history(full.getHistory())
                    .total(full.getTotal())
                    .gift(full.isGift())
                    .labels(new LinkedHashSet<>(List.of("fragile", "gift-wrap")))
                    .priority(full.getPriority())
                    .channel(full.getChannel())
                    .end();
            byte[] expected =
                    GeneratedCodecTest.libthrift(
                            GeneratedCodecTest.factory(protocol),
                            GeneratedCodecTest::writeFullOrder);
            assertArrayEquals(expected, chain.toByteArray());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void settersEditInPlaceIntoLibthriftsBytes(Protocol protocol) {
        Order edited =
                GeneratedCodecTest.fullOrder()
                        .setState(OrderState.SHIPPED)
                        .setTotal(-0.5)
                        .setPriority((short) 300);
        edited.unsetNote();
        try (Chain chain = Chain.copyOf(GeneratedCodecTest.fullOrder().fastWrite(protocol))) {
            OrderView view = new OrderView(protocol).wrap(chain);
            view.setState(OrderState.SHIPPED);
            view.setTotal(-0.5);
            view.setPriority((short) 300);
            view.unsetNote();
            assertFalse(view.hasNote());
            assertArrayEquals(edited.fastWrite(protocol), chain.toByteArray());
            assertEquals(edited, view.toPojo());
        }
    }
}
