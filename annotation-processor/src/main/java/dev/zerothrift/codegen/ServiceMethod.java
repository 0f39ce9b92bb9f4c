package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.Service;
import dev.zerothrift.idl.schema.Service.Function;
import dev.zerothrift.idl.schema.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * One function of a service as the service generators see it: its args and result structs (with
 * their Java members) and its Java signature. Every service generator reads its names from here, so
 * that the handler, the definition and the client agree.
 */
final class ServiceMethod {
    private final Function function;
    private final StructType argsStruct;
    private final StructType resultStruct;
    private final ClassName args;
    private final ClassName result;
    private final StructMembers argsMembers;
    private final StructMembers resultMembers;
    private final String javaName;

    ServiceMethod(
            Service service,
            Function function,
            String javaName,
            ClassName holder,
            JavaTypes types) {
        this.function = function;
        this.javaName = javaName;
        this.argsStruct = ServiceStructs.args(service, function);
        this.resultStruct = ServiceStructs.result(service, function);
        this.args = holder.nestedClass(ServiceStructs.argsName(function));
        this.result = holder.nestedClass(ServiceStructs.resultName(function));
        this.argsMembers = StructMembers.of(argsStruct, types);
        this.resultMembers = StructMembers.of(resultStruct, types);
    }

    Function function() {
        return function;
    }

    /** The IDL name, as sent on the wire. */
    String wireName() {
        return function.name();
    }

    /** The Java name of the handlers' and the blocking client's method ({@link ServiceNames}). */
    String javaName() {
        return javaName;
    }

    /** The client's method returning a future of the POJO result. */
    String asyncName() {
        return javaName + ServiceNames.ASYNC;
    }

    /** The client's method writing the args with a view writer and reading a result view. */
    String viewName() {
        return javaName + ServiceNames.VIEW;
    }

    /** The view of the args struct ({@code name_argsView}). */
    ClassName argsView() {
        return ViewNames.viewOf(args);
    }

    /** The view of the result struct, whose {@code Writer} writes replies. */
    ClassName resultView() {
        return ViewNames.viewOf(result);
    }

    /** The names of the result view's members, as its generator allocates them. */
    ViewNames resultViewNames() {
        return ViewNames.of(resultMembers);
    }

    boolean oneway() {
        return function.oneway();
    }

    StructType argsStruct() {
        return argsStruct;
    }

    StructType resultStruct() {
        return resultStruct;
    }

    ClassName args() {
        return args;
    }

    ClassName result() {
        return result;
    }

    List<Member> params() {
        return argsMembers.members();
    }

    /** Field 0 of the result, or null for a void function. */
    Member success() {
        return function.returnType().isPresent() ? resultMembers.members().get(0) : null;
    }

    /** The result's fields of the declared exceptions. */
    List<Member> exceptions() {
        List<Member> all = resultMembers.members();
        return all.subList(function.returnType().isPresent() ? 1 : 0, all.size());
    }

    /** The plain return type: the success field's type, or void. */
    TypeName returnType() {
        Member success = success();
        return success == null ? TypeName.VOID : success.type();
    }

    /** {@code CompletableFuture} of the return type ({@code Void} for void). */
    TypeName futureType() {
        Member success = success();
        TypeName value =
                success == null
                        ? ClassName.get(Void.class)
                        : success.primitive() ? success.type().box() : success.type();
        return ParameterizedTypeName.get(RpcNames.COMPLETABLE_FUTURE, value);
    }

    /** The parameters, as the handler and the client declare them. */
    void addParameters(MethodSpec.Builder method) {
        for (Member m : params()) {
            method.addParameter(ParameterSpec.builder(m.type(), m.name()).build());
        }
    }

    /** {@code a, b, c}: the parameters passed on. */
    CodeBlock parameterNames() {
        List<CodeBlock> names = new ArrayList<>();
        for (Member m : params()) {
            names.add(CodeBlock.of("$L", m.name()));
        }
        return CodeBlock.join(names, ", ");
    }

    /** {@code args$.getA(), args$.getB()}: the args struct's fields passed on. */
    CodeBlock argumentsFrom(String argsVariable) {
        List<CodeBlock> values = new ArrayList<>();
        for (Member m : params()) {
            values.add(CodeBlock.of("$L.$L()", argsVariable, m.getter()));
        }
        return CodeBlock.join(values, ", ");
    }

    /** The Javadoc of a handler or client method: the IDL doc and the signature's origin. */
    CodeBlock doc(Service service) {
        CodeBlock.Builder doc = CodeBlock.builder().add(Docs.of(function.doc()));
        doc.add(function.doc().isEmpty() ? "" : "\n<p>");
        doc.add(
                "The IDL $L{@code $L.$L}.\n",
                function.oneway() ? "oneway function " : "function ",
                service.name(),
                function.name());
        return doc.build();
    }
}
