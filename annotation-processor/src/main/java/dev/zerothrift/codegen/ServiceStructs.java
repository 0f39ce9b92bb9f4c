package dev.zerothrift.codegen;

import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.Service.Function;
import dev.zerothrift.idl.schema.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The implicit structs of a service function, in Apache's shapes: {@code name_args} with the
 * parameters as its fields, and {@code name_result} with field 0 {@code success} (for a non-void
 * function) and one field per declared exception with its id. Result fields are optional: a reply
 * sets exactly one of them (none for a void success), as libthrift writes it.
 */
final class ServiceStructs {
    /** The name of the result struct's field 0. */
    static final String SUCCESS = "success";

    private ServiceStructs() {}

    static String argsName(Function function) {
        return JavaNames.identifier(function.name() + "_args");
    }

    static String resultName(Function function) {
        return JavaNames.identifier(function.name() + "_result");
    }

    /** The view path's reply class of a two-way function ({@link ServiceViewGenerator}). */
    static String replyName(Function function) {
        return JavaNames.identifier(function.name() + "_reply");
    }

    static StructType args(Service service, Function function) {
        return new StructType(
                StructType.Kind.STRUCT,
                function.name() + "_args",
                service.program(),
                function.params(),
                "The arguments of {@code " + service.name() + "." + function.name() + "}.",
                function.annotations(),
                function.location());
    }

    static StructType result(Service service, Function function) {
        List<Field> fields = new ArrayList<>();
        function.returnType()
                .ifPresent(
                        type ->
                                fields.add(
                                        new Field(
                                                0,
                                                false,
                                                SUCCESS,
                                                Requiredness.OPTIONAL,
                                                type,
                                                java.util.Optional.empty(),
                                                "",
                                                function.annotations(),
                                                function.location())));
        for (Field exception : function.exceptions()) {
            fields.add(
                    new Field(
                            exception.id(),
                            exception.implicitId(),
                            exception.name(),
                            Requiredness.OPTIONAL,
                            exception.type(),
                            java.util.Optional.empty(),
                            exception.doc(),
                            exception.annotations(),
                            exception.location()));
        }
        return new StructType(
                StructType.Kind.STRUCT,
                function.name() + "_result",
                service.program(),
                fields,
                "The result of {@code " + service.name() + "." + function.name() + "}.",
                function.annotations(),
                function.location());
    }
}
