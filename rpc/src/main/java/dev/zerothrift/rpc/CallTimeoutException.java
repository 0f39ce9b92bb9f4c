package dev.zerothrift.rpc;

/** No reply arrived within the call's timeout; a reply that comes later is dropped. */
public final class CallTimeoutException extends RpcException {
    public CallTimeoutException(String message) {
        super(message);
    }
}
