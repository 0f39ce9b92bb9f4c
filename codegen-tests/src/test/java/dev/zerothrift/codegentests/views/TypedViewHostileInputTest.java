package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.Workloads;
import dev.zerothrift.codegentests.features.PresenceView;
import dev.zerothrift.codegentests.idl.RequestView;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Random;

/**
 * Hostile bytes fail a generated view at {@code wrap} with the runtime's {@link ProtocolException},
 * never later and never with another exception.
 */
class TypedViewHostileInputTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void everyTruncationFailsAtWrap(Protocol protocol) {
        byte[] bytes = LibthriftRequests.write(Workloads.request(40), protocol);
        RequestView view = new RequestView(protocol);
        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            ProtocolException e = assertThrows(ProtocolException.class, () -> view.wrap(cut));
            assertTrue(e.getMessage().contains("byte"), e::getMessage);
        }
        view.close();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void corruptedBytesFailAtWrapOrReadCompletely(Protocol protocol) {
        byte[] good = LibthriftRequests.write(Workloads.request(40), protocol);
        Random random = new Random(6);
        try (RequestView view = new RequestView(protocol)) {
            for (int trial = 0; trial < 2_000; trial++) {
                byte[] bytes = good.clone();
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                try {
                    view.wrap(bytes);
                } catch (ProtocolException expected) {
                    continue;
                }
                // once wrap succeeds, every read succeeds
                view.toPojo();
                if (view.user() != null) {
                    view.user().toPojo();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aHugeLengthIsRefusedBeforeAnyAllocation(Protocol protocol) {
        byte[] bytes =
                protocol == Protocol.BINARY
                        ? new byte[] {11, 0, 2, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 'x', 0}
                        : new byte[] {0x28, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 7};
        try (RequestView view = new RequestView(protocol)) {
            assertThrows(ProtocolException.class, () -> view.wrap(bytes));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aMissingRequiredFieldFailsAtWrap(Protocol protocol) {
        byte[] bytes = new dev.zerothrift.codegentests.features.V1().setId(3).fastWrite(protocol);
        try (PresenceView view = new PresenceView(protocol)) {
            assertThrows(ProtocolException.class, () -> view.wrap(bytes));
        }
    }
}
