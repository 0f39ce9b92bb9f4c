package dev.zerothrift.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.ViewNames.Field;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.ThriftType;

import javax.lang.model.element.Modifier;

/**
 * The typed in-place edits of a view's list, set and map fields, over the runtime's {@code
 * ListView} and {@code MapView} edits: {@code tagsAdd(e)}, {@code tagsInsert(i, e)}, {@code
 * tagsReplaceAt(i, e)} (lists), {@code tagsRemove(e)} (sets), {@code tagsRemoveAt(i)}, {@code
 * attrsPut(k, v)}, {@code attrsRemove(k)}. An element, key or value is encoded apart by the same
 * code as the field's setter and linked in; adding to an absent field inserts it empty first.
 */
final class ViewContainerEditGenerator {
    private final JavaTypes types;
    private final ViewNames names;
    private final Field f;
    private final TypeSpec.Builder spec;
    private final ThriftType type;
    private final int slot;

    ViewContainerEditGenerator(JavaTypes types, ViewNames names, Field f, TypeSpec.Builder spec) {
        this.types = types;
        this.names = names;
        this.f = f;
        this.spec = spec;
        this.type = types.resolve(f.member().field().type());
        this.slot = f.slot();
    }

    /** Adds the edits when the field is a list, set or map. */
    void addAll() {
        if (type instanceof MapType map) {
            addMap(map);
        } else {
            ThriftType element = ViewGenerator.elementOf(types, type);
            if (element != null) {
                addCollection(element, type instanceof SetType);
            }
        }
    }

    private String idlName() {
        return f.member().field().name();
    }

    /** The Java type of an element, key or value as the POJO holds it (unboxed when primitive). */
    private TypeName javaType(ThriftType t) {
        TypeName boxed = types.boxedType(t);
        return types.resolve(t) instanceof BaseType && boxed.isBoxedPrimitive()
                ? boxed.unbox()
                : boxed;
    }

    private MethodSpec.Builder method(String suffix) {
        return MethodSpec.methodBuilder(names.companion(f, suffix)).addModifiers(Modifier.PUBLIC);
    }

    /** {@code private Chain element$N(T value)}: {@code value} encoded alone, for the runtime. */
    private String addEncoder(String which, ThriftType t) {
        String name = which + "$" + slot;
        CodeBlock.Builder code = CodeBlock.builder();
        if (!javaType(t).isPrimitive()) {
            code.addStatement("$T.requireNonNull(value, $S)", JavaTypes.OBJECTS, idlName());
        }
        code.addStatement(
                "$T encoded = new $T(chain().pool())", ViewGenerator.CHAIN, ViewGenerator.CHAIN);
        code.beginControlFlow("try");
        code.addStatement(
                "$T out = protocol().newWriter(encoded.sink())", ViewGenerator.PROTOCOL_WRITER);
        ViewValueCode.write(types, code, t, "value", "out", false);
        code.addStatement("return encoded");
        code.nextControlFlow("catch ($T | $T e)", RuntimeException.class, Error.class);
        code.addStatement("encoded.close()");
        code.addStatement("throw e");
        code.endControlFlow();
        spec.addMethod(
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE)
                        .returns(ViewGenerator.CHAIN)
                        .addParameter(javaType(t), "value")
                        .addCode(code.build())
                        .build());
        return name;
    }

    /**
     * {@code private ListView edit$N()} (or {@code MapView}): the field's view, the field first
     * inserted empty when absent.
     */
    private String addEditable(TypeName view, String get, CodeBlock begin) {
        String name = "edit$" + slot;
        spec.addMethod(
                MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PRIVATE)
                        .returns(view)
                        .beginControlFlow("if (!has($L))", slot)
                        .addStatement(
                                "$T empty = new $T(chain().pool())",
                                ViewGenerator.CHAIN,
                                ViewGenerator.CHAIN)
                        .beginControlFlow("try")
                        .addStatement("protocol().newWriter(empty.sink()).$L", begin)
                        .addStatement("setEncoded($L, empty)", slot)
                        .nextControlFlow("finally")
                        .addStatement("empty.close()")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return $L", get)
                        .build());
        return name;
    }

    private void addCollection(ThriftType element, boolean set) {
        TypeName e = javaType(element);
        String encode = addEncoder("element", element);
        String editable =
                addEditable(
                        ViewGenerator.LIST_VIEW,
                        "list$" + slot + "()",
                        CodeBlock.of(
                                "$L($L, 0)",
                                set ? "writeSetBegin" : "writeListBegin",
                                types.wireType(element)));
        String what = set ? "set" : "list";
        spec.addMethod(
                method("Add")
                        .addJavadoc(
                                "Adds {@code value} at the end of {@code $L}, in place (an absent"
                                        + " field is inserted empty first)$L.\n",
                                idlName(),
                                set
                                        ? "; false, changing nothing, when the set holds it"
                                                + " already"
                                        : "; always true")
                        .returns(TypeName.BOOLEAN)
                        .addParameter(e, "value")
                        .addCode(withEncoded(encode, "return $L().addEncoded(encoded)", editable))
                        .build());
        if (!set) {
            spec.addMethod(
                    method("Insert")
                            .addJavadoc(
                                    "Inserts {@code value} before element {@code i} of {@code $L}"
                                            + " ({@code i} = its size: at the end), in place.\n",
                                    idlName())
                            .addParameter(TypeName.INT, "i")
                            .addParameter(e, "value")
                            .addCode(
                                    withEncoded(encode, "$L().insertEncoded(i, encoded)", editable))
                            .build());
            spec.addMethod(
                    method("ReplaceAt")
                            .addJavadoc(
                                    "Replaces element {@code i} of {@code $L} (present) by {@code"
                                            + " value}, of any length, in place.\n",
                                    idlName())
                            .addParameter(TypeName.INT, "i")
                            .addParameter(e, "value")
                            .addCode(present("list$" + slot + "()"))
                            .addCode(withEncoded(encode, "list.replaceEncoded(i, encoded)"))
                            .build());
        } else {
            spec.addMethod(
                    method("Remove")
                            .addJavadoc(
                                    "Removes {@code value} from the set {@code $L}, in place;"
                                            + " false when it is not there.\n",
                                    idlName())
                            .returns(TypeName.BOOLEAN)
                            .addParameter(e, "value")
                            .addStatement("$T list = list$$$L()", ViewGenerator.LIST_VIEW, slot)
                            .beginControlFlow("if (list == null)")
                            .addStatement("return false")
                            .endControlFlow()
                            .beginControlFlow(
                                    "try ($T encoded = $L(value))", ViewGenerator.CHAIN, encode)
                            .addStatement("int i = list.indexOfEncoded(encoded)")
                            .beginControlFlow("if (i < 0)")
                            .addStatement("return false")
                            .endControlFlow()
                            .addStatement("list.remove(i)")
                            .addStatement("return true")
                            .endControlFlow()
                            .build());
        }
        spec.addMethod(
                method("RemoveAt")
                        .addJavadoc(
                                "Removes element {@code i} of the $L {@code $L} (present), in"
                                        + " place; views of it are no longer valid.\n",
                                what,
                                idlName())
                        .addParameter(TypeName.INT, "i")
                        .addCode(present("list$" + slot + "()"))
                        .addStatement("list.remove(i)")
                        .build());
    }

    private void addMap(MapType map) {
        TypeName k = javaType(map.key());
        TypeName v = javaType(map.value());
        String encodeKey = addEncoder("key", map.key());
        String encodeValue = addEncoder("value", map.value());
        String editable =
                addEditable(
                        ViewGenerator.MAP_VIEW,
                        "map$" + slot + "()",
                        CodeBlock.of(
                                "writeMapBegin($L, $L, 0)",
                                types.wireType(map.key()),
                                types.wireType(map.value())));
        spec.addMethod(
                method("Put")
                        .addJavadoc(
                                "Puts the entry {@code key} → {@code value} into {@code $L}, in"
                                        + " place (an absent field is inserted empty first): true"
                                        + " when the key is new (the entry goes at the end), false"
                                        + " when its value was replaced.\n",
                                idlName())
                        .returns(TypeName.BOOLEAN)
                        .addParameter(k, "key")
                        .addParameter(v, "value")
                        .addStatement("$T map = $L()", ViewGenerator.MAP_VIEW, editable)
                        .beginControlFlow(
                                "try ($T encodedKey = $L(key); $T encodedValue = $L(value))",
                                ViewGenerator.CHAIN,
                                encodeKey,
                                ViewGenerator.CHAIN,
                                encodeValue)
                        .addStatement("return map.putEncoded(encodedKey, encodedValue)")
                        .endControlFlow()
                        .build());
        spec.addMethod(
                method("Remove")
                        .addJavadoc(
                                "Removes the entry of {@code key} from {@code $L}, in place; false"
                                        + " when there is none.\n",
                                idlName())
                        .returns(TypeName.BOOLEAN)
                        .addParameter(k, "key")
                        .addStatement("$T map = map$$$L()", ViewGenerator.MAP_VIEW, slot)
                        .beginControlFlow("if (map == null)")
                        .addStatement("return false")
                        .endControlFlow()
                        .beginControlFlow(
                                "try ($T encoded = $L(key))", ViewGenerator.CHAIN, encodeKey)
                        .addStatement("return map.removeEncoded(encoded)")
                        .endControlFlow()
                        .build());
    }

    /** {@code ListView list = expr;} failing with a clear message when the field is absent. */
    private CodeBlock present(String expr) {
        return CodeBlock.builder()
                .addStatement("$T list = $L", ViewGenerator.LIST_VIEW, expr)
                .beginControlFlow("if (list == null)")
                .addStatement(
                        "throw new $T($S)",
                        IndexOutOfBoundsException.class,
                        idlName() + " is absent")
                .endControlFlow()
                .build();
    }

    /** {@code statements} with {@code encoded}, the element encoded by {@code encoder}, closed. */
    private CodeBlock withEncoded(String encoder, String statements, Object... args) {
        return CodeBlock.builder()
                .beginControlFlow("try ($T encoded = $L(value))", ViewGenerator.CHAIN, encoder)
                .addStatement(statements, args)
                .endControlFlow()
                .build();
    }
}
