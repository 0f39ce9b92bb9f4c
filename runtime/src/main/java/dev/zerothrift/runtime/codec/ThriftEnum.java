package dev.zerothrift.runtime.codec;

/** A generated enum: every member has the i32 it is on the wire. */
public interface ThriftEnum {
    /** The value on the wire. */
    int value();
}
