package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The rpc module's classes that generated service code uses (named here, so that the generator
 * needs no dependency on the rpc module).
 */
final class RpcNames {
    private static final String RPC = "dev.zerothrift.rpc";

    static final ClassName RPC_CLIENT = ClassName.get(RPC + ".client", "RpcClient");
    static final ClassName RPC_CALLER = ClassName.get(RPC + ".client", "RpcCaller");
    static final ClassName SERVICE_DEFINITION = ClassName.get(RPC + ".server", "ServiceDefinition");
    static final ClassName SERVER_CALL = ClassName.get(RPC + ".server", "ServerCall");
    static final ClassName APPLICATION_EXCEPTION = ClassName.get(RPC, "ApplicationException");
    static final ClassName RPC_EXCEPTION = ClassName.get(RPC, "RpcException");
    static final ClassName COMPLETABLE_FUTURE =
            ClassName.get("java.util.concurrent", "CompletableFuture");

    private RpcNames() {}
}
