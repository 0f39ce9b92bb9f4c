package dev.zerothrift.codegentests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.idl.Batch;
import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.codec.FastCodec;
import dev.zerothrift.runtime.codec.SharedArraySource;
import dev.zerothrift.runtime.protocol.BinaryWire;
import dev.zerothrift.runtime.protocol.Limits;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolException;
import dev.zerothrift.runtime.protocol.WireType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generated workload types, as a user calls them: write to an array and to a chain, read back, in
 * both protocols and both field orders.
 */
class RoundTripTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void requestRoundTripsThroughAnArray(Protocol protocol) {
        Request request = Workloads.request(480);
        byte[] bytes = request.fastWrite(protocol);
        assertEquals(request.encodedLength(protocol), bytes.length);
        Request read = Request.fastRead(bytes, protocol);
        assertEquals(request, read);
        assertEquals(request.hashCode(), read.hashCode());
        assertEquals(request.toString(), read.toString());
        assertArrayEquals(bytes, read.fastWrite(protocol));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void fixedFirstWritesTheSameFieldsInAnotherOrder(Protocol protocol) {
        Request idl = Workloads.request(100);
        byte[] idlBytes = idl.fastWrite(protocol);
        dev.zerothrift.codegentests.fixed.Request fixed =
                dev.zerothrift.codegentests.fixed.Request.fastRead(idlBytes, protocol);
        byte[] fixedBytes = fixed.fastWrite(protocol);
        assertEquals(idlBytes.length, fixedBytes.length);
        if (protocol == Protocol.COMPACT) {
            // Compact codecs write IDL order whatever the option (no compact field is fixed-size).
            assertArrayEquals(idlBytes, fixedBytes);
            return;
        }
        assertFalse(Arrays.equals(idlBytes, fixedBytes));
        // Read back in IDL order: the same value, so the same bytes as before.
        assertArrayEquals(idlBytes, Request.fastRead(fixedBytes, protocol).fastWrite(protocol));
        if (protocol == Protocol.BINARY) {
            // Fixed-size fields first: requestId (i64, 1), then priority (i16, 7), then method.
            assertEquals(WireType.I64, fixedBytes[0]);
            assertEquals(1, BinaryWire.getI16(fixedBytes, 1));
            assertEquals(WireType.I16, fixedBytes[11]);
            assertEquals(7, BinaryWire.getI16(fixedBytes, 12));
            assertEquals(WireType.STRING, fixedBytes[16]);
            assertEquals(2, BinaryWire.getI16(fixedBytes, 17));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void largeBinariesGoIntoAChainByReference(Protocol protocol) {
        Request request = Workloads.request(64 << 10);
        byte[] expected = request.fastWrite(protocol);
        try (Chain chain = new Chain()) {
            request.fastWrite(chain.sink(), protocol);
            assertEquals(expected.length, chain.length());
            assertArrayEquals(expected, chain.toByteArray());
            // The payload's array is a node of its own, not copied.
            boolean referenced = false;
            for (int i = 0; i < chain.nodeCount(); i++) {
                referenced |= chain.nodeArray(i) == request.getPayload().array();
            }
            assertTrue(referenced, chain::toString);
            Request read = Request.fastRead(chain.source(), protocol, Limits.DEFAULT);
            assertEquals(request, read);
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void batchOfManyRequestsRoundTrips(Protocol protocol) {
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(Workloads.request(i * 13).setRequestId(i));
        }
        Batch batch = Batch.builder().requests(requests).build();
        byte[] bytes = batch.fastWrite(protocol);
        assertEquals(batch, Batch.fastRead(bytes, protocol));
        try (Chain chain = new Chain()) {
            batch.fastWrite(chain.sink(), protocol);
            assertArrayEquals(bytes, chain.toByteArray());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aSharedArraySourceReadsBinariesWithoutACopy(Protocol protocol) {
        Request request = Workloads.request(480);
        byte[] bytes = request.fastWrite(protocol);
        Request shared = Request.fastRead(new SharedArraySource(bytes), protocol, Limits.DEFAULT);
        assertEquals(request, shared);
        assertEquals(Request.fastRead(bytes, protocol), shared);
        assertArrayEquals(bytes, shared.fastWrite(protocol));
        assertEquals(request, FastCodec.readShared(new Request(), bytes, protocol));
        // The payload is a buffer over the bytes read, at the payload's place in them.
        ByteBuffer payload = shared.getPayload();
        assertSame(bytes, payload.array());
        assertEquals(480, payload.remaining());
        int at = payload.arrayOffset() + payload.position();
        assertEquals(request.getPayload().get(7), bytes[at + 7]);
        bytes[at + 7]++;
        assertEquals((byte) (request.getPayload().get(7) + 1), payload.get(payload.position() + 7));
        // An ordinary source copies.
        assertNotSame(bytes, Request.fastRead(bytes, protocol).getPayload().array());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aSharedArraySourceChecksLengthsAsAnyOther(Protocol protocol) {
        byte[] bytes = Workloads.request(480).fastWrite(protocol);
        for (int cut : new int[] {1, 100, 481, bytes.length - 1}) {
            byte[] truncated = Arrays.copyOf(bytes, bytes.length - cut);
            ProtocolException e =
                    assertThrows(
                            ProtocolException.class,
                            () -> FastCodec.readShared(new Request(), truncated, protocol));
            assertTrue(
                    e.kind() == ProtocolException.Kind.TRUNCATED
                            || e.kind() == ProtocolException.Kind.SIZE_LIMIT,
                    e::getMessage);
        }
        byte[] range = new byte[bytes.length + 20];
        System.arraycopy(bytes, 0, range, 10, bytes.length);
        assertEquals(
                Request.fastRead(bytes, protocol),
                Request.fastRead(
                        new SharedArraySource(range, 10, bytes.length), protocol, Limits.DEFAULT));
    }
}
