package dev.zerothrift.processor;

import dev.zerothrift.idl.schema.Annotations;
import dev.zerothrift.idl.schema.BaseType;
import dev.zerothrift.idl.schema.ListType;
import dev.zerothrift.idl.schema.MapType;
import dev.zerothrift.idl.schema.SetType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic.Kind;

/**
 * The Thrift type of a Java type in a Java-first schema, or an error on the element that declares
 * it. Types annotated {@code @ThriftStruct} or {@code @ThriftEnum} are handed to {@code named},
 * which places them in their program.
 */
final class JavaTypes {
    private static final Map<String, BaseType> DECLARED_BASE_TYPES =
            Map.ofEntries(
                    Map.entry("java.lang.Boolean", BaseType.BOOL),
                    Map.entry("java.lang.Byte", BaseType.I8),
                    Map.entry("java.lang.Short", BaseType.I16),
                    Map.entry("java.lang.Integer", BaseType.I32),
                    Map.entry("java.lang.Long", BaseType.I64),
                    Map.entry("java.lang.Double", BaseType.DOUBLE),
                    Map.entry("java.lang.String", BaseType.STRING),
                    Map.entry("java.nio.ByteBuffer", BaseType.BINARY),
                    Map.entry("java.util.UUID", BaseType.UUID));

    private final Messager messager;
    private final Function<TypeElement, Optional<ThriftType>> named;

    JavaTypes(Messager messager, Function<TypeElement, Optional<ThriftType>> named) {
        this.messager = messager;
        this.named = named;
    }

    /**
     * Whether {@code type} or a type argument in it is one the compiler could not resolve (yet).
     */
    static boolean unresolved(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return unresolved(array.getComponentType());
        }
        if (type instanceof DeclaredType declared) {
            return declared.getTypeArguments().stream().anyMatch(JavaTypes::unresolved);
        }
        return false;
    }

    /** The Thrift type of {@code type}, declared at {@code site}; empty after an error. */
    Optional<ThriftType> map(TypeMirror type, Element site) {
        switch (type.getKind()) {
            case BOOLEAN:
                return Optional.of(BaseType.BOOL);
            case BYTE:
                return Optional.of(BaseType.I8);
            case SHORT:
                return Optional.of(BaseType.I16);
            case INT:
                return Optional.of(BaseType.I32);
            case LONG:
                return Optional.of(BaseType.I64);
            case DOUBLE:
                return Optional.of(BaseType.DOUBLE);
            case FLOAT:
                return error(site, "not a Thrift type: float (Thrift has double)");
            case CHAR:
                return error(site, "not a Thrift type: char (use String, or byte for i8)");
            case ARRAY:
                if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                    return Optional.of(BaseType.BINARY);
                }
                return error(
                        site,
                        "not a Thrift type: " + type + " (use List; only byte[] is, as binary)");
            case DECLARED:
                return declared((DeclaredType) type, site);
            case ERROR:
                return error(site, "cannot resolve the type of " + describe(site) + ": " + type);
            default:
                return error(site, "not a Thrift type: " + type);
        }
    }

    private Optional<ThriftType> declared(DeclaredType type, Element site) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        BaseType base = DECLARED_BASE_TYPES.get(name);
        if (base != null) {
            return Optional.of(base);
        }
        List<? extends TypeMirror> args = type.getTypeArguments();
        switch (name) {
            case "java.util.List":
            case "java.util.Set":
                if (args.size() != 1) {
                    return error(site, "raw type: " + type + " (say what the elements are)");
                }
                return element(args.get(0), site)
                        .map(
                                e ->
                                        name.equals("java.util.List")
                                                ? new ListType(e, Annotations.NONE)
                                                : new SetType(e, Annotations.NONE));
            case "java.util.Map":
                if (args.size() != 2) {
                    return error(site, "raw type: " + type + " (say what the keys and values are)");
                }
                Optional<ThriftType> key = element(args.get(0), site);
                Optional<ThriftType> value = element(args.get(1), site);
                return key.isPresent() && value.isPresent()
                        ? Optional.of(new MapType(key.get(), value.get(), Annotations.NONE))
                        : Optional.empty();
            default:
                break;
        }
        if (Mirrors.find(element, AnnotationNames.STRUCT).isPresent()
                || Mirrors.find(element, AnnotationNames.ENUM).isPresent()) {
            return named.apply(element);
        }
        return error(
                site,
                "not a Thrift type: "
                        + type
                        + " (annotate it with @ThriftStruct or @ThriftEnum, or use a supported"
                        + " type)");
    }

    private Optional<ThriftType> element(TypeMirror arg, Element site) {
        if (arg.getKind() == TypeKind.WILDCARD || arg.getKind() == TypeKind.TYPEVAR) {
            return error(site, "not a Thrift type: " + arg + " (name the element type exactly)");
        }
        return map(arg, site);
    }

    private Optional<ThriftType> error(Element site, String message) {
        messager.printMessage(Kind.ERROR, message, site);
        return Optional.empty();
    }

    static String describe(Element element) {
        return switch (element.getKind()) {
            case METHOD -> element.getSimpleName() + "()";
            default -> element.getSimpleName().toString();
        };
    }
}
