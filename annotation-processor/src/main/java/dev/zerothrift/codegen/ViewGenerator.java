package dev.zerothrift.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

import dev.zerothrift.codegen.ViewNames.Field;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.Requiredness;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.StructType;
import dev.zerothrift.idl.schema.ThriftType;

import javax.lang.model.element.Modifier;

/**
 * The typed view of a struct, union or exception: {@code FooView extends StructView}, with its
 * descriptor ({@link ViewDescriptorGenerator}), typed getters, {@code has}, setters and {@code
 * unset} by constant slot, covariant {@code wrap}s, conversion to and from the POJO, and its
 * builder ({@link ViewWriterGenerator}).
 *
 * <p>Getters per field type: primitives as themselves; an enum as the generated enum (null for a
 * value the IDL does not declare) and as its raw int ({@code nameValue}); a string as a {@code
 * String}, a zero-copy {@code Utf8Text} ({@code nameUtf8}, one text reused per field) and a
 * comparison without decoding ({@code nameEquals}); a binary as a read-only {@code ByteBuffer} over
 * the message and as a copy ({@code nameBytes}); a struct as its view; a list or set as a {@code
 * ListView} with {@code nameSize} and a typed O(1) {@code nameAt(i)}, plus {@code nameLongs},
 * {@code nameInts} or {@code nameDoubles} bulk reads; a map as a {@code MapView} with {@code
 * nameSize}, {@code nameKeyAt(i)} and {@code nameValueAt(i)}. Nested views, list views and texts
 * are made on first use and reused: the steady state of reading allocates nothing but the {@code
 * String}s asked for.
 */
final class ViewGenerator {
    static final ClassName STRUCT_VIEW =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "StructView");
    static final ClassName LIST_VIEW =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "ListView");
    static final ClassName MAP_VIEW =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "MapView");
    static final ClassName UTF8_TEXT =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "Utf8Text");
    static final ClassName VIEW_OPTIONS =
            ClassName.get(ViewDescriptorGenerator.RUNTIME_VIEW, "ViewOptions");
    static final ClassName CHAIN = ClassName.get(JavaTypes.RUNTIME + ".buffer", "Chain");
    static final ClassName PROTOCOL_WRITER =
            ClassName.get(JavaTypes.RUNTIME + ".protocol", "ProtocolWriter");
    static final ClassName FAST_CODEC = JavaTypes.FAST_CODEC;

    private final JavaTypes types;
    private final GeneratorOptions options;

    ViewGenerator(JavaTypes types, GeneratorOptions options) {
        this.types = types;
        this.options = options;
    }

    TypeSpec generate(StructType struct, ClassName pojo) {
        StructMembers members = StructMembers.of(struct, types);
        ViewNames names = ViewNames.of(members);
        ClassName self = ViewNames.viewOf(pojo);
        TypeSpec.Builder spec =
                TypeSpec.classBuilder(self)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .superclass(STRUCT_VIEW)
                        .addJavadoc(classDoc(struct, pojo));
        for (Field f : names.fields()) {
            spec.alwaysQualify(f.base());
        }
        new ViewDescriptorGenerator(types, members).addTo(spec);
        addConstructors(spec);
        addWraps(spec, self);
        for (Field f : names.fields()) {
            new ViewFieldGenerator(types, names, f, spec, self.topLevelClassName().simpleName())
                    .addAll();
            new ViewContainerEditGenerator(types, names, f, spec).addAll();
        }
        new ViewConversionGenerator(self, pojo).addTo(spec);
        new ViewWriterGenerator(types, members, names, self, pojo, options.fieldOrder())
                .addTo(spec);
        return spec.build();
    }

    private static CodeBlock classDoc(StructType struct, ClassName pojo) {
        return CodeBlock.builder()
                .add(Docs.of(struct.doc()))
                .add(struct.doc().isEmpty() ? "" : "\n<p>")
                .add(
                        "A zero-copy view of the IDL $L {@code $L} (the POJO {@link $T}): fields"
                                + " read and set in place in a chain, through the index of one"
                                + " walk over its bytes; {@link Writer} writes a new one. Reusable"
                                + " from message to message; not thread-safe.\n",
                        struct.kind().name().toLowerCase(),
                        struct.name(),
                        pojo)
                .build();
    }

    private static void addConstructors(TypeSpec.Builder spec) {
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "A root view for messages in {@code protocol}, to {@code wrap}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JavaTypes.PROTOCOL, "protocol")
                        .addStatement("super(DESCRIPTOR, protocol)")
                        .build());
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addJavadoc("A root view with {@code options} (limits, strictness).\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JavaTypes.PROTOCOL, "protocol")
                        .addParameter(VIEW_OPTIONS, "options")
                        .addStatement("super(DESCRIPTOR, protocol, options)")
                        .build());
        spec.addMethod(
                MethodSpec.constructorBuilder()
                        .addJavadoc(
                                "A view for nested values, pointed at them by a parent view (not"
                                        + " to {@code wrap}).\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super(DESCRIPTOR)")
                        .build());
    }

    private static void addWraps(TypeSpec.Builder spec, ClassName self) {
        spec.addMethod(
                MethodSpec.methodBuilder("wrap")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(CHAIN, "chain")
                        .addStatement("super.wrap(chain)")
                        .addStatement("return this")
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("wrap")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(CHAIN, "chain")
                        .addParameter(TypeName.INT, "from")
                        .addParameter(TypeName.INT, "length")
                        .addStatement("super.wrap(chain, from, length)")
                        .addStatement("return this")
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("wrap")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(TypeName.get(byte[].class), "bytes")
                        .addParameter(TypeName.INT, "offset")
                        .addParameter(TypeName.INT, "length")
                        .addStatement("super.wrap(bytes, offset, length)")
                        .addStatement("return this")
                        .build());
        spec.addMethod(
                MethodSpec.methodBuilder("wrap")
                        .addJavadoc("A view of all of {@code bytes}, by reference.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(self)
                        .addParameter(TypeName.get(byte[].class), "bytes")
                        .addStatement("super.wrap(bytes, 0, bytes.length)")
                        .addStatement("return this")
                        .build());
    }

    /**
     * Whether the field may be absent in a valid message (so has {@code has} and {@code unset}).
     */
    static boolean mayBeAbsent(Field f) {
        return f.member().field().requiredness() != Requiredness.REQUIRED;
    }

    /** The element type of a list or set, or null. */
    static ThriftType elementOf(JavaTypes types, ThriftType type) {
        ThriftType t = types.resolve(type);
        if (t instanceof ListType list) {
            return list.element();
        }
        if (t instanceof SetType set) {
            return set.element();
        }
        return null;
    }

    static boolean isMap(JavaTypes types, ThriftType type) {
        return types.resolve(type) instanceof MapType;
    }

    /** Whether a value of the type is read from a ListView by one call ({@link #elementRead}). */
    static boolean isReadableElement(JavaTypes types, ThriftType type) {
        ThriftType t = types.resolve(type);
        return t instanceof BaseType || types.isEnum(t) || types.isStruct(t);
    }

    /** The Java type {@link #elementRead} returns. */
    static TypeName elementType(JavaTypes types, ThriftType type) {
        ThriftType t = types.resolve(type);
        if (types.isStruct(t)) {
            return ViewNames.viewOf(types, t);
        }
        TypeName boxed = types.boxedType(t);
        return t instanceof BaseType && boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
    }

    /**
     * Element {@code i} of the list view {@code list}; a struct in the view {@code target}; {@code
     * shadowing} as {@link JavaTypes#staticRef(ClassName, String)} takes it.
     */
    static CodeBlock elementRead(
            JavaTypes types,
            ThriftType type,
            String list,
            String i,
            String target,
            String shadowing) {
        ThriftType t = types.resolve(type);
        if (types.isStruct(t)) {
            return CodeBlock.of("$L.getStruct($L, $L)", list, i, target);
        }
        if (types.isEnum(t)) {
            ClassName e = (ClassName) types.boxedType(t);
            return CodeBlock.of(
                    "$L.findByValue($L.getEnum($L))", JavaTypes.staticRef(e, shadowing), list, i);
        }
        BaseType.Kind kind = ((BaseType) t).kind();
        String method =
                switch (kind) {
                    case BOOL -> "getBool";
                    case I8 -> "getByte";
                    case I16 -> "getShort";
                    case I32 -> "getInt";
                    case I64 -> "getLong";
                    case DOUBLE -> "getDouble";
                    case STRING -> "getString";
                    case BINARY -> "getBinary";
                    case UUID -> "getUuid";
                };
        return CodeBlock.of("$L.$L($L)", list, method, i);
    }

    static FieldSpec cacheField(TypeName type, String name) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE).build();
    }

    static ArrayTypeName arrayOf(TypeName primitive) {
        return ArrayTypeName.of(primitive);
    }
}
