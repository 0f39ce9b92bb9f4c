package dev.zerothrift.rpc;

/** The connection closed (or failed) before the call's reply arrived. */
public final class ConnectionClosedException extends RpcException {
    public ConnectionClosedException(String message) {
        super(message);
    }

    public ConnectionClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
