package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckExtension;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.protocol.BinaryWriter;
import dev.zerothrift.runtime.protocol.CompactWriter;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolException.Kind;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Hostile bytes: a view fails while indexing, with a {@link ProtocolException} naming the offset
 * and field, and never later; a view that indexed reads every field without an exception.
 */
@ExtendWith(LeakCheckExtension.class)
@AddLifecycleHook(LeakCheckHook.class)
class ViewBadInputTest {
    private static final StructDescriptor POINT =
            StructDescriptor.of(
                    "Point",
                    StructDescriptor.Kind.STRUCT,
                    List.of(
                            new FieldDescriptor(1, "x", TypeDescriptor.I32, Requiredness.REQUIRED),
                            new FieldDescriptor(
                                    2,
                                    "tags",
                                    TypeDescriptor.listOf(TypeDescriptor.STRING),
                                    Requiredness.OPTIONAL)));

    private static final StructDescriptor CHOICE =
            StructDescriptor.of(
                    "Choice",
                    StructDescriptor.Kind.UNION,
                    List.of(
                            new FieldDescriptor(1, "a", TypeDescriptor.I32, Requiredness.OPTIONAL),
                            new FieldDescriptor(
                                    2, "b", TypeDescriptor.STRING, Requiredness.OPTIONAL)));

    private static byte[] write(Protocol protocol, Consumer<ProtocolWriter> calls) {
        ArraySink sink = new ArraySink(16);
        ProtocolWriter w =
                protocol == Protocol.COMPACT ? new CompactWriter(sink) : new BinaryWriter(sink);
        calls.accept(w);
        return sink.toByteArray();
    }

    private static ProtocolException fail(
            StructDescriptor d, Protocol p, ViewOptions o, byte[] bytes) {
        StructView view = new StructView(d, p, o);
        try {
            return assertThrows(ProtocolException.class, () -> view.wrap(bytes, 0, bytes.length));
        } finally {
            view.close();
        }
    }

    /** Every prefix of a valid message is truncated: an error at or before its end. */
    @Property(tries = 10)
    void everyTruncationFailsWhileIndexing(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        Struct value = Workloads.request(random);
        byte[] bytes = Libthrift.write(protocol, value);
        StructView view = new StructView(Workloads.REQUEST, protocol);
        for (int n = 0; n < bytes.length; n++) {
            try (Chain chain = Chains.fragmented(java.util.Arrays.copyOf(bytes, n), random)) {
                ProtocolException e = assertThrows(ProtocolException.class, () -> view.wrap(chain));
                assertTrue(e.offset() >= 0 && e.offset() <= n, e.getMessage());
            }
        }
    }

    /** Random bytes changed: indexing throws only ProtocolException, and reading never throws. */
    @Property(tries = 300)
    void mutatedBytesFailWhileIndexingOrReadFully(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        byte[] bytes = Libthrift.write(protocol, Model.randomStruct(random, d));
        if (bytes.length == 0) {
            return;
        }
        for (int k = random.nextInt(4); k >= 0; k--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
        }
        for (ViewOptions options : new ViewOptions[] {ViewOptions.DEFAULT, ViewOptions.STRICT}) {
            try (StructView view = new StructView(d, protocol, options)) {
                try {
                    view.wrap(bytes, 0, bytes.length);
                } catch (ProtocolException e) {
                    assertTrue(e.offset() >= 0 && e.offset() <= bytes.length, e.getMessage());
                    continue;
                }
                FromView.anyStruct(view);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void wrongWireTypeIsAnErrorWhenStrictAndUnknownOtherwise(Protocol protocol) {
        byte[] bytes =
                write(
                        protocol,
                        w -> {
                            w.writeStructBegin();
                            w.writeFieldBegin(WireType.I64, 1);
                            w.writeI64(7);
                            w.writeStructEnd();
                            w.writeFieldStop();
                        });
        StructDescriptor loose =
                StructDescriptor.of(
                        "Loose",
                        StructDescriptor.Kind.STRUCT,
                        List.of(
                                new FieldDescriptor(
                                        1, "x", TypeDescriptor.I32, Requiredness.DEFAULT)));
        ProtocolException e = fail(loose, protocol, ViewOptions.STRICT, bytes);
        assertEquals(Kind.TYPE_MISMATCH, e.kind());
        assertEquals(1, e.fieldId());
        assertEquals(0, e.offset());
        try (StructView view = new StructView(loose, protocol, ViewOptions.DEFAULT)) {
            view.wrap(bytes, 0, bytes.length);
            assertEquals(false, view.has(0));
            assertEquals(1, view.unknownCount());
            assertEquals(WireType.I64, view.unknown(0).wireType());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void repeatedFieldIsAnErrorWhenStrictAndTheLastWinsOtherwise(Protocol protocol) {
        byte[] bytes =
                write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(2);
                            w.writeFieldStop();
                        });
        ProtocolException e = fail(POINT, protocol, ViewOptions.STRICT, bytes);
        assertEquals(1, e.fieldId());
        assertTrue(e.getMessage().contains("repeated"), e.getMessage());
        try (StructView view = new StructView(POINT, protocol, ViewOptions.DEFAULT)) {
            assertEquals(2, view.wrap(bytes, 0, bytes.length).getInt(0));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void missingRequiredFieldIsAnError(Protocol protocol) {
        byte[] bytes = write(protocol, ProtocolWriter::writeFieldStop);
        ProtocolException e = fail(POINT, protocol, ViewOptions.DEFAULT, bytes);
        assertEquals(Kind.MISSING_REQUIRED, e.kind());
        assertTrue(e.getMessage().contains("required field x (id 1) of Point"), e.getMessage());
        assertEquals(ProtocolException.NO_FIELD, e.fieldId()); // nothing encloses the root
        StructDescriptor holder =
                StructDescriptor.of(
                        "Holder",
                        StructDescriptor.Kind.STRUCT,
                        List.of(
                                new FieldDescriptor(
                                        7,
                                        "point",
                                        TypeDescriptor.struct(POINT),
                                        Requiredness.DEFAULT)));
        byte[] nested =
                write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.STRUCT, 7);
                            w.writeStructBegin();
                            w.writeFieldStop();
                            w.writeStructEnd();
                            w.writeFieldStop();
                        });
        ProtocolException inner = fail(holder, protocol, ViewOptions.DEFAULT, nested);
        assertEquals(7, inner.fieldId());
        assertEquals(3 - (protocol == Protocol.COMPACT ? 2 : 0), inner.offset());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void unionWithOtherThanOneFieldIsAnError(Protocol protocol) {
        byte[] none = write(protocol, ProtocolWriter::writeFieldStop);
        assertEquals(
                Kind.MISSING_REQUIRED, fail(CHOICE, protocol, ViewOptions.DEFAULT, none).kind());
        byte[] two =
                write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.STRING, 2);
                            w.writeString("b");
                            w.writeFieldStop();
                        });
        ProtocolException e = fail(CHOICE, protocol, ViewOptions.DEFAULT, two);
        assertTrue(e.getMessage().contains("union Choice has 2 fields set"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void containerOfAnotherElementTypeIsAnError(Protocol protocol) {
        byte[] bytes =
                write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.LIST, 2);
                            w.writeListBegin(WireType.I64, 1);
                            w.writeI64(5);
                            w.writeFieldStop();
                        });
        ProtocolException e = fail(POINT, protocol, ViewOptions.DEFAULT, bytes);
        assertEquals(Kind.TYPE_MISMATCH, e.kind());
        assertEquals(2, e.fieldId());
        StructView view = new StructView(POINT, protocol);
        assertThrows(ProtocolException.class, () -> view.wrap(bytes, 0, bytes.length));
        assertEquals(List.of(new PathSegment.Field(2, "tags")), view.failurePath());
        view.close();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void hugeLengthsAreRejectedBeforeAnythingIsAllocated(Protocol protocol) {
        byte[] bytes =
                write(
                        protocol,
                        w -> {
                            w.writeFieldBegin(WireType.I32, 1);
                            w.writeI32(1);
                            w.writeFieldBegin(WireType.LIST, 2);
                            w.writeListBegin(WireType.STRING, Integer.MAX_VALUE);
                        });
        ProtocolException e = fail(POINT, protocol, ViewOptions.DEFAULT, bytes);
        assertEquals(Kind.SIZE_LIMIT, e.kind());
        assertEquals(2, e.fieldId());
    }

    @Test
    void nestingDeeperThanTheLimitIsAnError() {
        StructDescriptor node = StructDescriptor.declare("Node", StructDescriptor.Kind.STRUCT);
        node.define(
                List.of(
                        new FieldDescriptor(
                                1, "next", TypeDescriptor.struct(node), Requiredness.OPTIONAL)));
        for (Protocol protocol : Protocol.values()) {
            byte[] bytes =
                    write(
                            protocol,
                            w -> {
                                for (int i = 0; i < 100; i++) {
                                    w.writeStructBegin();
                                    w.writeFieldBegin(WireType.STRUCT, 1);
                                }
                                w.writeStructBegin();
                                for (int i = 0; i <= 100; i++) {
                                    w.writeFieldStop();
                                    w.writeStructEnd();
                                }
                            });
            ProtocolException e = fail(node, protocol, ViewOptions.DEFAULT, bytes);
            assertEquals(Kind.DEPTH_LIMIT, e.kind());
            ViewOptions deep = new ViewOptions(Limits.DEFAULT.withMaxDepth(200), false);
            try (StructView view = new StructView(node, protocol, deep)) {
                view.wrap(bytes, 0, bytes.length);
                StructView cursor = new StructView(node);
                view.getStruct(0, cursor);
                int levels = 1;
                while (cursor.getStruct(0, cursor)) {
                    levels++;
                }
                assertEquals(100, levels);
            }
        }
    }
}
