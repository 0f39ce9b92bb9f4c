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
 * <p>When views are generated, the zero-copy style too: {@code name_argsView} and {@code
 * name_resultView} (with its {@code Writer}), {@code ViewHandler}, {@code name_reply} and {@code
 * viewDefinition(ViewHandler)} ({@link ServiceViewGenerator}), and the client's {@code nameView}
 * methods. {@link ServiceNames} gives the functions Java names that clash with nothing.
 */
final class ServiceGenerator {
    private final JavaTypes types;
    private final StructGenerator structs;
    private final ViewGenerator views;

    /** With {@code views} null, no view path (the views are not generated). */
    ServiceGenerator(JavaTypes types, StructGenerator structs, ViewGenerator views) {
        this.types = types;
        this.structs = structs;
        this.views = views;
    }

    TypeSpec generate(Service service, ClassName self) {
        ClassName base = service.base().map(b -> JavaNames.className(programOf(b), b)).orElse(null);
        List<ServiceMethod> methods = new ArrayList<>();
        List<String> javaNames = ServiceNames.of(service);
        for (int i = 0; i < service.functions().size(); i++) {
            Function function = service.functions().get(i);
            methods.add(new ServiceMethod(service, function, javaNames.get(i), self, types));
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
            if (views != null) {
                spec.addType(nested(views.generate(method.argsStruct(), method.args())));
                spec.addType(nested(views.generate(method.resultStruct(), method.result())));
            }
        }
        spec.addType(ServiceHandlerGenerator.handler(service, self, base, methods));
        spec.addType(ServiceHandlerGenerator.asyncHandler(service, self, base, methods));
        new ServiceDefinitionGenerator(service, self, base, methods).addTo(spec);
        if (views != null) {
            new ServiceViewGenerator(types, service, self, base, methods).addTo(spec);
        }
        spec.addType(ServiceClientGenerator.generate(service, base, methods, views != null));
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
