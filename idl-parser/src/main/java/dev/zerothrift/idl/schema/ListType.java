package dev.zerothrift.idl.schema;

/** {@code list<element>}. */
public record ListType(ThriftType element, Annotations annotations) implements ThriftType {
    @Override
    public String describe() {
        return "list<" + element.describe() + ">";
    }
}
