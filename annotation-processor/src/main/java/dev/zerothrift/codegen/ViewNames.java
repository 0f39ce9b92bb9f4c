package dev.zerothrift.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;

import dev.zerothrift.codegen.StructMembers.Member;
import dev.zerothrift.idl.schema.NamedType;
import dev.zerothrift.idl.schema.ThriftType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a generated view's members: one getter per field named as the field, with {@code
 * has}, {@code set}, {@code unset} and per-type companions, none of them hiding a method of {@code
 * StructView} or {@code Object}.
 */
final class ViewNames {
    /** Methods of StructView, Object and the generated view itself. */
    private static final Set<String> RESERVED =
            Set.of(
                    "wrap",
                    "close",
                    "end",
                    "encodedLength",
                    "failurePath",
                    "descriptor",
                    "protocol",
                    "chain",
                    "has",
                    "headerPosition",
                    "valuePosition",
                    "valueEnd",
                    "getBool",
                    "getByte",
                    "getShort",
                    "getInt",
                    "getEnum",
                    "getLong",
                    "getDouble",
                    "getUuidMostSignificant",
                    "getUuidLeastSignificant",
                    "getUuid",
                    "getString",
                    "getUtf8",
                    "stringEquals",
                    "bytesPosition",
                    "bytesLength",
                    "getBinary",
                    "getBinaryBytes",
                    "sliceBinary",
                    "getStruct",
                    "getList",
                    "getMap",
                    "setBool",
                    "setByte",
                    "setShort",
                    "setInt",
                    "setEnum",
                    "setLong",
                    "setDouble",
                    "setUuid",
                    "setString",
                    "setBinary",
                    "setEncoded",
                    "unset",
                    "unknownCount",
                    "unknown",
                    "stopPosition",
                    "toString",
                    "hashCode",
                    "equals",
                    "getClass",
                    "notify",
                    "notifyAll",
                    "wait",
                    "clone",
                    "finalize",
                    "toPojo",
                    "from",
                    "writer",
                    "DESCRIPTOR",
                    "begin",
                    "Writer");

    /** The names of one field's view methods. */
    record Field(
            Member member,
            int slot,
            String get,
            String has,
            String set,
            String unset,
            String base) {}

    private final NameAllocator names = new NameAllocator();
    private final Map<String, String> companions = new HashMap<>();
    private final List<Field> fields = new ArrayList<>();

    private ViewNames(StructMembers members) {
        for (String r : RESERVED) {
            names.newName(r, "reserved:" + r);
        }
        int slot = 0;
        for (Member m : members.members()) {
            String base = StructMembers.javaName(m.field().name());
            String cap = Character.toUpperCase(base.charAt(0)) + base.substring(1);
            fields.add(
                    new Field(
                            m,
                            slot,
                            names.newName(base, "get" + slot),
                            names.newName("has" + cap, "has" + slot),
                            names.newName("set" + cap, "set" + slot),
                            names.newName("unset" + cap, "unset" + slot),
                            base));
            slot++;
        }
    }

    static ViewNames of(StructMembers members) {
        return new ViewNames(members);
    }

    List<Field> fields() {
        return fields;
    }

    /** A further method of the field: its base name and {@code suffix} ({@code nameUtf8}). */
    String companion(Field f, String suffix) {
        return companions.computeIfAbsent(
                f.slot() + ":" + suffix, tag -> names.newName(f.base() + suffix, tag));
    }

    /** The private field caching the field's nested view, list view or map view. */
    static String cache(Field f) {
        return f.base() + "$view";
    }

    /** The view class of the struct class {@code pojo}: {@code FooView} beside {@code Foo}. */
    static ClassName viewOf(ClassName pojo) {
        return pojo.peerClass(pojo.simpleName() + "View");
    }

    static ClassName viewOf(JavaTypes types, ThriftType struct) {
        return viewOf(types.className((NamedType) types.resolve(struct)));
    }
}
