package dev.zerothrift.runtime.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.buffer.LeakCheckHook;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.Model.Bin;
import dev.zerothrift.runtime.view.Model.Dbl;
import dev.zerothrift.runtime.view.Model.Pair;
import dev.zerothrift.runtime.view.Model.Struct;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The builder writes, in declaration order, the bytes libthrift writes for the same value, links
 * long binaries without copying them, and refuses a field written as another type.
 */
@AddLifecycleHook(LeakCheckHook.class)
class MessageBuilderTest {

    private static void build(MessageBuilder b, Struct s) {
        for (Map.Entry<Integer, Object> e : s.fields().entrySet()) {
            FieldDescriptor f = s.descriptor().field(e.getKey());
            Object v = e.getValue();
            switch (f.type().kind()) {
                case BOOL -> b.bool(f, (Boolean) v);
                case I8 -> b.i8(f, (Byte) v);
                case I16 -> b.i16(f, (Short) v);
                case I32 -> b.i32(f, (Integer) v);
                case ENUM -> b.enumValue(f, (Integer) v);
                case I64 -> b.i64(f, (Long) v);
                case DOUBLE -> b.f64(f, ((Dbl) v).v());
                case STRING -> b.string(f, (String) v);
                case BINARY -> b.binary(f, ((Bin) v).v(), 0, ((Bin) v).v().length);
                case UUID -> b.uuid(f, (UUID) v);
                case STRUCT -> {
                    b.beginStruct(f);
                    build(b, (Struct) v);
                    b.endStruct();
                }
                case LIST, SET -> {
                    List<?> list = (List<?>) v;
                    if (f.type().kind() == ValueKind.LIST) {
                        b.beginList(f, list.size());
                    } else {
                        b.beginSet(f, list.size());
                    }
                    for (Object element : list) {
                        element(b, f.type().element(), element);
                    }
                    b.endContainer();
                }
                case MAP -> {
                    List<?> entries = (List<?>) v;
                    b.beginMap(f, entries.size());
                    for (Object entry : entries) {
                        element(b, f.type().key(), ((Pair) entry).key());
                        element(b, f.type().value(), ((Pair) entry).value());
                    }
                    b.endContainer();
                }
            }
        }
    }

    private static void element(MessageBuilder b, TypeDescriptor t, Object v) {
        switch (t.kind()) {
            case BOOL -> b.elementBool((Boolean) v);
            case I8 -> b.elementI8((Byte) v);
            case I16 -> b.elementI16((Short) v);
            case I32, ENUM -> b.elementI32((Integer) v);
            case I64 -> b.elementI64((Long) v);
            case DOUBLE -> b.elementF64(((Dbl) v).v());
            case STRING -> b.elementString((String) v);
            case BINARY -> b.elementBytes(((Bin) v).v(), 0, ((Bin) v).v().length);
            case UUID ->
                    b.elementUuid(
                            ((UUID) v).getMostSignificantBits(),
                            ((UUID) v).getLeastSignificantBits());
            case STRUCT -> {
                b.beginStruct();
                build(b, (Struct) v);
                b.endStruct();
            }
            case LIST, SET -> {
                List<?> list = (List<?>) v;
                b.beginList(t, list.size());
                for (Object element : list) {
                    element(b, t.element(), element);
                }
                b.endContainer();
            }
            case MAP -> {
                List<?> entries = (List<?>) v;
                b.beginMap(t, entries.size());
                for (Object entry : entries) {
                    element(b, t.key(), ((Pair) entry).key());
                    element(b, t.value(), ((Pair) entry).value());
                }
                b.endContainer();
            }
        }
    }

    @Property(tries = 300)
    void writesLibthriftsBytes(@ForAll long seed, @ForAll Protocol protocol) {
        Random random = new Random(seed);
        StructDescriptor d = Model.randomDescriptor(random, 3);
        Struct value = Model.randomStruct(random, d);
        MessageBuilder builder = new MessageBuilder(protocol);
        try (Chain chain = new Chain()) {
            builder.begin(chain);
            build(builder, value);
            long written = builder.end();
            byte[] bytes = chain.toByteArray();
            assertArrayEquals(Libthrift.write(protocol, value), bytes);
            assertEquals(bytes.length, written);
        }
    }

    @Example
    void longBinariesAreLinked() {
        byte[] payload = new byte[10_000];
        new Random(1).nextBytes(payload);
        MessageBuilder builder = new MessageBuilder(Protocol.BINARY);
        try (Chain chain = new Chain()) {
            builder.begin(chain);
            builder.binary(Workloads.REQUEST.field(4), payload, 0, payload.length);
            builder.end();
            boolean linked = false;
            for (int i = 0; i < chain.nodeCount(); i++) {
                linked |= chain.nodeArray(i) == payload;
            }
            assertTrue(linked);
            try (StructView view = new StructView(Workloads.REQUEST, Protocol.BINARY)) {
                view.wrap(chain);
                assertEquals(java.nio.ByteBuffer.wrap(payload), view.getBinary(4));
            }
        }
    }

    @Example
    void aFieldOfAnotherTypeIsRefused() {
        MessageBuilder builder = new MessageBuilder(Protocol.COMPACT);
        try (Chain chain = new Chain()) {
            builder.begin(chain);
            assertThrows(
                    IllegalArgumentException.class,
                    () -> builder.i32(Workloads.REQUEST.field(0), 1));
            assertThrows(IllegalStateException.class, builder::endStruct);
            builder.end();
            assertThrows(IllegalStateException.class, builder::end);
        }
    }
}
