package dev.zerothrift.runtime.codec;

/**
 * What every generated IDL {@code exception} extends: a checked exception (as libthrift's are, so
 * that service methods declare them) that is also a {@link ThriftStruct} with a fast codec.
 *
 * <p>The stack trace is not filled in: a Thrift exception is a value received from or sent to a
 * peer, thrown where it is read or where a handler decides, and its Java stack says nothing about
 * the remote failure it describes (and costs more than the decoding).
 */
public abstract class ThriftException extends Exception implements ThriftStruct {
    protected ThriftException() {
        super(null, null, /* enableSuppression= */ true, /* writableStackTrace= */ false);
    }
}
