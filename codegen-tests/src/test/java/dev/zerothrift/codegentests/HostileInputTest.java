package dev.zerothrift.codegentests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.features.Nested;
import dev.zerothrift.codegentests.idl.Lists;
import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.runtime.io.ArraySink;
import dev.zerothrift.runtime.io.ArraySource;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

/**
 * Truncated, corrupted and hostile bytes fail {@code fastRead} with a {@link ProtocolException}
 * (what and where), never another exception, and never an allocation sized by a length that was not
 * checked.
 */
class HostileInputTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void everyTruncationIsAProtocolException(Protocol protocol) {
        byte[] bytes = Workloads.request(40).fastWrite(protocol);
        for (int length = 0; length < bytes.length; length++) {
            byte[] cut = Arrays.copyOf(bytes, length);
            ProtocolException e =
                    assertThrows(ProtocolException.class, () -> Request.fastRead(cut, protocol));
            assertTrue(e.getMessage().contains("at byte"), e::getMessage);
        }
    }

    @Property(tries = 300)
    void corruptedBytesFailOnlyWithProtocolExceptions(
            @ForAll @IntRange(min = 0, max = 300) int at,
            @ForAll byte value,
            @ForAll boolean compact) {
        Protocol protocol = compact ? Protocol.COMPACT : Protocol.BINARY;
        byte[] bytes = Workloads.request(40).fastWrite(protocol);
        bytes[at % bytes.length] = value;
        try {
            Request.fastRead(bytes, protocol);
        } catch (ProtocolException expected) {
            // what and where, as any decoder reports
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aHugeListCountIsRefusedBeforeAllocation(Protocol protocol) {
        ArraySink sink = new ArraySink();
        ProtocolWriter w = protocol.newWriter(sink);
        w.writeStructBegin();
        w.writeFieldBegin(WireType.LIST, 1);
        w.writeListBegin(WireType.I64, Integer.MAX_VALUE);
        byte[] bytes = sink.toByteArray();
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> Lists.fastRead(bytes, protocol));
        assertEquals(ProtocolException.Kind.SIZE_LIMIT, e.kind());
        assertEquals(1, e.fieldId());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nestingDeeperThanTheLimitIsRefused(Protocol protocol) {
        Nested nested = new Nested();
        for (int i = 0; i < 10; i++) {
            nested = new Nested().setChild(nested);
        }
        byte[] bytes = nested.fastWrite(protocol);
        assertEquals(nested, Nested.fastRead(bytes, protocol));
        ProtocolException e =
                assertThrows(
                        ProtocolException.class,
                        () ->
                                Nested.fastRead(
                                        new ArraySource(bytes),
                                        protocol,
                                        Limits.DEFAULT.withMaxDepth(5)));
        assertEquals(ProtocolException.Kind.DEPTH_LIMIT, e.kind());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void bytesAfterTheStructAreRefused(Protocol protocol) {
        byte[] bytes = Workloads.request(0).fastWrite(protocol);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        ProtocolException e =
                assertThrows(ProtocolException.class, () -> Request.fastRead(longer, protocol));
        assertEquals(ProtocolException.Kind.INVALID_DATA, e.kind());
        assertEquals("3 bytes after the end of Request at byte " + bytes.length, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aMessageOverTheSizeLimitIsRefused(Protocol protocol) {
        byte[] bytes = Workloads.request(1000).fastWrite(protocol);
        ProtocolException e =
                assertThrows(
                        ProtocolException.class,
                        () ->
                                Request.fastRead(
                                        new ArraySource(bytes),
                                        protocol,
                                        Limits.DEFAULT.withMaxMessageSize(100)));
        assertEquals(ProtocolException.Kind.SIZE_LIMIT, e.kind());
    }
}
