package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.ViewNames.Field;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.ThriftType;

import javax.lang.model.element.Modifier;

/**
 * The accessors of one field of a generated view: getter and companions, {@code has}, setter and
 * {@code unset}, each delegating to {@code StructView} with the field's constant slot.
 */
final class ViewFieldGenerator {
    private final JavaTypes types;
    private final ViewNames names;
    private final Field f;
    private final TypeSpec.Builder spec;
    private final ThriftType type;
    private final int slot;
    private final CodeBlock doc;
    private final String shadowing;

    /**
     * {@code shadowing}: the simple name of the view's top-level class (a service holder for the
     * views of args and results), which would hide a package of that name.
     */
    ViewFieldGenerator(
            JavaTypes types, ViewNames names, Field f, TypeSpec.Builder spec, String shadowing) {
        this.shadowing = shadowing;
        this.types = types;
        this.names = names;
        this.f = f;
        this.spec = spec;
        this.type = types.resolve(f.member().field().type());
        this.slot = f.slot();
        this.doc = Docs.of(f.member().field().doc());
    }

    void addAll() {
        if (ViewGenerator.mayBeAbsent(f)) {
            spec.addMethod(
                    method(f.has())
                            .addJavadoc("Whether {@code $L} is present.\n", idlName())
                            .returns(TypeName.BOOLEAN)
                            .addStatement("return has($L)", slot)
                            .build());
        }
        if (type instanceof BaseType base) {
            addBase(base.kind());
        } else if (types.isEnum(type)) {
            addEnum();
        } else if (types.isStruct(type)) {
            addStruct();
        } else if (type instanceof MapType map) {
            addMap(map);
        } else {
            addList(ViewGenerator.elementOf(types, type));
        }
        if (!types.isStruct(type) && !(type instanceof BaseType) && !types.isEnum(type)) {
            addEncodedSetter();
        }
        if (ViewGenerator.mayBeAbsent(f)) {
            spec.addMethod(
                    method(f.unset())
                            .addJavadoc("Removes {@code $L}'s bytes from the message.\n", idlName())
                            .addStatement("unset($L)", slot)
                            .build());
        }
    }

    private String idlName() {
        return f.member().field().name();
    }

    private static MethodSpec.Builder method(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    }

    private MethodSpec.Builder getter(TypeName returns, String what) {
        return method(f.get())
                .addJavadoc(doc)
                .addJavadoc(doc.isEmpty() ? "" : "\n<p>")
                .addJavadoc("{@code $L}$L.\n", idlName(), what)
                .returns(returns);
    }

    private void setter(TypeName parameter, String statement, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = slot;
        System.arraycopy(args, 0, all, 1, args.length);
        spec.addMethod(
                method(f.set())
                        .addJavadoc("Sets {@code $L} in place.\n", idlName())
                        .addParameter(parameter, "value")
                        .addStatement(statement, all)
                        .build());
    }

    private void addBase(BaseType.Kind kind) {
        switch (kind) {
            case BOOL -> primitive(TypeName.BOOLEAN, "Bool");
            case I8 -> primitive(TypeName.BYTE, "Byte");
            case I16 -> primitive(TypeName.SHORT, "Short");
            case I32 -> primitive(TypeName.INT, "Int");
            case I64 -> primitive(TypeName.LONG, "Long");
            case DOUBLE -> primitive(TypeName.DOUBLE, "Double");
            case UUID -> primitive(JavaTypes.UUID, "Uuid");
            case STRING -> addString();
            case BINARY -> addBinary();
        }
    }

    private void primitive(TypeName javaType, String suffix) {
        spec.addMethod(
                getter(javaType, ", or its default when absent")
                        .addStatement("return get$L($L)", suffix, slot)
                        .build());
        setter(javaType, "set" + suffix + "($L, value)");
    }

    private void addString() {
        spec.addMethod(
                getter(JavaTypes.STRING, ", decoded (its default, or \"\", when absent)")
                        .addStatement("return getString($L)", slot)
                        .build());
        String text = ViewNames.cache(f) + "Text";
        spec.addField(ViewGenerator.cacheField(ViewGenerator.UTF8_TEXT, text));
        spec.addMethod(
                method(names.companion(f, "Utf8"))
                        .addJavadoc(
                                "{@code $L} as UTF-8 over the message's bytes, without decoding;"
                                        + " one text per view, reused by the next call.\n",
                                idlName())
                        .returns(ViewGenerator.UTF8_TEXT)
                        .beginControlFlow("if ($L == null)", text)
                        .addStatement("$L = new $T()", text, ViewGenerator.UTF8_TEXT)
                        .endControlFlow()
                        .addStatement("return getUtf8($L, $L)", slot, text)
                        .build());
        spec.addMethod(
                method(names.companion(f, "Equals"))
                        .addJavadoc(
                                "Whether {@code $L} is present and is {@code s}, compared without"
                                        + " decoding.\n",
                                idlName())
                        .returns(TypeName.BOOLEAN)
                        .addParameter(CharSequence.class, "s")
                        .addStatement("return stringEquals($L, s)", slot)
                        .build());
        setter(JavaTypes.STRING, "setString($L, value)");
    }

    private void addBinary() {
        spec.addMethod(
                getter(JavaTypes.BYTE_BUFFER, " as a read-only slice of the message, or null")
                        .addStatement("return getBinary($L)", slot)
                        .build());
        spec.addMethod(
                method(names.companion(f, "Bytes"))
                        .addJavadoc("{@code $L}'s bytes, copied, or null when absent.\n", idlName())
                        .returns(TypeName.get(byte[].class))
                        .addStatement("return getBinaryBytes($L)", slot)
                        .build());
        spec.addMethod(
                method(names.companion(f, "Slice"))
                        .addJavadoc(
                                "Appends {@code $L}'s bytes to {@code into} as a slice of the"
                                        + " message (no copy; {@code into} holds the blocks until"
                                        + " cleared or released); false, and {@code into}"
                                        + " unchanged, when absent.\n",
                                idlName())
                        .returns(TypeName.BOOLEAN)
                        .addParameter(ViewGenerator.CHAIN, "into")
                        .addStatement("return sliceBinary($L, into)", slot)
                        .build());
        setter(TypeName.get(byte[].class), "setBinary($L, value)");
    }

    private void addEnum() {
        ClassName e = (ClassName) types.boxedType(type);
        spec.addMethod(
                getter(e, ", or null when absent without default or not a declared value")
                        .addStatement(
                                "return $L.findByValue(getEnum($L))",
                                JavaTypes.staticRef(e, shadowing),
                                slot)
                        .build());
        spec.addMethod(
                method(names.companion(f, "Value"))
                        .addJavadoc("{@code $L}'s raw value, declared or not.\n", idlName())
                        .returns(TypeName.INT)
                        .addStatement("return getEnum($L)", slot)
                        .build());
        setter(e, "setEnum($L, value.value())");
    }

    private void addStruct() {
        ClassName view = ViewNames.viewOf(types, type);
        String cache = ViewNames.cache(f);
        spec.addField(ViewGenerator.cacheField(view, cache));
        spec.addMethod(
                getter(view, " as a view (one per parent, reused), or null when absent")
                        .beginControlFlow("if ($L == null)", cache)
                        .addStatement("$L = new $T()", cache, view)
                        .endControlFlow()
                        .addStatement("return getStruct($L, $L) ? $L : null", slot, cache, cache)
                        .build());
        addEncodedSetter();
    }

    /** A setter of a whole value (struct or container): encoded apart, then linked in. */
    private void addEncodedSetter() {
        TypeName pojoType = f.member().type();
        CodeBlock.Builder code = CodeBlock.builder();
        code.addStatement(
                "$T encoded = new $T(chain().pool())", ViewGenerator.CHAIN, ViewGenerator.CHAIN);
        code.beginControlFlow("try");
        code.addStatement(
                "$T out = protocol().newWriter(encoded.sink())", ViewGenerator.PROTOCOL_WRITER);
        ViewValueCode.write(types, code, f.member().field().type(), "value", "out");
        code.addStatement("setEncoded($L, encoded)", slot);
        code.nextControlFlow("finally");
        code.addStatement("encoded.close()");
        code.endControlFlow();
        spec.addMethod(
                method(f.set())
                        .addJavadoc(
                                "Sets {@code $L} to {@code value}, encoded apart and linked into the"
                                        + " message in place of the old value; views of the old"
                                        + " value are no longer valid.\n",
                                idlName())
                        .addParameter(pojoType, "value")
                        .addCode(code.build())
                        .build());
    }

    private void addList(ThriftType element) {
        String cache = ViewNames.cache(f);
        spec.addField(ViewGenerator.cacheField(ViewGenerator.LIST_VIEW, cache));
        spec.addMethod(
                getter(ViewGenerator.LIST_VIEW, " as a list view (reused), or null when absent")
                        .addStatement("return list$$$L()", slot)
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("list$" + slot)
                        .addModifiers(Modifier.PRIVATE)
                        .returns(ViewGenerator.LIST_VIEW)
                        .beginControlFlow("if ($L == null)", cache)
                        .addStatement("$L = new $T()", cache, ViewGenerator.LIST_VIEW)
                        .endControlFlow()
                        .addStatement("return getList($L, $L) ? $L : null", slot, cache, cache)
                        .build());
        spec.addMethod(
                method(names.companion(f, "Size"))
                        .addJavadoc(
                                "How many elements {@code $L} has (0 when absent).\n", idlName())
                        .returns(TypeName.INT)
                        .addStatement("$T list = list$$$L()", ViewGenerator.LIST_VIEW, slot)
                        .addStatement("return list == null ? 0 : list.size()")
                        .build());
        if (ViewGenerator.isReadableElement(types, element)) {
            addAt("At", element, "list$" + slot + "()", cache + "Element", "element");
        }
        BaseType.Kind kind = types.baseKind(element);
        if (kind == BaseType.Kind.I64) {
            addBulk("Longs", TypeName.LONG);
        } else if (kind == BaseType.Kind.I32) {
            addBulk("Ints", TypeName.INT);
        } else if (kind == BaseType.Kind.DOUBLE) {
            addBulk("Doubles", TypeName.DOUBLE);
        }
    }

    /** {@code nameAt(i)} (or {@code nameKeyAt}, {@code nameValueAt}): element {@code i}, typed. */
    private void addAt(String suffix, ThriftType element, String list, String cache, String what) {
        TypeName returns = ViewGenerator.elementType(types, element);
        MethodSpec.Builder m =
                method(names.companion(f, suffix))
                        .addJavadoc(
                                "The $L at {@code i} of {@code $L} (present), in O(1)$L.\n",
                                what,
                                idlName(),
                                types.isStruct(element)
                                        ? ", as a view reused by the next call"
                                        : "")
                        .returns(returns)
                        .addParameter(TypeName.INT, "i");
        if (types.isStruct(element)) {
            spec.addField(ViewGenerator.cacheField(returns, cache));
            m.beginControlFlow("if ($L == null)", cache)
                    .addStatement("$L = new $T()", cache, returns)
                    .endControlFlow();
        }
        m.addStatement(
                "return $L",
                ViewGenerator.elementRead(types, element, list, "i", cache, shadowing));
        spec.addMethod(m.build());
    }

    private void addBulk(String suffix, TypeName primitive) {
        spec.addMethod(
                method(names.companion(f, suffix))
                        .addJavadoc(
                                "All of {@code $L} into {@code dst} (from 0), read in bulk; returns"
                                        + " how many (0 when absent).\n",
                                idlName())
                        .returns(TypeName.INT)
                        .addParameter(ViewGenerator.arrayOf(primitive), "dst")
                        .addStatement("$T list = list$$$L()", ViewGenerator.LIST_VIEW, slot)
                        .beginControlFlow("if (list == null)")
                        .addStatement("return 0")
                        .endControlFlow()
                        .addStatement("int n = list.size()")
                        .addStatement("list.get$L(0, dst, 0, n)", suffix)
                        .addStatement("return n")
                        .build());
        spec.addMethod(
                method(names.companion(f, suffix))
                        .addJavadoc(
                                "All of {@code $L} in a new array (empty when absent).\n",
                                idlName())
                        .returns(ViewGenerator.arrayOf(primitive))
                        .addStatement("$T list = list$$$L()", ViewGenerator.LIST_VIEW, slot)
                        .addStatement(
                                "$T dst = new $T[list == null ? 0 : list.size()]",
                                ViewGenerator.arrayOf(primitive),
                                primitive)
                        .beginControlFlow("if (list != null)")
                        .addStatement("list.get$L(0, dst, 0, dst.length)", suffix)
                        .endControlFlow()
                        .addStatement("return dst")
                        .build());
    }

    private void addMap(MapType map) {
        String cache = ViewNames.cache(f);
        spec.addField(ViewGenerator.cacheField(ViewGenerator.MAP_VIEW, cache));
        spec.addMethod(
                getter(ViewGenerator.MAP_VIEW, " as a map view (reused), or null when absent")
                        .addStatement("return map$$$L()", slot)
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("map$" + slot)
                        .addModifiers(Modifier.PRIVATE)
                        .returns(ViewGenerator.MAP_VIEW)
                        .beginControlFlow("if ($L == null)", cache)
                        .addStatement("$L = new $T()", cache, ViewGenerator.MAP_VIEW)
                        .endControlFlow()
                        .addStatement("return getMap($L, $L) ? $L : null", slot, cache, cache)
                        .build());
        spec.addMethod(
                method(names.companion(f, "Size"))
                        .addJavadoc("How many entries {@code $L} has (0 when absent).\n", idlName())
                        .returns(TypeName.INT)
                        .addStatement("$T map = map$$$L()", ViewGenerator.MAP_VIEW, slot)
                        .addStatement("return map == null ? 0 : map.size()")
                        .build());
        String keys = cache + "Keys";
        String values = cache + "Values";
        if (ViewGenerator.isReadableElement(types, map.key())) {
            spec.addField(ViewGenerator.cacheField(ViewGenerator.LIST_VIEW, keys));
            spec.addMethod(side("keys", keys, slot));
            addAt("KeyAt", map.key(), "keys$" + slot + "()", cache + "Key", "key");
        }
        if (ViewGenerator.isReadableElement(types, map.value())) {
            spec.addField(ViewGenerator.cacheField(ViewGenerator.LIST_VIEW, values));
            spec.addMethod(side("values", values, slot));
            addAt("ValueAt", map.value(), "values$" + slot + "()", cache + "Value", "value");
        }
    }

    /** The keys or values of the (present) map as a list view. */
    private static MethodSpec side(String which, String cache, int slot) {
        return MethodSpec.methodBuilder(which + "$" + slot)
                .addModifiers(Modifier.PRIVATE)
                .returns(ViewGenerator.LIST_VIEW)
                .beginControlFlow("if ($L == null)", cache)
                .addStatement("$L = new $T()", cache, ViewGenerator.LIST_VIEW)
                .endControlFlow()
                .addStatement("return map$$$L().$L($L)", slot, which, cache)
                .build();
    }
}
