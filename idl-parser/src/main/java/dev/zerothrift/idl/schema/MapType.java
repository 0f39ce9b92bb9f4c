package dev.zerothrift.idl.schema;

/** {@code map<key, value>}. */
public record MapType(ThriftType key, ThriftType value, Annotations annotations)
        implements ThriftType {
    @Override
    public String describe() {
        return "map<" + key.describe() + "," + value.describe() + ">";
    }
}
