package dev.zerothrift.idl.schema;

import dev.zerothrift.idl.Location;

import java.util.List;
import java.util.Optional;

/** An {@code enum}: its members in source order. */
public record EnumType(
        String name,
        String program,
        List<Member> members,
        String doc,
        Annotations annotations,
        Location location)
        implements Definition {
    /**
     * One member.
     *
     * @param value written, or one more than the previous member's (0 for the first).
     */
    public record Member(
            String name, int value, String doc, Annotations annotations, Location location) {}

    public EnumType {
        members = List.copyOf(members);
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The first member with this value. */
    public Optional<Member> member(int value) {
        return members.stream().filter(m -> m.value() == value).findFirst();
    }
}
