package dev.zerothrift.idl.schema;

/** {@code set<element>}. */
public record SetType(ThriftType element, Annotations annotations) implements ThriftType {
    @Override
    public String describe() {
        return "set<" + element.describe() + ">";
    }
}
