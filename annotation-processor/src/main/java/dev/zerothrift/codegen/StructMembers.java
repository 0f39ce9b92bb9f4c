package dev.zerothrift.codegen;

import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;

import dev.zerothrift.idl.schema.Field;
import dev.zerothrift.idl.schema.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java members of one struct's class: a name for every field, accessor and builder method,
 * allocated with JavaPoet's {@link NameAllocator} so that IDL names that are Java keywords, that
 * differ only in a way Java names cannot show, or that collide with the methods every generated
 * class has ({@code equals}, {@code fastWrite}, {@code getMessage} of an exception, ...) still get
 * distinct, valid names. Internal members carry a {@code $}, which no IDL name can.
 */
final class StructMembers {
    /** Methods of every generated class, or of its supertypes, that no accessor may take. */
    private static final Set<String> RESERVED =
            Stream.concat(
                            JavaNames.OBJECT_METHODS.stream(),
                            Stream.of(
                                    "builder",
                                    "fastRead",
                                    "fastWrite",
                                    "encodedLength",
                                    "binaryLength",
                                    "compactLength",
                                    "referencedLength",
                                    "writeBinary",
                                    "writeCompact",
                                    "readBinary",
                                    "readCompact",
                                    "write",
                                    "read",
                                    "validate",
                                    "unknownFields",
                                    "activeFieldId"))
                    .collect(Collectors.toUnmodifiableSet());

    /** Methods of {@code Throwable}, for exceptions. */
    private static final Set<String> THROWABLE =
            Set.of(
                    "getMessage",
                    "getLocalizedMessage",
                    "getCause",
                    "initCause",
                    "fillInStackTrace",
                    "getStackTrace",
                    "setStackTrace",
                    "printStackTrace",
                    "addSuppressed",
                    "getSuppressed");

    /** One field and its Java names. */
    record Member(
            Field field,
            TypeName type,
            String name,
            String getter,
            String setter,
            String isSet,
            String unset,
            String builderMethod,
            int bit) {
        boolean primitive() {
            return type.isPrimitive();
        }
    }

    private final StructType struct;
    private final List<Member> members;
    private final int words;

    private StructMembers(StructType struct, List<Member> members, int words) {
        this.struct = struct;
        this.members = members;
        this.words = words;
    }

    static StructMembers of(StructType struct, JavaTypes types) {
        NameAllocator methods = new NameAllocator();
        NameAllocator fields = new NameAllocator();
        NameAllocator builder = new NameAllocator();
        for (String name : RESERVED) {
            methods.newName(name, "reserved:" + name);
            builder.newName(name, "reserved:" + name);
        }
        builder.newName("build", "reserved:build");
        if (struct.kind() == StructType.Kind.EXCEPTION) {
            for (String name : THROWABLE) {
                methods.newName(name, "reserved:" + name);
            }
        }
        List<Member> members = new ArrayList<>();
        int bits = 0;
        for (Field field : struct.fields()) {
            TypeName type = types.fieldType(field.type());
            String base = javaName(field.name());
            String name = fields.newName(base, field);
            String cap = Character.toUpperCase(base.charAt(0)) + base.substring(1);
            String getter =
                    methods.newName((type == TypeName.BOOLEAN ? "is" : "get") + cap, "get" + name);
            String setter = methods.newName("set" + cap, "set" + name);
            String isSet = methods.newName("isSet" + cap, "isSet" + name);
            String unset = methods.newName("unset" + cap, "unset" + name);
            String builderMethod = builder.newName(base, field);
            int bit = type.isPrimitive() ? bits++ : -1;
            members.add(
                    new Member(
                            field, type, name, getter, setter, isSet, unset, builderMethod, bit));
        }
        return new StructMembers(struct, List.copyOf(members), (bits + 63) / 64);
    }

    /** An IDL name as the base of Java names: dots (legal in IDL names) become underscores. */
    static String javaName(String idlName) {
        return JavaNames.identifier(idlName.replace('.', '_'));
    }

    StructType struct() {
        return struct;
    }

    boolean isUnion() {
        return struct.kind() == StructType.Kind.UNION;
    }

    /** In IDL order. */
    List<Member> members() {
        return members;
    }

    /** How many {@code long} words of presence bits the primitive fields need. */
    int words() {
        return words;
    }

    static String word(int bit) {
        return "isset$" + (bit >>> 6);
    }

    static String mask(int bit) {
        return "0x" + Long.toHexString(1L << (bit & 63)) + "L";
    }

    /** The presence test of a member, as Java source. */
    static String presence(Member m) {
        return m.primitive()
                ? "(this." + word(m.bit()) + " & " + mask(m.bit()) + ") != 0"
                : "this." + m.name() + " != null";
    }
}
