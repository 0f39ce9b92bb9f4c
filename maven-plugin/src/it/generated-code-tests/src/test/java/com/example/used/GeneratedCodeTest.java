package com.example.used;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.used.fixtures.Scenario;

import dev.zerothrift.runtime.annotations.ThriftGenerated;

import org.junit.jupiter.api.Test;

class GeneratedCodeTest {
    @Test
    void enumValuesRoundTripThroughTheirWireNumbers() {
        for (OrderState state : new OrderState[] {OrderState.NEW, OrderState.PAID}) {
            assertEquals(state, OrderState.findByValue(state.value()));
        }
        // Two members share 4: the first declared wins, as in libthrift.
        assertEquals(OrderState.SHIPPED, OrderState.findByValue(OrderState.DISPATCHED.value()));
        assertNull(OrderState.findByValue(3));
    }

    @Test
    void testIdlIsGeneratedIntoTheTestSources() {
        assertEquals(7, Scenario.REFUND.value());
        assertEquals(Scenario.HAPPY_PATH, Scenario.findByValue(0));
    }

    @Test
    void generatedClassesSayWhichDefinitionTheyAre() {
        ThriftGenerated order = Order.class.getAnnotation(ThriftGenerated.class);
        assertEquals("orders", order.program());
        assertEquals("Order", order.name());
        assertEquals(ThriftGenerated.Kind.STRUCT, order.kind());
        ThriftGenerated state = OrderState.class.getAnnotation(ThriftGenerated.class);
        assertEquals("OrderState", state.name());
        assertEquals(ThriftGenerated.Kind.ENUM, state.kind());
        assertEquals("fixtures", Scenario.class.getAnnotation(ThriftGenerated.class).program());
    }
}
