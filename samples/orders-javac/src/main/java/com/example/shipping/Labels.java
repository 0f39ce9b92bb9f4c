package com.example.shipping;

import com.example.catalog.wire.Category;

/** Uses code generated from both kinds of schema: the IDL file's and the Java-first one's. */
public final class Labels {
    private Labels() {}

    /** A shipping label line for a parcel of {@code category} sent with the carrier numbered so. */
    public static String label(Category category, int carrierValue) {
        com.example.shipping.thrift.Carrier carrier =
                com.example.shipping.thrift.Carrier.findByValue(carrierValue);
        return category + " via " + (carrier == null ? "unknown carrier " + carrierValue : carrier);
    }

    public static void main(String[] args) {
        System.out.println(label(Category.BOOKS, 0));
        System.out.println(label(Category.GAMES, 10));
    }
}
