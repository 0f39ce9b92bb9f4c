package com.example.used;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.used.fixtures.Scenario;

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
}
