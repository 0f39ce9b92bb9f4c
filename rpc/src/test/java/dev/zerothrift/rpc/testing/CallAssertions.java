package dev.zerothrift.rpc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.rpc.ApplicationException;

import org.junit.jupiter.api.function.Executable;

/** Assertions on how a call failed. */
public final class CallAssertions {
    private CallAssertions() {}

    /**
     * Asserts that {@code call} throws an {@link ApplicationException} of {@code type} with {@code
     * message}.
     */
    public static void assertApplicationException(
            ApplicationException.Type type, String message, Executable call) {
        ApplicationException e = assertThrows(ApplicationException.class, call);
        assertEquals(type, e.type());
        assertEquals(message, e.getMessage());
    }

    /** Asserts that {@code call} throws the declared {@link Oops} with {@code why}. */
    public static void assertOops(String why, Executable call) {
        assertEquals(why, assertThrows(Oops.class, call).getMessage());
    }
}
