package com.example.shipping;

import dev.zerothrift.runtime.annotations.ThriftEnum;
import dev.zerothrift.runtime.annotations.ThriftEnumValue;

/** Who delivers a parcel: a Java-first enum, as {@code enum Carrier} would be in IDL. */
@ThriftEnum
public enum Carrier {
    POST,
    COURIER,
    @ThriftEnumValue(10)
    PICKUP
}
