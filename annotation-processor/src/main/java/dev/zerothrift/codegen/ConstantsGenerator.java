package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.idl.schema.Constant;
import dev.zerothrift.idl.schema.Program;

import java.util.List;

import javax.lang.model.element.Modifier;

/**
 * A program's constants as {@code public static final} fields of one class, {@code
 * <Program>Constants}: base types as primitives and strings, containers as insertion-ordered
 * collections of boxes, structs built with their setters.
 */
final class ConstantsGenerator {
    private ConstantsGenerator() {}

    /** The class name: the program's name, capitalized, then {@code Constants}. */
    static ClassName className(Program program) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : program.name().toCharArray()) {
            if (!Character.isJavaIdentifierPart(c)) {
                upper = true;
                continue;
            }
            name.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        String simple = name + "Constants";
        if (!Character.isJavaIdentifierStart(simple.charAt(0))) {
            simple = "_" + simple;
        }
        // A definition of the program may have the same name.
        while (program.definition(simple).isPresent()) {
            simple = simple + "_";
        }
        return ClassName.get(JavaNames.packageOf(program), simple);
    }

    static TypeSpec generate(Program program, List<Constant> constants, JavaTypes types) {
        ClassName self = className(program);
        ConstValues values = new ConstValues(types);
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(self)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc(
                                "The constants of $L.\n", program.path().getFileName().toString())
                        .addMethod(
                                MethodSpec.constructorBuilder()
                                        .addModifiers(Modifier.PRIVATE)
                                        .build());
        com.palantir.javapoet.NameAllocator names = new com.palantir.javapoet.NameAllocator();
        for (Constant constant : constants) {
            TypeName type = types.fieldType(constant.type());
            if (types.bulk(constant.type()) != null) {
                type = types.boxedType(constant.type()); // an array constant could be changed
            }
            FieldSpec.Builder field =
                    FieldSpec.builder(
                                    type,
                                    names.newName(
                                            StructMembers.javaName(constant.name()), constant),
                                    Modifier.PUBLIC,
                                    Modifier.STATIC,
                                    Modifier.FINAL)
                            .initializer(values.of(constant.type(), constant.value(), false));
            if (!constant.doc().isEmpty()) {
                field.addJavadoc(Docs.of(constant.doc()));
            }
            spec.addField(field.build());
        }
        return spec.build();
    }
}
