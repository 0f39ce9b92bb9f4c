package dev.zerothrift.rpc;

/**
 * A call failed in the RPC layer rather than in the handler: the connection, the framing or a
 * deadline. Subclasses say which.
 */
public class RpcException extends RuntimeException {
    public RpcException(String message) {
        super(message);
    }

    public RpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
