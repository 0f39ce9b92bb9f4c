package dev.zerothrift.runtime.codec;

import dev.zerothrift.runtime.protocol.ProtocolReader;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

/**
 * Copies one value of any wire type from a reader to a writer, the protocols the same or not: how
 * unknown fields are captured (into an array, in the protocol read) and carried into another
 * protocol. The reader's checks apply to every length and count, and its depth limit bounds the
 * recursion.
 */
final class ValueCopier {
    private ValueCopier() {}

    static void copy(ProtocolReader reader, ProtocolWriter writer, byte type) {
        switch (type) {
            case WireType.BOOL -> writer.writeBool(reader.readBool());
            case WireType.BYTE -> writer.writeByte(reader.readByte());
            case WireType.I16 -> writer.writeI16(reader.readI16());
            case WireType.I32 -> writer.writeI32(reader.readI32());
            case WireType.I64 -> writer.writeI64(reader.readI64());
            case WireType.DOUBLE -> writer.writeDouble(reader.readDouble());
            case WireType.UUID -> writer.writeUuid(reader.readUuid());
            case WireType.STRING -> writer.writeBinary(reader.readBinary());
            case WireType.STRUCT -> copyStruct(reader, writer);
            case WireType.LIST -> {
                int count = reader.readListBegin();
                byte element = valueType(count, reader.elementType());
                writer.writeListBegin(element, count);
                for (int i = 0; i < count; i++) {
                    copy(reader, writer, element);
                }
                reader.readListEnd();
            }
            case WireType.SET -> {
                int count = reader.readSetBegin();
                byte element = valueType(count, reader.elementType());
                writer.writeSetBegin(element, count);
                for (int i = 0; i < count; i++) {
                    copy(reader, writer, element);
                }
                reader.readSetEnd();
            }
            case WireType.MAP -> {
                int count = reader.readMapBegin();
                byte key = valueType(count, reader.keyType());
                byte value = valueType(count, reader.valueType());
                writer.writeMapBegin(key, value, count);
                for (int i = 0; i < count; i++) {
                    copy(reader, writer, key);
                    copy(reader, writer, value);
                }
                reader.readMapEnd();
            }
            default -> reader.skip(type); // reports the invalid type as skip does
        }
    }

    private static void copyStruct(ProtocolReader reader, ProtocolWriter writer) {
        reader.readStructBegin();
        writer.writeStructBegin();
        while (true) {
            byte type = reader.readFieldBegin();
            if (type == WireType.STOP) {
                break;
            }
            writer.writeFieldBegin(type, reader.fieldId());
            copy(reader, writer, type);
        }
        writer.writeFieldStop();
        writer.writeStructEnd();
        reader.readStructEnd();
    }

    /** An empty container may carry no valid element type (compact maps carry none at all). */
    private static byte valueType(int count, byte type) {
        return count == 0 && !WireType.isValue(type) ? WireType.BYTE : type;
    }
}
