package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.lib.Level;

import org.junit.jupiter.api.Test;

class UsesLibraryTest {
    @Test
    void libraryCodeComesFromItsJarAndOursIsGenerated() {
        // Level was generated when the library was built, not again here.
        assertEquals(Level.INFO, Level.findByValue(20));
        assertEquals(Mode.LOUD, Mode.findByValue(1));
    }
}
