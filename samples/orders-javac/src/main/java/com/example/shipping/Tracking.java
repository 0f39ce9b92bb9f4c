package com.example.shipping;

import dev.zerothrift.runtime.annotations.ThriftField;
import dev.zerothrift.runtime.annotations.ThriftMethod;
import dev.zerothrift.runtime.annotations.ThriftService;

/** The tracking service, Java-first. */
@ThriftService
public interface Tracking {
    Parcel find(@ThriftField(id = 1) String trackingId);

    @ThriftMethod(oneway = true)
    void delivered(@ThriftField(id = 1) String trackingId, @ThriftField(id = 2) long atMillis);
}
