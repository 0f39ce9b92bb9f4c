package com.example.orders;

import com.example.orders.wire.LineItem;
import com.example.orders.wire.Order;
import com.example.orders.wire.OrderStatus;
import com.example.orders.wire.PaymentMethod;

import dev.zerothrift.runtime.protocol.Protocol;

import java.util.List;

/** Sends an order as bytes and reads it back with the generated struct classes' fast codecs. */
public final class OrderMessages {
    private OrderMessages() {}

    /** A small paid order. */
    public static Order sampleOrder() {
        return Order.builder()
                .id(1001L)
                .status(OrderStatus.PAID)
                .items(
                        List.of(
                                LineItem.builder()
                                        .sku("book-42")
                                        .quantity(2)
                                        .unitPriceCents(1250L)
                                        .build(),
                                LineItem.builder().sku("mug-7").quantity(1).build()))
                .payment(PaymentMethod.CARD)
                .build();
    }

    /** The order's total in cents: the sum of quantity times unit price over its items. */
    public static long totalCents(Order order) {
        long total = 0;
        for (LineItem item : order.getItems()) {
            total += item.getQuantity() * item.getUnitPriceCents();
        }
        return total;
    }

    public static void main(String[] args) {
        Order order = sampleOrder();
        byte[] bytes = order.fastWrite(Protocol.COMPACT);
        Order received = Order.fastRead(bytes, Protocol.COMPACT);
        System.out.println(
                received
                        + ": "
                        + bytes.length
                        + " bytes, total "
                        + totalCents(received)
                        + " cents");
    }
}
