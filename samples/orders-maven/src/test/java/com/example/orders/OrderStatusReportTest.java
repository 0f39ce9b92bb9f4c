package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.orders.wire.OrderStatus;
import com.example.orders.wire.PaymentMethod;

import org.junit.jupiter.api.Test;

class OrderStatusReportTest {
    @Test
    void knownAndUnknownStatuses() {
        assertEquals("status 10: CANCELLED", OrderStatusReport.describe(10));
        assertEquals("status 7: unknown to this version", OrderStatusReport.describe(7));
    }

    @Test
    void generatedEnumsCarryTheirIdlValues() {
        assertEquals(2, OrderStatus.PAID.value());
        assertEquals(PaymentMethod.INVOICE, PaymentMethod.findByValue(2));
    }
}
