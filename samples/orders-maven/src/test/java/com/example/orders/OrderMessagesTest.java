package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.orders.wire.LineItem;
import com.example.orders.wire.Order;
import com.example.orders.wire.OrderStatus;

import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderMessagesTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anOrderAndItsLineItemsRoundTrip(Protocol protocol) {
        Order order = OrderMessages.sampleOrder();
        byte[] bytes = order.fastWrite(protocol);
        assertEquals(order.encodedLength(protocol), bytes.length);

        Order read = Order.fastRead(bytes, protocol);
        assertEquals(order, read);
        assertEquals(OrderStatus.PAID, read.getStatus());
        LineItem mug = read.getItems().get(1);
        assertEquals("mug-7", mug.getSku());
        assertEquals(0L, mug.getUnitPriceCents());
        assertEquals(2500L, OrderMessages.totalCents(read));
    }

    @Test
    void unsetOptionalFieldsStayUnset() {
        Order order = Order.builder().id(7L).status(OrderStatus.PLACED).build();
        Order read = Order.fastRead(order.fastWrite(Protocol.BINARY), Protocol.BINARY);
        assertFalse(read.isSetPayment());
        assertEquals(order, read);
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> Order.builder().id(7L).build());
        assertEquals(ProtocolException.Kind.MISSING_REQUIRED, e.kind());
    }
}
