package dev.zerothrift.runtime.protocol;

/**
 * Wire types, with the codes of libthrift's {@code TType}: what a field header, a container header
 * or {@link ProtocolReader#skip} says a value is. The compact protocol has codes of its own on the
 * wire ({@link CompactWire}); readers and writers of both protocols speak these.
 */
public final class WireType {
    /** Ends a struct's fields; never the type of a value. */
    public static final byte STOP = 0;

    public static final byte VOID = 1;
    public static final byte BOOL = 2;
    public static final byte BYTE = 3;
    public static final byte DOUBLE = 4;
    public static final byte I16 = 6;
    public static final byte I32 = 8;
    public static final byte I64 = 10;

    /** A string or a binary: the wire does not tell them apart. */
    public static final byte STRING = 11;

    public static final byte STRUCT = 12;
    public static final byte MAP = 13;
    public static final byte SET = 14;
    public static final byte LIST = 15;
    public static final byte UUID = 16;

    private static final String[] NAMES = {
        "stop", "void", "bool", "byte", "double", null, "i16", null, "i32", null, "i64", "string",
        "struct", "map", "set", "list", "uuid"
    };

    private WireType() {}

    /**
     * True for the types a value can have: every code above but {@link #STOP} and {@link #VOID}.
     */
    public static boolean isValue(byte type) {
        return type >= BOOL && type <= UUID && NAMES[type] != null;
    }

    /** The type's name ("i32", "struct"), or "type N" for a code that is not a wire type. */
    public static String name(byte type) {
        if (type >= 0 && type < NAMES.length && NAMES[type] != null) {
            return NAMES[type];
        }
        return "type " + type;
    }
}
