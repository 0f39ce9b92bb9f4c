package dev.zerothrift.rpc.testing;

import dev.zerothrift.rpc.StructWriter;
import dev.zerothrift.rpc.client.RpcCaller;

import java.util.concurrent.CompletableFuture;

/**
 * The client side of {@link EchoService} as a generated client will be: one method per IDL method,
 * each a {@link RpcCaller#callBlocking} with the method's args and result, on the bare method name
 * ({@code service} null) or on {@code service:method} for a multiplexed server.
 */
public record EchoClient(RpcCaller caller, String service) {
    public static EchoClient bare(RpcCaller caller) {
        return new EchoClient(caller, null);
    }

    public static EchoClient multiplexed(RpcCaller caller, String service) {
        return new EchoClient(caller, service);
    }

    public String echo(String text) throws Exception {
        return callString(EchoService.ECHO, EchoService.stringArgs(text));
    }

    public int add(int a, int b) throws Exception {
        return caller.callBlocking(
                service, EchoService.ADD, EchoService.intArgs(a, b), EchoService.I32_RESULT);
    }

    /** Throws {@link Oops} with {@code why}. */
    public String fail(String why) throws Exception {
        return callString(EchoService.FAIL, EchoService.stringArgs(why));
    }

    /** Throws an INTERNAL_ERROR: the handler throws. */
    public String boom() throws Exception {
        return callString(EchoService.BOOM, EchoService.NO_ARGS);
    }

    /** Answers {@code token} after {@code millis}. */
    public long delay(int millis, long token) throws Exception {
        return caller.callBlocking(
                service,
                EchoService.DELAY,
                EchoService.delayArgs(millis, token),
                EchoService.I64_RESULT);
    }

    public String async(String text) throws Exception {
        return callString(EchoService.ASYNC, EchoService.stringArgs(text));
    }

    /** Sends the oneway {@code notify}. */
    public CompletableFuture<Void> notifyOneway(String text) {
        return caller.oneway(service, EchoService.NOTIFY, EchoService.stringArgs(text));
    }

    /** Calls {@code method} with {@code args} and reads a string result, as {@code echo} does. */
    public String callString(String method, StructWriter args) throws Exception {
        return caller.callBlocking(service, method, args, EchoService.STRING_RESULT);
    }
}
