package dev.zerothrift.rpc.server;

/**
 * Handles one method's calls: reads the args from {@link ServerCall#args()} (or a view over {@link
 * ServerCall#request()} at {@link ServerCall#argsPosition()}), and completes the call with exactly
 * one of {@link ServerCall#reply}, {@link ServerCall#replyException} or {@link ServerCall#fail},
 * now or later from any thread.
 *
 * <p>An exception thrown from {@link #handle} fails the call as {@link ServerCall#fail} does.
 */
@FunctionalInterface
public interface MethodHandler {
    void handle(ServerCall call) throws Exception;
}
