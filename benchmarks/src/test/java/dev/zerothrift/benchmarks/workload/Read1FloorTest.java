package dev.zerothrift.benchmarks.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zerothrift.runtime.protocol.BinaryWire;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;

/** The read1 floor finds f37 where it is, in both protocols, and notices a header not known. */
class Read1FloorTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void findsTheValueOfF37(Protocol protocol) {
        Fixture fixture = Fixture.of(Workload.WIDE_READ1, protocol);
        int at = new Read1Floor(fixture).skipTo37();
        byte[] wire = fixture.wire();
        String expected = ((Values.Wide) fixture.value()).f37();
        int length;
        int bytes;
        if (protocol == Protocol.BINARY) {
            length = BinaryWire.getI32(wire, at);
            bytes = at + 4;
        } else {
            length = wire[at]; // a 16-byte string: a one-byte varint
            bytes = at + 1;
        }
        assertEquals(
                expected,
                new String(wire, bytes, length, StandardCharsets.UTF_8),
                "the bytes at the position found");
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aHeaderNotKnownIsNotPassed(Protocol protocol) {
        Fixture original = Fixture.of(Workload.WIDE_READ1, protocol);
        byte[] wire = original.wire().clone();
        Read1Floor floor =
                new Read1Floor(new Fixture(original.workload(), protocol, original.value(), wire));
        wire[0] ^= 0x10; // the first header's type (binary) or id delta (compact)
        assertEquals(-1, floor.skipTo37());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void appliesToWideRead1Only(Protocol protocol) {
        Fixture request = Fixture.of(Workload.REQUEST_1K, protocol);
        assertThrows(IllegalArgumentException.class, () -> new Read1Floor(request));
    }
}
