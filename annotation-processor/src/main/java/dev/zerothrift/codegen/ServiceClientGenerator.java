package dev.zerothrift.codegen;

import static dev.zerothrift.codegen.RpcNames.APPLICATION_EXCEPTION;
import static dev.zerothrift.codegen.RpcNames.RPC_CALLER;
import static dev.zerothrift.codegen.RpcNames.RPC_CLIENT;
import static dev.zerothrift.codegen.RpcNames.RPC_EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Service;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The client of a service over an {@code RpcCaller} (the multiplexing {@code RpcClient}, or a
 * {@code BlockingRpcClient} whose thread does its own I/O): per function {@code nameAsync(...)}
 * returning a {@code CompletableFuture} (failed with a declared exception as its generated class)
 * and the blocking {@code name(...)} that sends it with the caller's {@code callBlocking} and
 * throws the declared exception (the rpc module's unchecked exceptions otherwise). A service that
 * {@code extends} another has a client extending the base's.
 *
 * <p>With views, also {@code nameView(args, result)}: the args written in place by the args view's
 * writer, and the result read by {@code result} through a view over the reply, on the connection's
 * event loop, before the reply's buffer goes back to the pool (a declared exception fails the
 * future as its generated class).
 */
final class ServiceClientGenerator {
    static final String CLIENT = "Client";
    private static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
    private static final ClassName FUNCTION = ClassName.get("java.util.function", "Function");
    private static final ClassName CLIENT_REPLY =
            ClassName.get("dev.zerothrift.rpc.client", "ClientReply");

    private ServiceClientGenerator() {}

    static TypeSpec generate(
            Service service, ClassName base, List<ServiceMethod> methods, boolean views) {
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(CLIENT)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "Calls {@code $L} over an {@code RpcCaller}: an {@code RpcClient}"
                                        + " (thread-safe: calls from many threads share the"
                                        + " connection) or a {@code BlockingRpcClient} (only"
                                        + " on the thread that owns it).\n",
                                service.name())
                        .addField(RPC_CALLER, "rpc", Modifier.PRIVATE, Modifier.FINAL)
                        .addField(String.class, "service", Modifier.PRIVATE, Modifier.FINAL);
        if (base != null) {
            spec.superclass(base.nestedClass(CLIENT));
        }
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "A client sending bare method names (a server's default service).\n")
                        .addParameter(RPC_CALLER, "rpc")
                        .addStatement("this(rpc, null)")
                        .build());
        MethodSpec.Builder named =
                MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "A client sending {@code service:method} names (multiplexed), or"
                                        + " bare ones when {@code service} is null.\n")
                        .addParameter(RPC_CALLER, "rpc")
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
            if (views) {
                spec.addMethod(view(service, method));
                if (!method.oneway()) {
                    spec.addMethod(receiveView(method));
                }
            }
        }
        return spec.build();
    }

    private static MethodSpec async(Service service, ServiceMethod method) {
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(method.asyncName())
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(method.doc(service))
                        .addJavadoc(
                                method.oneway()
                                        ? "<p>The future completes when the call has been"
                                                + " written.\n"
                                        : "")
                        .returns(method.futureType());
        method.addParameters(m);
        addArgs(m, method);
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

    private static void addArgs(MethodSpec.Builder m, ServiceMethod method) {
        m.addStatement("$T args$$ = new $T()", method.args(), method.args());
        for (Member p : method.params()) {
            m.addStatement("args$$.$L($L)", p.setter(), p.name());
        }
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
        CodeBlock call;
        if (method.oneway()) {
            call =
                    CodeBlock.of(
                            "$T.await($L($L))",
                            RPC_CLIENT,
                            method.asyncName(),
                            method.parameterNames());
        } else {
            addArgs(m, method);
            call =
                    CodeBlock.of(
                            "this.rpc.callBlocking(this.service, $S, args$$::write, $L::$L)",
                            method.wireName(),
                            CLIENT,
                            receiveName(method));
        }
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

    private static MethodSpec view(Service service, ServiceMethod method) {
        ClassName argsWriter = method.argsView().nestedClass("Writer");
        Member success = method.success();
        boolean reads = !method.oneway() && success != null;
        TypeVariableName r = TypeVariableName.get("R");
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(method.viewName())
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(method.doc(service))
                        .addJavadoc(
                                "<p>Zero-copy: $L.\n",
                                method.params().isEmpty()
                                        ? "no args to write"
                                        : "{@code args} writes the args in place into the"
                                                + " request (on the calling thread, before this"
                                                + " returns)");
        if (reads) {
            m.addJavadoc(
                    "{@code result} reads the result through a view over the reply, on the"
                            + " connection's event loop (a {@code BlockingRpcClient}'s is the calling"
                            + " thread; do not block in it): the view, and what it"
                            + " reads by reference, is valid only until {@code result} returns, when"
                            + " the reply's buffer goes back to the pool; the future completes with"
                            + " what it returns. A declared exception fails the future as its"
                            + " generated class.\n");
            m.addTypeVariable(r);
            m.returns(ParameterizedTypeName.get(RpcNames.COMPLETABLE_FUTURE, r));
        } else {
            m.addJavadoc(
                    method.oneway()
                            ? "The future completes when the call has been written.\n"
                            : "The future completes when the reply comes (failed with a declared"
                                    + " exception as its generated class).\n");
            m.returns(
                    ParameterizedTypeName.get(
                            RpcNames.COMPLETABLE_FUTURE, ClassName.get(Void.class)));
        }
        CodeBlock writeArgs;
        if (method.params().isEmpty()) {
            writeArgs = CodeBlock.of("out -> new $T().begin(out).end()", argsWriter);
        } else {
            m.addParameter(ParameterizedTypeName.get(CONSUMER, argsWriter), "args");
            m.addStatement("$T.requireNonNull(args, $S)", JavaTypes.OBJECTS, "args");
            writeArgs =
                    CodeBlock.of(
                            "out -> {\n$>$T w$$ = new $T().begin(out);\nargs.accept(w$$);\n"
                                    + "w$$.end();\n$<}",
                            argsWriter,
                            argsWriter);
        }
        if (reads) {
            m.addParameter(
                    ParameterizedTypeName.get(
                            FUNCTION,
                            WildcardTypeName.supertypeOf(method.resultView()),
                            WildcardTypeName.subtypeOf(r)),
                    "result");
            m.addStatement("$T.requireNonNull(result, $S)", JavaTypes.OBJECTS, "result");
        }
        if (method.oneway()) {
            m.addStatement(
                    "return this.rpc.oneway(this.service, $S, $L)", method.wireName(), writeArgs);
        } else if (reads) {
            m.addStatement(
                    "return this.rpc.call(this.service, $S, $L, reply -> result.apply($L(reply)))",
                    method.wireName(),
                    writeArgs,
                    receiveViewName(method));
        } else {
            m.addStatement(
                    "return this.rpc.call(this.service, $S, $L, reply -> {\n$>$L(reply);\n"
                            + "return null;\n$<})",
                    method.wireName(),
                    writeArgs,
                    receiveViewName(method));
        }
        return m.build();
    }

    private static String receiveViewName(ServiceMethod method) {
        return "receiveView$" + method.javaName();
    }

    /** The result view over the reply, once it is known to hold field 0 (or a void success). */
    private static MethodSpec receiveView(ServiceMethod method) {
        ClassName view = method.resultView();
        List<ViewNames.Field> fields = method.resultViewNames().fields();
        Member success = method.success();
        MethodSpec.Builder m =
                MethodSpec.methodBuilder(receiveViewName(method))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(view)
                        .addParameter(CLIENT_REPLY, "reply")
                        .addException(Exception.class)
                        .addStatement("$T response$$ = reply.response()", ViewGenerator.CHAIN)
                        .addStatement("int from$$ = reply.resultPosition()")
                        .addStatement(
                                "$T result$$ = new $T(reply.protocol()).wrap(response$$, from$$,"
                                        + " response$$.length() - from$$)",
                                view,
                                view);
        for (ViewNames.Field f : fields.subList(success == null ? 0 : 1, fields.size())) {
            m.beginControlFlow("if (result$$.$L())", f.has());
            m.addStatement("throw result$$.$L().toPojo()", f.get());
            m.endControlFlow();
        }
        if (success != null) {
            m.beginControlFlow("if (!result$$.$L())", fields.get(0).has());
            m.addStatement(
                    "throw new $T($T.Type.MISSING_RESULT, $S)",
                    APPLICATION_EXCEPTION,
                    APPLICATION_EXCEPTION,
                    method.wireName() + " failed: unknown result");
            m.endControlFlow();
        }
        m.addStatement("return result$$");
        return m.build();
    }
}
