package dev.zerothrift.idl.schema;

/** One of Thrift's base types. {@code byte} is {@link Kind#I8}. */
public record BaseType(Kind kind, Annotations annotations) implements ThriftType {
    /** The base types. */
    public enum Kind {
        BOOL("bool"),
        I8("i8"),
        I16("i16"),
        I32("i32"),
        I64("i64"),
        DOUBLE("double"),
        STRING("string"),
        BINARY("binary"),
        UUID("uuid");

        private final String idlName;

        Kind(String idlName) {
            this.idlName = idlName;
        }

        /** The keyword in IDL ({@code i8} for both {@code i8} and {@code byte}). */
        public String idlName() {
            return idlName;
        }

        /** Whether values are integers: i8, i16, i32 and i64. */
        public boolean isInteger() {
            return this == I8 || this == I16 || this == I32 || this == I64;
        }
    }

    public static final BaseType BOOL = new BaseType(Kind.BOOL, Annotations.NONE);
    public static final BaseType I8 = new BaseType(Kind.I8, Annotations.NONE);
    public static final BaseType I16 = new BaseType(Kind.I16, Annotations.NONE);
    public static final BaseType I32 = new BaseType(Kind.I32, Annotations.NONE);
    public static final BaseType I64 = new BaseType(Kind.I64, Annotations.NONE);
    public static final BaseType DOUBLE = new BaseType(Kind.DOUBLE, Annotations.NONE);
    public static final BaseType STRING = new BaseType(Kind.STRING, Annotations.NONE);
    public static final BaseType BINARY = new BaseType(Kind.BINARY, Annotations.NONE);
    public static final BaseType UUID = new BaseType(Kind.UUID, Annotations.NONE);

    @Override
    public String describe() {
        return kind.idlName();
    }
}
