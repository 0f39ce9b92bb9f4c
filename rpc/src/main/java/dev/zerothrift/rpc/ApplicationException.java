package dev.zerothrift.rpc;

import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

/**
 * Thrift's {@code TApplicationException}: the error a server sends instead of a result (message
 * type {@code EXCEPTION}), and the one a client raises when a reply does not fit its call.
 *
 * <p>On the wire it is the struct libthrift writes: {@code 1: string message} (absent when the
 * message is null), {@code 2: i32 type}.
 */
public final class ApplicationException extends RpcException {
    /** The error codes, with libthrift's numbers. */
    public enum Type {
        UNKNOWN(0),
        UNKNOWN_METHOD(1),
        INVALID_MESSAGE_TYPE(2),
        WRONG_METHOD_NAME(3),
        BAD_SEQUENCE_ID(4),
        MISSING_RESULT(5),
        INTERNAL_ERROR(6),
        PROTOCOL_ERROR(7),
        INVALID_TRANSFORM(8),
        INVALID_PROTOCOL(9),
        UNSUPPORTED_CLIENT_TYPE(10);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        /** The number on the wire. */
        public int code() {
            return code;
        }

        /** The type of {@code code}, or {@link #UNKNOWN} for a number no type has. */
        public static Type of(int code) {
            for (Type type : values()) {
                if (type.code == code) {
                    return type;
                }
            }
            return UNKNOWN;
        }
    }

    private static final short MESSAGE_FIELD = 1;
    private static final short TYPE_FIELD = 2;

    private final Type type;
    private final int code;

    public ApplicationException(Type type, String message) {
        this(type, type.code(), message);
    }

    private ApplicationException(Type type, int code, String message) {
        super(message);
        this.type = type;
        this.code = code;
    }

    /** The error type ({@link Type#UNKNOWN} also for codes this version does not know). */
    public Type type() {
        return type;
    }

    /** The number that was on the wire (differs from {@code type().code()} for unknown codes). */
    public int code() {
        return code;
    }

    /** Writes the struct as libthrift's {@code TApplicationException.write} does. */
    public void write(ProtocolWriter out) {
        out.writeStructBegin();
        if (getMessage() != null) {
            out.writeFieldBegin(WireType.STRING, MESSAGE_FIELD);
            out.writeString(getMessage());
            out.writeFieldEnd();
        }
        out.writeFieldBegin(WireType.I32, TYPE_FIELD);
        out.writeI32(code);
        out.writeFieldEnd();
        out.writeFieldStop();
        out.writeStructEnd();
    }

    /**
     * Reads the struct as libthrift does: unknown fields are skipped, a missing type is {@code
     * UNKNOWN}.
     */
    public static ApplicationException read(ProtocolReader in) {
        String message = null;
        int code = Type.UNKNOWN.code();
        in.readStructBegin();
        while (true) {
            byte wireType = in.readFieldBegin();
            if (wireType == WireType.STOP) {
                break;
            }
            int id = in.fieldId();
            if (id == MESSAGE_FIELD && wireType == WireType.STRING) {
                message = in.readString();
            } else if (id == TYPE_FIELD && wireType == WireType.I32) {
                code = in.readI32();
            } else {
                in.skip(wireType);
            }
            in.readFieldEnd();
        }
        in.readStructEnd();
        return new ApplicationException(Type.of(code), code, message);
    }

    @Override
    public String toString() {
        return "ApplicationException(" + type + "): " + getMessage();
    }
}
