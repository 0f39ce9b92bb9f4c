package dev.zerothrift.codegen;

import static dev.zerothrift.codegen.RpcNames.APPLICATION_EXCEPTION;
import static dev.zerothrift.codegen.RpcNames.RPC_CLIENT;
import static dev.zerothrift.codegen.RpcNames.RPC_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Service;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The client of a service over an {@code RpcClient}: per function {@code nameAsync(...)} returning
 * a {@code CompletableFuture} (failed with a declared exception as its generated class) and the
 * blocking {@code name(...)} that waits for it and throws the declared exception (the rpc module's
 * unchecked exceptions otherwise). A service that {@code extends} another has a client extending
 * the base's.
 */
final class ServiceClientGenerator {
    static final String CLIENT = "Client";
    private static final ClassName CLIENT_REPLY =
            ClassName.get("dev.zerothrift.rpc.client", "ClientReply");

    private ServiceClientGenerator() {}

    static TypeSpec generate(Service service, ClassName base, List<ServiceMethod> methods) {
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(CLIENT)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Calls {@code $L} over an {@code RpcClient} (thread-safe: calls"
                                        + " from many threads share the connection).\n",
                                service.name())
                        .addField(RPC_CLIENT, "rpc", Modifier.PRIVATE, Modifier.FINAL)
                        .addField(String.class, "service", Modifier.PRIVATE, Modifier.FINAL);
        if (base != null) {
            spec.superclass(base.nestedClass(CLIENT));
        }
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "A client sending bare method names (a server's default service).\n")
                        .addParameter(RPC_CLIENT, "rpc")
                        .addStatement("this(rpc, null)")
                        .build());
        MethodSpec.Builder named =
                MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "A client sending {@code service:method} names (multiplexed), or"
                                        + " bare ones when {@code service} is null.\n")
                        .addParameter(RPC_CLIENT, "rpc")
                        .addParameter(String.class, "service");
        if (base != null) {
            named.addStatement("super(rpc, service)");
        }
        named.addStatement("this.rpc = $T.requireNonNull(rpc, $S)", JavaTypes.OBJECTS, "rpc");
        named.addStatement("this.service = service");
        spec.addMethod(named.build());
        for (ServiceMethod method : methods) {
            spec.addMethod(async(service, method));
            spec.addMethod(blocking(service, method));
            if (!method.oneway()) {
                spec.addMethod(receive(method));
            }
        }
        return spec.build();
    }

    private static String asyncName(ServiceMethod method) {
        return method.function().name() + "Async";
    }

    private static MethodSpec async(Service service, ServiceMethod method) {
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(asyncName(method))
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(method.doc(service))
                        .addJavadoc(
                                method.oneway()
                                        ? "<p>The future completes when the call has been"
                                                + " written.\n"
                                        : "")
                        .returns(method.futureType());
        method.addParameters(m);
        m.addStatement("$T args$$ = new $T()", method.args(), method.args());
        for (Member p : method.params()) {
            m.addStatement("args$$.$L($L)", p.setter(), p.name());
        }
        if (method.oneway()) {
            m.addStatement(
                    "return this.rpc.oneway(this.service, $S, args$$::write)", method.wireName());
        } else {
            m.addStatement(
                    "return this.rpc.call(this.service, $S, args$$::write, $L::$L)",
                    method.wireName(),
                    CLIENT,
                    receiveName(method));
        }
        return m.build();
    }

    private static MethodSpec blocking(Service service, ServiceMethod method) {
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(method.javaName())
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(method.doc(service))
                        .addJavadoc(
                                "<p>Blocks until the reply$L; failures of the call are the rpc"
                                        + " module's unchecked {@code RpcException}s.\n",
                                method.oneway() ? " has been written" : " comes")
                        .returns(method.returnType());
        method.addParameters(m);
        List<TypeName> rethrown = new ArrayList<>();
        for (Member exception : method.exceptions()) {
            m.addException(exception.type());
            rethrown.add(exception.type());
        }
        rethrown.add(ClassName.get(RuntimeException.class));
        CodeBlock call =
                CodeBlock.of(
                        "$T.await($L($L))", RPC_CLIENT, asyncName(method), method.parameterNames());
        m.beginControlFlow("try");
        if (method.success() == null) {
            m.addStatement("$L", call);
        } else {
            m.addStatement("return $L", call);
        }
        m.nextControlFlow(
                "catch ($L e$$)",
                CodeBlock.join(rethrown.stream().map(t -> CodeBlock.of("$T", t)).toList(), " | "));
        m.addStatement("throw e$$");
        m.nextControlFlow("catch ($T e$$)", InterruptedException.class);
        m.addStatement("$T.currentThread().interrupt()", Thread.class);
        m.addStatement(
                "throw new $T($S, e$$)",
                RPC_EXCEPTION,
                "interrupted waiting for " + method.wireName());
        m.nextControlFlow("catch ($T e$$)", Exception.class);
        m.addStatement("throw new $T($S, e$$)", RPC_EXCEPTION, method.wireName() + " failed");
        m.endControlFlow();
        return m.build();
    }

    private static String receiveName(ServiceMethod method) {
        return "receive$" + method.javaName();
    }

    /** Reads the result struct: field 0, a declared exception thrown, or MISSING_RESULT. */
    private static MethodSpec receive(ServiceMethod method) {
        Member success = method.success();
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(receiveName(method))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(success == null ? ClassName.get(Void.class) : success.type().box())
                        .addParameter(CLIENT_REPLY, "reply")
                        .addException(Exception.class)
                        .addStatement("$T result$$ = new $T()", method.result(), method.result())
                        .addStatement("result$$.read(reply.result())");
        if (success != null) {
            m.beginControlFlow("if (result$$.$L())", success.isSet());
            m.addStatement("return result$$.$L()", success.getter());
            m.endControlFlow();
        }
        for (Member exception : method.exceptions()) {
            m.beginControlFlow("if (result$$.$L())", exception.isSet());
            m.addStatement("throw result$$.$L()", exception.getter());
            m.endControlFlow();
        }
        if (success == null) {
            m.addStatement("return null");
        } else {
            m.addStatement(
                    "throw new $T($T.Type.MISSING_RESULT, $S)",
                    APPLICATION_EXCEPTION,
                    APPLICATION_EXCEPTION,
                    method.wireName() + " failed: unknown result");
        }
        return m.build();
    }
}
