package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Service;

import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * The handler interfaces of a service, taking and returning POJOs: {@code Handler} (blocking:
 * returns the result, throws a declared exception as its generated class) and {@code AsyncHandler}
 * (returns a {@code CompletableFuture}, completed exceptionally with a declared exception). A
 * service that {@code extends} another has handlers extending the base's.
 */
final class ServiceHandlerGenerator {
    static final String HANDLER = "Handler";
    static final String ASYNC_HANDLER = "AsyncHandler";

    private ServiceHandlerGenerator() {}

    static TypeSpec handler(
            Service service, ClassName holder, ClassName base, List<ServiceMethod> methods) {
        TypeSpec.Builder spec =
                TypeSpec.interfaceBuilder(HANDLER)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "What implements {@code $L}: one method per function, called on the"
                                        + " server's executor.\n\n"
                                        + "<p>A declared exception thrown is sent as that result"
                                        + " field; anything else as an {@code INTERNAL_ERROR}.\n",
                                service.name());
        if (base != null) {
            spec.addSuperinterface(base.nestedClass(HANDLER));
        }
        for (ServiceMethod method : methods) {
            MethodSpec.Builder m =
                    MethodSpec.methodBuilder(method.javaName())
                            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                            .addJavadoc(method.doc(service))
                            .returns(method.returnType());
            method.addParameters(m);
            for (Member exception : method.exceptions()) {
                m.addException(exception.type());
            }
            spec.addMethod(m.build());
        }
        return spec.build();
    }

    static TypeSpec asyncHandler(
            Service service, ClassName holder, ClassName base, List<ServiceMethod> methods) {
        TypeSpec.Builder spec =
                TypeSpec.interfaceBuilder(ASYNC_HANDLER)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc(
                                "What implements {@code $L} without blocking: each method returns"
                                        + " a future of its result.\n\n"
                                        + "<p>A future completed with a declared exception sends"
                                        + " that result field; anything else an {@code"
                                        + " INTERNAL_ERROR}.\n",
                                service.name());
        if (base != null) {
            spec.addSuperinterface(base.nestedClass(ASYNC_HANDLER));
        }
        for (ServiceMethod method : methods) {
            MethodSpec.Builder m =
                    MethodSpec.methodBuilder(method.javaName())
                            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                            .addJavadoc(method.doc(service))
                            .returns(method.futureType());
            method.addParameters(m);
            spec.addMethod(m.build());
        }
        return spec.build();
    }
}
