package dev.zerothrift.runtime.protocol;

/**
 * A message could not be decoded (or encoded): says what was wrong and where.
 *
 * <p>Every decoder throws this, and only this, on bad input: truncation, a negative or oversized
 * length, an unknown wire type, a limit exceeded. {@link #offset()} is the byte offset in the
 * message where the problem was found (-1 when unknown) and {@link #fieldId()} the id of the field
 * being decoded ({@link #NO_FIELD} when none).
 */
public final class ProtocolException extends RuntimeException {
    /**
     * What went wrong, in the categories libthrift's {@code TProtocolException} uses and a few
     * more.
     */
    public enum Kind {
        /** The message ends before a value does. */
        TRUNCATED,
        /** A string, binary or container length is negative. */
        NEGATIVE_SIZE,
        /** A length, message or frame is larger than a limit or than the bytes left. */
        SIZE_LIMIT,
        /** Structs, lists, sets or maps nested deeper than the limit. */
        DEPTH_LIMIT,
        /** A wire type, version or header byte that is not valid. */
        INVALID_DATA,
        /** A field or element has another wire type than the schema says. */
        TYPE_MISMATCH,
        /** A required field is missing, or a union has other than one field. */
        MISSING_REQUIRED,
        /** Something the protocol cannot express. */
        NOT_IMPLEMENTED
    }

    /** The {@link #fieldId()} when no field was being decoded. */
    public static final int NO_FIELD = Integer.MIN_VALUE;

    private final Kind kind;
    private final long offset;
    private final int fieldId;

    public ProtocolException(Kind kind, long offset, int fieldId, String message) {
        super(message);
        this.kind = kind;
        this.offset = offset;
        this.fieldId = fieldId;
    }

    public ProtocolException(Kind kind, long offset, String message) {
        this(kind, offset, NO_FIELD, message);
    }

    /** The message ends {@code needed - available} bytes short at {@code offset}. */
    public static ProtocolException truncated(long offset, long needed, long available) {
        return new ProtocolException(
                Kind.TRUNCATED,
                offset,
                "message truncated at byte "
                        + offset
                        + ": needed "
                        + needed
                        + " more bytes, "
                        + available
                        + " left");
    }

    public Kind kind() {
        return kind;
    }

    /** Byte offset in the message where the problem was found, or -1. */
    public long offset() {
        return offset;
    }

    /** Id of the field being decoded, or {@link #NO_FIELD}. */
    public int fieldId() {
        return fieldId;
    }

    /** The same problem, now known to be inside field {@code id} (the innermost field wins). */
    public ProtocolException inField(int id) {
        if (fieldId != NO_FIELD) {
            return this;
        }
        String text = getMessage() + " (in field " + id + ")";
        ProtocolException withField = new ProtocolException(kind, offset, id, text);
        withField.setStackTrace(getStackTrace());
        return withField;
    }
}
