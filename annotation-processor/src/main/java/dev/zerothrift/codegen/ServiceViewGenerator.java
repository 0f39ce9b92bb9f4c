package dev.zerothrift.codegen;

import static dev.zerothrift.codegen.RpcNames.SERVER_CALL;
import static dev.zerothrift.codegen.RpcNames.SERVICE_DEFINITION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.Service;

import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The zero-copy server side of a service: the {@code ViewHandler} interface, one {@code name_reply}
 * class per two-way function, and {@code viewDefinition(ViewHandler)}.
 *
 * <pre>
 *   request chain ──► name_argsView (wrapped in place at call.argsPosition())
 *                          │
 *                 handler.name(args, reply)   (now, or later from any thread)
 *                          │
 *   reply.send(result -> result.success(...)) ──► name_resultView.Writer ──► outgoing chain
 * </pre>
 *
 * A handler gets the args as a view over the received frame, valid until the call completes (the
 * request goes back to the pool then), and answers through the reply, which writes the result
 * struct with the result view's writer straight into the reply's chain. Oneway functions have no
 * reply: the call completes when the handler returns.
 */
final class ServiceViewGenerator {
    static final String VIEW_HANDLER = "ViewHandler";
    private static final ClassName CHAIN = ViewGenerator.CHAIN;
    private static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
    private static final ClassName COMPLETION_STAGE =
            ClassName.get("java.util.concurrent", "CompletionStage");
    private static final ClassName COMPLETION_EXCEPTION =
            ClassName.get("java.util.concurrent", "CompletionException");

    private final JavaTypes types;
    private final Service service;
    private final ClassName holder;
    private final ClassName base;
    private final List<ServiceMethod> methods;

    ServiceViewGenerator(
            JavaTypes types,
            Service service,
            ClassName holder,
            ClassName base,
            List<ServiceMethod> methods) {
        this.types = types;
        this.service = service;
        this.holder = holder;
        this.base = base;
        this.methods = methods;
    }

    /** The reply class of a two-way function. */
    static ClassName reply(ServiceMethod method, ClassName holder) {
        return holder.nestedClass(ServiceStructs.replyName(method.function()));
    }

    void addTo(TypeSpec.Builder spec) {
        spec.addType(handler());
        for (ServiceMethod method : methods) {
            if (!method.oneway()) {
                spec.addType(replyClass(method));
            }
        }
        ClassName handler = holder.nestedClass(VIEW_HANDLER);
        spec.addMethod(
                MethodSpec.methodBuilder("viewDefinition")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "The definition of {@code $L} served by the view handler {@code"
                                        + " handler}, under the IDL name.\n",
                                service.name())
                        .returns(SERVICE_DEFINITION)
                        .addParameter(handler, "handler")
                        .addStatement("return viewDefinition(SERVICE_NAME, handler)")
                        .build());
        CodeBlock code =
                ServiceDefinitionGenerator.definitionBody(
                        methods, base, "viewDefinition", ServiceViewGenerator::serveName);
        spec.addMethod(
                MethodSpec.methodBuilder("viewDefinition")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc(
                                "The definition of {@code $L} served by the view handler {@code"
                                        + " handler}, under {@code name} (the service name of"
                                        + " multiplexed calls, {@code name:method}).\n",
                                service.name())
                        .returns(SERVICE_DEFINITION)
                        .addParameter(String.class, "name")
                        .addParameter(handler, "handler")
                        .addCode(code)
                        .build());
        for (ServiceMethod method : methods) {
            spec.addMethod(serve(method, handler));
        }
    }

    private TypeSpec handler() {
        TypeSpec.Builder spec =
                TypeSpec.interfaceBuilder(VIEW_HANDLER)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "What implements {@code $L} without copying: each method gets its"
                                        + " args as a view over the received frame and answers"
                                        + " through its {@code name_reply}, which writes the"
                                        + " result in place into the outgoing chain.\n\n"
                                        + "<p><b>Buffers.</b> The args view (and the texts, binary"
                                        + " buffers and nested views read from it) is valid until"
                                        + " the call completes: until the reply is sent, or, for a"
                                        + " oneway function, until the method returns. Copy what"
                                        + " must outlive the call.\n\n"
                                        + "<p><b>Completing.</b> A method may reply before it"
                                        + " returns or later, from any thread, exactly once (it"
                                        + " must reply: the request is held until it does). A"
                                        + " declared exception thrown, or given to {@code"
                                        + " reply.fail}, is sent as its result field; anything"
                                        + " else as an {@code INTERNAL_ERROR}. Methods are called"
                                        + " on the server's executor.\n",
                                service.name());
        if (base != null) {
            spec.addSuperinterface(base.nestedClass(VIEW_HANDLER));
        }
        for (ServiceMethod method : methods) {
            MethodSpec.Builder m =
                    MethodSpec.methodBuilder(method.javaName())
                            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                            .addJavadoc(method.doc(service))
                            .addParameter(method.argsView(), "args")
                            .addException(Exception.class);
            if (!method.oneway()) {
                m.addParameter(reply(method, holder), "reply");
            }
            spec.addMethod(m.build());
        }
        return spec.build();
    }

    private static String serveName(ServiceMethod method) {
        return "serveView$" + method.javaName();
    }

    private MethodSpec serve(ServiceMethod method, ClassName handler) {
        MethodSpec.Builder serve =
                MethodSpec.methodBuilder(serveName(method))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(handler, "handler")
                        .addParameter(SERVER_CALL, "call")
                        .addException(Exception.class)
                        .addStatement("$T request$$ = call.request()", CHAIN)
                        .addStatement("int from$$ = call.argsPosition()")
                        .addStatement(
                                "$T args$$ = new $T(call.protocol()).wrap(request$$, from$$,"
                                        + " request$$.length() - from$$)",
                                method.argsView(),
                                method.argsView());
        if (method.oneway()) {
            serve.addStatement("handler.$L(args$$)", method.javaName());
            serve.addComment("completing a oneway call writes nothing: it releases the request");
            serve.addStatement("call.reply(out -> {})");
            return serve.build();
        }
        ClassName reply = reply(method, holder);
        serve.addStatement("$T reply$$ = new $T(call)", reply, reply);
        serve.beginControlFlow("try");
        serve.addStatement("handler.$L(args$$, reply$$)", method.javaName());
        serve.nextControlFlow("catch ($T e$$)", Exception.class);
        serve.addStatement("reply$$.fail(e$$)");
        serve.endControlFlow();
        return serve.build();
    }

    private TypeSpec replyClass(ServiceMethod method) {
        ClassName self = reply(method, holder);
        ClassName writer = method.resultView().nestedClass("Writer");
        ViewNames resultNames = method.resultViewNames();
        Member success = method.success();
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(self)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "The reply to one call of {@code $L.$L}: completes it once, from"
                                        + " any thread, by {@link #success}, {@link #send} (the"
                                        + " result written in place with {@link $T}) or {@link"
                                        + " #fail}; later attempts are ignored and return false."
                                        + " The result goes straight into the reply's chain.\n",
                                service.name(),
                                method.wireName(),
                                writer)
                        .addField(SERVER_CALL, "call", Modifier.PRIVATE, Modifier.FINAL)
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .addParameter(SERVER_CALL, "call")
                                        .addStatement("this.call = call")
                                        .build())
                        .addMethod(
                                MethodSpec.methodBuilder("call")
                                        .addJavadoc(
                                                "The call answered: its protocol, transport,"
                                                        + " TTHeader, peer.\n")
                                        .addModifiers(Modifier.PUBLIC)
                                        .returns(SERVER_CALL)
                                        .addStatement("return call")
                                        .build())
                        .addMethod(
                                MethodSpec.methodBuilder("isDone")
                                        .addJavadoc("Whether the call has completed.\n")
                                        .addModifiers(Modifier.PUBLIC)
                                        .returns(TypeName.BOOLEAN)
                                        .addStatement("return call.isDone()")
                                        .build())
                        .addMethod(
                                MethodSpec.methodBuilder("isCancelled")
                                        .addJavadoc(
                                                "Whether the call can no longer be answered (its"
                                                        + " connection closed).\n")
                                        .addModifiers(Modifier.PUBLIC)
                                        .returns(TypeName.BOOLEAN)
                                        .addStatement("return call.isCancelled()")
                                        .build());
        MethodSpec.Builder ok =
                MethodSpec.methodBuilder("success")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN);
        if (success == null) {
            ok.addJavadoc("Replies that the call succeeded (an empty result struct).\n");
            ok.addStatement("return call.reply(out -> new $T().begin(out).end())", writer);
        } else {
            ok.addJavadoc(
                    "Replies with {@code value} (written with its fast codec; {@link #send} writes"
                            + " it field by field).\n");
            ok.addParameter(writerValueType(success), "value");
            if (!success.type().isPrimitive()) {
                ok.addStatement("$T.requireNonNull(value, $S)", JavaTypes.OBJECTS, "value");
            }
            ok.addStatement(
                    "return call.reply(out -> new $T().begin(out).$L(value).end())",
                    writer,
                    success.builderMethod());
        }
        spec.addMethod(ok.build());
        spec.addMethod(
                MethodSpec.methodBuilder("send")
                        .addJavadoc(
                                "Replies with the result struct {@code result} writes, in place:"
                                        + " exactly one of its fields, {@code success}$L, or none"
                                        + " for a void function. Called once, while the reply is"
                                        + " written, on the replying thread.\n",
                                method.exceptions().isEmpty() ? "" : " or a declared exception")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(ParameterizedTypeName.get(CONSUMER, writer), "result")
                        .addStatement("$T.requireNonNull(result, $S)", JavaTypes.OBJECTS, "result")
                        .addCode(
                                "return call.reply(out -> {\n$>"
                                        + "$T w$$ = new $T().begin(out);\n"
                                        + "result.accept(w$$);\n"
                                        + "w$$.end();\n$<});\n",
                                writer,
                                writer)
                        .build());
        MethodSpec.Builder fail =
                MethodSpec.methodBuilder("fail")
                        .addJavadoc(
                                "Fails the call: a declared exception is sent as its result field,"
                                        + " an {@code ApplicationException} as is, anything else"
                                        + " as {@code INTERNAL_ERROR} (a {@code"
                                        + " CompletionException} is unwrapped first).\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(Throwable.class, "error")
                        .addStatement(
                                "$T cause = error instanceof $T && error.getCause() != null ?"
                                        + " error.getCause() : error",
                                Throwable.class,
                                COMPLETION_EXCEPTION);
        for (Member exception : method.exceptions()) {
            fail.beginControlFlow("if (cause instanceof $T e$$)", exception.type());
            fail.addStatement(
                    "return call.reply(out -> new $T().begin(out).$L(e$$).end())",
                    writer,
                    exception.builderMethod());
            fail.endControlFlow();
        }
        fail.addStatement("return call.fail(cause)");
        spec.addMethod(fail.build());
        TypeName value =
                success == null
                        ? WildcardTypeName.subtypeOf(Object.class)
                        : WildcardTypeName.subtypeOf(writerValueType(success).box());
        MethodSpec.Builder when =
                MethodSpec.methodBuilder("completeWith")
                        .addJavadoc(
                                "Replies when {@code stage} completes: with its value, or as"
                                        + " {@link #fail} does with its exception.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ParameterizedTypeName.get(COMPLETION_STAGE, value), "stage");
        CodeBlock.Builder body = CodeBlock.builder();
        body.beginControlFlow("if (error$$ != null)");
        body.addStatement("fail(error$$)");
        if (success == null) {
            body.nextControlFlow("else");
            body.addStatement("success()");
        } else {
            body.nextControlFlow("else if (value$$ == null)");
            body.addStatement(
                    "fail(new $T($S))",
                    NullPointerException.class,
                    "null result of " + method.wireName());
            body.nextControlFlow("else");
            body.addStatement("success(value$$)");
        }
        body.endControlFlow();
        when.addCode("stage.whenComplete((value$$, error$$) -> {\n$>$L$<});\n", body.build());
        spec.addMethod(when.build());
        return spec.build();
    }

    /** The type a result view writer's method takes for the member ({@code byte[]} for binary). */
    private TypeName writerValueType(Member member) {
        return types.baseKind(types.resolve(member.field().type())) == BaseType.Kind.BINARY
                ? TypeName.get(byte[].class)
                : member.type();
    }
}
