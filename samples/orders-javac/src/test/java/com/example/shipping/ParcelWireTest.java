package com.example.shipping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

class ParcelWireTest {
    private static final Parcel HEAVY =
            new Parcel("TRK-1", Carrier.PICKUP, List.of("book-42", "mug-7"), 1800);
    private static final Parcel LIGHT = new Parcel("TRK-2", Carrier.POST, List.of(), null);

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void parcelsRoundTripThroughTheGeneratedCodec(Protocol protocol) {
        for (Parcel parcel : List.of(HEAVY, LIGHT)) {
            assertEquals(parcel, ParcelWire.decode(ParcelWire.encode(parcel, protocol), protocol));
        }
        assertFalse(
                com.example.shipping.thrift.Parcel.fastRead(
                                ParcelWire.encode(LIGHT, protocol), protocol)
                        .isSetWeightGrams());
    }

    /**
     * The Java-first Parcel and its IDL twin (another package, generated from {@code
     * twin/parcel.thrift}) write the same value as the same bytes, and read each other's.
     */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theJavaFirstParcelWritesTheBytesOfItsIdlTwin(Protocol protocol) {
        com.example.shipping.twin.Parcel twin =
                new com.example.shipping.twin.Parcel()
                        .setTrackingId("TRK-1")
                        .setCarrier(com.example.shipping.twin.Carrier.PICKUP)
                        .setSkus(List.of("book-42", "mug-7"))
                        .setWeightGrams(1800);
        byte[] javaFirst = ParcelWire.encode(HEAVY, protocol);
        assertArrayEquals(twin.fastWrite(protocol), javaFirst);
        assertEquals(twin, com.example.shipping.twin.Parcel.fastRead(javaFirst, protocol));
        assertEquals(HEAVY, ParcelWire.decode(twin.fastWrite(protocol), protocol));

        com.example.shipping.twin.Parcel lightTwin =
                new com.example.shipping.twin.Parcel()
                        .setTrackingId("TRK-2")
                        .setCarrier(com.example.shipping.twin.Carrier.POST)
                        .setSkus(List.of());
        assertArrayEquals(lightTwin.fastWrite(protocol), ParcelWire.encode(LIGHT, protocol));
    }
}
