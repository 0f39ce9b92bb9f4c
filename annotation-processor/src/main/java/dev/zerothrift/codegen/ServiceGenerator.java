package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.idl.schema.Definition;
import dev.zerothrift.idl.schema.Program;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.Service.Function;

import java.util.ArrayList;
import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * A service as one holder class named like it (as Apache's is), with everything the rpc module
 * needs nested in it:
 *
 * <ul>
 *   <li>{@code name_args} and {@code name_result}, POJOs with fast codecs ({@link ServiceStructs});
 *   <li>{@code Handler} and {@code AsyncHandler} ({@link ServiceHandlerGenerator});
 *   <li>{@code definition(handler)}, the rpc {@code ServiceDefinition} ({@link
 *       ServiceDefinitionGenerator});
 *   <li>{@code Client} ({@link ServiceClientGenerator}).
 * </ul>
 *
 * <p>The zero-copy style (request views and a response builder) is one more part of this holder, to
 * be added once the typed views exist: a {@code ViewHandler} interface and a {@code
 * viewDefinition(ViewHandler)} factory from a generator of their own, added in {@link #generate}
 * next to the other handlers, whose {@code serveView$name} methods open the args view over {@code
 * call.request()} at {@code call.argsPosition()} and reply with {@code call.reply(out -> ...)}
 * through the result builder; on the client, {@code nameView(...)} methods reading a view over
 * {@code reply.response()} at {@code reply.resultPosition()}. {@link ServiceMethod} already names
 * the args and result structs and members those parts need.
 */
final class ServiceGenerator {
    private final JavaTypes types;
    private final StructGenerator structs;

    ServiceGenerator(JavaTypes types, StructGenerator structs) {
        this.types = types;
        this.structs = structs;
    }

    TypeSpec generate(Service service, ClassName self) {
        ClassName base = service.base().map(b -> JavaNames.className(programOf(b), b)).orElse(null);
        List<ServiceMethod> methods = new ArrayList<>();
        for (Function function : service.functions()) {
            methods.add(new ServiceMethod(service, function, self, types));
        }
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(self)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc(Docs.of(service.doc()))
                        .addJavadoc(service.doc().isEmpty() ? "" : "\n<p>")
                        .addJavadoc(
                                "The IDL service {@code $L}$L: its handlers, rpc definition and"
                                        + " client.\n",
                                service.name(),
                                base == null ? "" : " (extends {@code " + base.simpleName() + "})")
                        .addField(
                                FieldSpec.builder(
                                                String.class,
                                                "SERVICE_NAME",
                                                Modifier.PUBLIC,
                                                Modifier.STATIC,
                                                Modifier.FINAL)
                                        .addJavadoc(
                                                "The IDL name: multiplexed calls are {@code"
                                                        + " SERVICE_NAME:method}.\n")
                                        .initializer("$S", service.name())
                                        .build())
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .build());
        for (ServiceMethod method : methods) {
            spec.addType(nested(structs.generate(method.argsStruct(), method.args())));
            spec.addType(nested(structs.generate(method.resultStruct(), method.result())));
        }
        spec.addType(ServiceHandlerGenerator.handler(service, self, base, methods));
        spec.addType(ServiceHandlerGenerator.asyncHandler(service, self, base, methods));
        new ServiceDefinitionGenerator(service, self, base, methods).addTo(spec);
        spec.addType(ServiceClientGenerator.generate(service, base, methods));
        return spec.build();
    }

    /** The program that defines {@code service} (the service an {@code extends} names). */
    private Program programOf(Service service) {
        for (Program program : types.schema().programs()) {
            for (Definition definition : program.definitions()) {
                if (definition == service || definition.equals(service)) {
                    return program;
                }
            }
        }
        throw new GeneratorException(
                "service " + service.name() + " (extended) is in no program of the schema");
    }

    /** A generated top-level class as a static nested one (keeping its always-qualified names). */
    private static TypeSpec nested(TypeSpec type) {
        TypeSpec.Builder builder = type.toBuilder().addModifiers(Modifier.STATIC);
        for (String name : type.alwaysQualifiedNames()) {
            builder.alwaysQualify(name);
        }
        return builder.build();
    }
}
