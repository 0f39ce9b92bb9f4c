package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zerothrift.codegentests.features.Color;
import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.features.NestedView;
import dev.zerothrift.codegentests.features.V1;
import dev.zerothrift.codegentests.features.V1View;
import dev.zerothrift.codegentests.features.V2;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.codec.FastCodec;
import dev.zerothrift.runtime.protocol.Protocol;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TMemoryBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fields the schema does not know survive view → POJO → bytes and POJO → view: at the top level (a
 * newer peer's V2 read as V1) and inside a nested struct (a field of the child that Nested does not
 * declare), both protocols.
 */
class ViewPojoUnknownFieldsTest {

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void topLevelUnknownFieldsGoIntoThePojoAndBackOut(Protocol protocol) {
        V2 newer = new V2().setId(7).setAdded("added").setFlag(true).setColor(Color.BLUE);
        newer.setNested(List.of(Map.of("a", 1)));
        byte[] bytes = FastCodec.toByteArray(newer, protocol);
        try (V1View view = new V1View(protocol).wrap(bytes)) {
            assertEquals(4, view.unknownCount());
            V1 pojo = view.toPojo();
            assertEquals(7, pojo.getId());
            assertEquals(4, pojo.unknownFields().size());
            assertArrayEquals(bytes, FastCodec.toByteArray(pojo, protocol));
            try (Chain chain = new Chain()) {
                V1View again = V1View.from(pojo, chain, protocol);
                assertEquals(4, again.unknownCount());
                assertArrayEquals(bytes, chain.toByteArray());
                assertEquals(pojo, again.toPojo());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void unknownFieldsOfNestedStructsAndOfTheRootAreKept(Protocol protocol) throws TException {
        byte[] bytes = nestedWithUnknowns(protocol);
        try (NestedView view = new NestedView(protocol).wrap(bytes)) {
            assertEquals(1, view.unknownCount());
            assertEquals(1, view.child().unknownCount());
            Nested pojo = view.toPojo();
            assertEquals(1, pojo.unknownFields().size());
            assertEquals(1, pojo.getChild().unknownFields().size());
            assertEquals(new UUID(1, 2), pojo.getChild().getId());
            assertArrayEquals(bytes, FastCodec.toByteArray(pojo, protocol));
            // a nested view converts on its own, with its own unknown field
            assertArrayEquals(
                    FastCodec.toByteArray(pojo.getChild(), protocol),
                    FastCodec.toByteArray(view.child().toPojo(), protocol));
        }
    }

    /** Nested { child = { id, 99: "kept" }, 98: 12345 } as libthrift writes it. */
    private static byte[] nestedWithUnknowns(Protocol protocol) throws TException {
        TMemoryBuffer buffer = new TMemoryBuffer(64);
        TProtocol p = LibthriftRequests.protocol(protocol, buffer);
        p.writeStructBegin(new TStruct("Nested"));
        p.writeFieldBegin(new TField("child", TType.STRUCT, (short) 5));
        p.writeStructBegin(new TStruct("Nested"));
        p.writeFieldBegin(new TField("id", TType.UUID, (short) 6));
        p.writeUuid(new UUID(1, 2));
        p.writeFieldBegin(new TField("future", TType.STRING, (short) 99));
        p.writeString("kept");
        p.writeFieldStop();
        p.writeStructEnd();
        p.writeFieldBegin(new TField("later", TType.I32, (short) 98));
        p.writeI32(12345);
        p.writeFieldStop();
        p.writeStructEnd();
        return Arrays.copyOf(buffer.getArray(), buffer.length());
    }
}
