package com.example.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.catalog.wire.Category;

import org.junit.jupiter.api.Test;

class LabelsTest {
    @Test
    void javaFirstEnumValuesAreThoseTheAnnotationsSay() {
        assertEquals(0, com.example.shipping.thrift.Carrier.POST.value());
        assertEquals(1, com.example.shipping.thrift.Carrier.COURIER.value());
        assertEquals(10, com.example.shipping.thrift.Carrier.PICKUP.value());
    }

    @Test
    void labelsUseBothSchemas() {
        assertEquals("GAMES via PICKUP", Labels.label(Category.GAMES, 10));
        assertEquals("MUSIC via unknown carrier 4", Labels.label(Category.MUSIC, 4));
        assertEquals(Category.BOOKS, Category.findByValue(1));
    }
}
