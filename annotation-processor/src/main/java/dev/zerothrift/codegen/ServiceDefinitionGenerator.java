package dev.zerothrift.codegen;

import static dev.zerothrift.codegen.RpcNames.SERVER_CALL;
import static dev.zerothrift.codegen.RpcNames.SERVICE_DEFINITION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Service;

import java.util.List;
import java.util.function.Function;

import javax.lang.model.element.Modifier;

/**
 * The factories of a service's rpc {@code ServiceDefinition}: {@code definition(Handler)} and
 * {@code asyncDefinition(AsyncHandler)} (each also with a service name of one's choosing), and one
 * private {@code serve$name} method per function that reads the args struct from the call, calls
 * the handler and replies with the result struct (a declared exception as its result field;
 * anything else fails the call, which sends {@code INTERNAL_ERROR}). Oneway functions are
 * registered as oneway; inherited functions come from the base service's definition.
 */
final class ServiceDefinitionGenerator {
    private final Service service;
    private final ClassName holder;
    private final ClassName base;
    private final List<ServiceMethod> methods;

    ServiceDefinitionGenerator(
            Service service, ClassName holder, ClassName base, List<ServiceMethod> methods) {
        this.service = service;
        this.holder = holder;
        this.base = base;
        this.methods = methods;
    }

    void addTo(TypeSpec.Builder spec) {
        for (boolean async : new boolean[] {false, true}) {
            ClassName handler =
                    holder.nestedClass(
                            async
                                    ? ServiceHandlerGenerator.ASYNC_HANDLER
                                    : ServiceHandlerGenerator.HANDLER);
            spec.addMethod(
                    MethodSpec.methodBuilder(factoryName(async))
                            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                            .addJavadoc(
                                    "The definition of {@code $L} served by {@code handler}, under"
                                            + " the IDL name.\n",
                                    service.name())
                            .returns(SERVICE_DEFINITION)
                            .addParameter(handler, "handler")
                            .addStatement("return $L(SERVICE_NAME, handler)", factoryName(async))
                            .build());
            spec.addMethod(named(handler, async));
            for (ServiceMethod method : methods) {
                spec.addMethod(async ? serveAsync(method, handler) : serve(method, handler));
            }
        }
    }

    private MethodSpec named(ClassName handler, boolean async) {
        CodeBlock code =
                definitionBody(methods, base, factoryName(async), m -> serveName(m, async));
        return MethodSpec.methodBuilder(factoryName(async))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "The definition of {@code $L} served by {@code handler}, under {@code name}"
                                + " (the service name of multiplexed calls, {@code name:method}).\n",
                        service.name())
                .returns(SERVICE_DEFINITION)
                .addParameter(String.class, "name")
                .addParameter(handler, "handler")
                .addCode(code)
                .build();
    }

    /**
     * The body of a {@code name, handler} definition factory: {@code name}'s builder with one route
     * per function to its {@code serve} method, then the base service's routes from its own {@code
     * factory}. Shared by the POJO, async and view definitions.
     */
    static CodeBlock definitionBody(
            List<ServiceMethod> methods,
            ClassName base,
            String factory,
            Function<ServiceMethod, String> serveName) {
        CodeBlock.Builder code =
                CodeBlock.builder().add("return $T.builder(name)", SERVICE_DEFINITION).indent();
        for (ServiceMethod method : methods) {
            code.add(
                    "\n.$L($S, call -> $L(handler, call))",
                    method.oneway() ? "oneway" : "method",
                    method.wireName(),
                    serveName.apply(method));
        }
        if (base != null) {
            code.add("\n.inherit($T.$L(name, handler))", base, factory);
        }
        return code.add("\n.build();\n").unindent().build();
    }

    /**
     * {@code definition} or {@code asyncDefinition}: two names, since a lambda would fit either
     * handler of a one-function service.
     */
    private static String factoryName(boolean async) {
        return async ? "asyncDefinition" : "definition";
    }

    private static String serveName(ServiceMethod method, boolean async) {
        return (async ? "serveAsync$" : "serve$") + method.javaName();
    }

    private static MethodSpec.Builder serveMethod(
            ServiceMethod method, ClassName handler, boolean async) {
        return MethodSpec.methodBuilder(serveName(method, async))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(handler, "handler")
                .addParameter(SERVER_CALL, "call")
                .addStatement("$T args$$ = new $T()", method.args(), method.args())
                .addStatement("args$$.read(call.args())");
    }

    private static MethodSpec serve(ServiceMethod method, ClassName handler) {
        MethodSpec.Builder serve =
                serveMethod(method, handler, false).addException(Exception.class);
        serve.addStatement("$T result$$ = new $T()", method.result(), method.result());
        CodeBlock invoke =
                CodeBlock.of("handler.$L($L)", method.javaName(), method.argumentsFrom("args$"));
        List<Member> exceptions = method.exceptions();
        if (!exceptions.isEmpty()) {
            serve.beginControlFlow("try");
        }
        Member success = method.success();
        if (success == null) {
            serve.addStatement("$L", invoke);
        } else {
            serve.addStatement("result$$.$L($L)", success.setter(), invoke);
        }
        for (Member exception : exceptions) {
            serve.nextControlFlow("catch ($T e$$)", exception.type());
            serve.addStatement("result$$.$L(e$$)", exception.setter());
        }
        if (!exceptions.isEmpty()) {
            serve.endControlFlow();
        }
        serve.addStatement("call.reply(result$$::write)");
        return serve.build();
    }

    private static MethodSpec serveAsync(ServiceMethod method, ClassName handler) {
        MethodSpec.Builder serve = serveMethod(method, handler, true);
        CodeBlock.Builder reply = CodeBlock.builder();
        reply.addStatement("$T result$$ = new $T()", method.result(), method.result());
        reply.beginControlFlow("if (error$$ == null)");
        Member success = method.success();
        if (success != null) {
            reply.addStatement("result$$.$L(value$$)", success.setter());
        }
        reply.addStatement("return result$$::write");
        reply.endControlFlow();
        for (Member exception : method.exceptions()) {
            reply.beginControlFlow("if (error$$ instanceof $T e$$)", exception.type());
            reply.addStatement("result$$.$L(e$$)", exception.setter());
            reply.addStatement("return result$$::write");
            reply.endControlFlow();
        }
        reply.addStatement("return null");
        serve.addCode(
                "call.replyWhen(\n$>handler.$L($L),\n(value$$, error$$) -> {\n$>$L$<});\n$<",
                method.javaName(),
                method.argumentsFrom("args$"),
                reply.build());
        return serve.build();
    }
}
