package com.example.shipping;

import dev.zerothrift.runtime.protocol.Protocol;

/**
 * Puts a {@link Parcel} on the wire and takes it off again: the record is the schema, the class the
 * processor generated from it ({@code com.example.shipping.thrift.Parcel}) has the fast codec.
 */
public final class ParcelWire {
    private ParcelWire() {}

    /** The bytes of {@code parcel} in {@code protocol}. */
    public static byte[] encode(Parcel parcel, Protocol protocol) {
        return toWire(parcel).fastWrite(protocol);
    }

    /** The parcel in {@code bytes}; a {@code ProtocolException} when they are not one. */
    public static Parcel decode(byte[] bytes, Protocol protocol) {
        return fromWire(com.example.shipping.thrift.Parcel.fastRead(bytes, protocol));
    }

    static com.example.shipping.thrift.Parcel toWire(Parcel parcel) {
        com.example.shipping.thrift.Parcel wire =
                new com.example.shipping.thrift.Parcel()
                        .setTrackingId(parcel.trackingId())
                        .setCarrier(
                                com.example.shipping.thrift.Carrier.valueOf(
                                        parcel.carrier().name()))
                        .setSkus(parcel.skus());
        if (parcel.weightGrams() != null) {
            wire.setWeightGrams(parcel.weightGrams());
        }
        return wire;
    }

    static Parcel fromWire(com.example.shipping.thrift.Parcel wire) {
        return new Parcel(
                wire.getTrackingId(),
                Carrier.valueOf(wire.getCarrier().name()),
                wire.getSkus(),
                wire.isSetWeightGrams() ? wire.getWeightGrams() : null);
    }
}
