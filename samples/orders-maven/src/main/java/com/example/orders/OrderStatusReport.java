package com.example.orders;

import com.example.orders.wire.OrderStatus;

/** Prints what a status number read from the wire means, using the generated enum. */
public final class OrderStatusReport {
    private OrderStatusReport() {}

    /** The line describing the status with wire value {@code value}. */
    public static String describe(int value) {
        OrderStatus status = OrderStatus.findByValue(value);
        return status == null
                ? "status " + value + ": unknown to this version"
                : "status " + value + ": " + status;
    }

    public static void main(String[] args) {
        for (String arg : args.length == 0 ? new String[] {"1", "3", "7"} : args) {
            System.out.println(describe(Integer.parseInt(arg)));
        }
    }
}
