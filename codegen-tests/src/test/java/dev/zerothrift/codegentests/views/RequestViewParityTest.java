package dev.zerothrift.codegentests.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.codegentests.Workloads;
import dev.zerothrift.codegentests.idl.Request;
import dev.zerothrift.codegentests.idl.RequestView;
import dev.zerothrift.codegentests.idl.Status;
import dev.zerothrift.codegentests.idl.User;
import dev.zerothrift.codegentests.idl.UserView;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.WireType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Generated views of workloads.thrift against libthrift, both protocols: libthrift writes and the
 * view reads every field; the view's writer writes and libthrift reads; setters edit in place and
 * libthrift decodes the expected value from bytes of exactly libthrift's length.
 */
class RequestViewParityTest {
    static Request request() {
        return Workloads.request(480);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void viewReadsEveryFieldLibthriftWrote(Protocol protocol) {
        Request expected = request();
        byte[] bytes = LibthriftRequests.write(expected, protocol);
        try (RequestView view = new RequestView(protocol).wrap(bytes)) {
            assertEquals(bytes.length, view.encodedLength());
            assertEquals(expected.getRequestId(), view.requestId());
            assertEquals("echo", view.method());
            assertTrue(view.methodEquals("echo"));
            assertFalse(view.methodEquals("echO"));
            assertEquals("echo", view.methodUtf8().toString());
            assertEquals(4, view.methodUtf8().byteLength());
            assertArrayEquals(expected.getIds(), view.idsLongs());
            assertEquals(expected.getIds().length, view.idsSize());
            for (int i = 0; i < view.idsSize(); i++) {
                assertEquals(expected.getIds()[i], view.idsAt(i));
            }
            ByteBuffer payload = view.payload();
            assertTrue(payload.isReadOnly());
            assertEquals(expected.getPayload(), payload);
            assertArrayEquals(expected.getPayload().array(), view.payloadBytes());
            try (Chain slice = new Chain()) {
                slice.append(new byte[] {7}, 0, 1);
                assertTrue(view.payloadSlice(slice));
                assertEquals(1 + expected.getPayload().remaining(), slice.length());
                assertEquals(7, slice.getByte(0));
                assertEquals(
                        expected.getPayload(),
                        ByteBuffer.wrap(slice.toByteArray(), 1, slice.length() - 1));
                slice.clear();
                assertTrue(view.payloadSlice(slice), "again, into the cleared chain");
                assertArrayEquals(expected.getPayload().array(), slice.toByteArray());
            }
            assertTrue(view.hasTraceId());
            assertEquals("trace-1", view.traceId());
            assertEquals(expected.getPriority(), view.priority());
            int[] shards = new int[view.shardsSize()];
            assertEquals(4, view.shardsInts(shards));
            assertArrayEquals(expected.getShards(), shards);

            UserView user = view.user();
            User u = expected.getUser();
            assertEquals(u.getId(), user.id());
            assertEquals(u.getName(), user.name());
            assertEquals(u.getEmail(), user.email());
            assertEquals(u.getAge(), user.age());
            assertEquals(u.isActive(), user.active());
            assertEquals(u.getScore(), user.score());
            assertEquals(Status.ACTIVE, user.status());
            assertEquals(Status.ACTIVE.value(), user.statusValue());
            assertEquals(u.getTags().size(), user.tagsSize());
            for (int i = 0; i < user.tagsSize(); i++) {
                assertEquals(u.getTags().get(i), user.tagsAt(i));
            }
            assertEquals(u.getAttrs().size(), user.attrsSize());
            int i = 0;
            for (Map.Entry<String, String> e : u.getAttrs().entrySet()) {
                assertEquals(e.getKey(), user.attrsKeyAt(i));
                assertEquals(e.getValue(), user.attrsValueAt(i));
                i++;
            }
            assertEquals(expected, view.toPojo());
            assertEquals(u, user.toPojo());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void absentFieldsReadAsDefaultsAndHasTellsThemApart(Protocol protocol) {
        Request sparse = new Request().setRequestId(5);
        byte[] bytes = LibthriftRequests.write(sparse, protocol);
        try (RequestView view = new RequestView(protocol).wrap(bytes)) {
            assertEquals(5, view.requestId());
            assertFalse(view.hasTraceId());
            assertEquals("", view.traceId());
            assertFalse(view.traceIdEquals(""));
            assertNull(view.user());
            assertNull(view.ids());
            assertEquals(0, view.idsSize());
            assertArrayEquals(new long[0], view.idsLongs());
            assertNull(view.payload());
            assertEquals(sparse, view.toPojo());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void writerInIdlOrderGivesLibthriftsBytes(Protocol protocol) {
        Request r = request();
        byte[] expected = LibthriftRequests.write(r, protocol);
        try (Chain chain = new Chain()) {
            RequestView.Writer w = new RequestView.Writer().begin(chain, protocol);
            w.requestId(r.getRequestId()).method(r.getMethod()).user(r.getUser()).ids(r.getIds());
            w.payload(r.getPayload().array()).traceId(r.getTraceId());
            w.priority(r.getPriority()).shards(r.getShards());
            w.end();
            assertArrayEquals(expected, chain.toByteArray());
            assertEquals(r, LibthriftRequests.read(chain.toByteArray(), protocol));
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nestedWriterAndAnyCallOrderDecodeInLibthrift(Protocol protocol) {
        Request r = request();
        User u = r.getUser();
        try (Chain chain = new Chain()) {
            RequestView.Writer w = new RequestView.Writer().begin(chain, protocol);
            w.shards(r.getShards()).priority(r.getPriority()).traceId(r.getTraceId());
            UserView.Writer uw = w.beginUser();
            uw.attrs(u.getAttrs()).tags(u.getTags()).status(u.getStatus()).score(u.getScore());
            uw.active(u.isActive()).age(u.getAge()).email(u.getEmail()).name(u.getName());
            uw.id(u.getId()).end();
            w.payload(r.getPayload().array()).ids(r.getIds()).method(r.getMethod());
            w.requestId(r.getRequestId()).end();
            assertEquals(r, LibthriftRequests.read(chain.toByteArray(), protocol));
            if (protocol == Protocol.BINARY) {
                // compact headers of decreasing ids take a long form: only binary is as long
                assertEquals(r.encodedLength(protocol), chain.length());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void fixedFirstWriterPutsFixedSizeFieldsFirstInBinary(Protocol protocol) {
        Request r = request();
        dev.zerothrift.codegentests.fixed.User user =
                dev.zerothrift.codegentests.fixed.User.fastRead(
                        r.getUser().fastWrite(protocol), protocol);
        try (Chain chain = new Chain()) {
            var w =
                    new dev.zerothrift.codegentests.fixed.RequestView.Writer()
                            .begin(chain, protocol);
            w.method(r.getMethod()); // variable first: the held fixed fields go out before it
            w.user(user).ids(r.getIds()).payload(r.getPayload().array());
            w.traceId(r.getTraceId()).shards(r.getShards());
            w.priority(r.getPriority()).requestId(r.getRequestId());
            w.end();
            byte[] bytes = chain.toByteArray();
            assertEquals(r, LibthriftRequests.read(bytes, protocol));
            if (protocol == Protocol.BINARY) {
                // nothing held at method(): priority and requestId come last, as called
                assertEquals(WireType.STRING, bytes[0]);
            }
        }
        try (Chain chain = new Chain()) {
            var w =
                    new dev.zerothrift.codegentests.fixed.RequestView.Writer()
                            .begin(chain, protocol);
            w.priority(r.getPriority()).requestId(r.getRequestId()).method(r.getMethod());
            w.user(user).ids(r.getIds()).payload(r.getPayload().array());
            w.traceId(r.getTraceId()).shards(r.getShards()).end();
            byte[] bytes = chain.toByteArray();
            assertEquals(r, LibthriftRequests.read(bytes, protocol));
            if (protocol == Protocol.BINARY) {
                // held and written in IDL order: requestId (1) then priority (7)
                assertEquals(WireType.I64, bytes[0]);
                assertEquals(WireType.I16, bytes[11]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void largeBinariesAreWrittenByReference(Protocol protocol) {
        byte[] big = new byte[64 << 10];
        big[100] = 7;
        try (Chain chain = new Chain()) {
            new RequestView.Writer().begin(chain, protocol).payload(big).end();
            boolean referenced = false;
            for (int i = 0; i < chain.nodeCount(); i++) {
                referenced |= chain.nodeArray(i) == big;
            }
            assertTrue(referenced);
            Request read = LibthriftRequests.read(chain.toByteArray(), protocol);
            assertEquals(ByteBuffer.wrap(big), read.getPayload());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void settersEditInPlaceToWhatLibthriftWouldWrite(Protocol protocol) {
        Request r = request();
        byte[] bytes = LibthriftRequests.write(r, protocol);
        try (Chain chain = Chain.copyOf(bytes)) {
            RequestView view = new RequestView(protocol).wrap(chain);
            view.setRequestId(123456789012L);
            view.setPriority((short) 300);
            view.setMethod("a much longer method name");
            view.unsetTraceId();
            view.setIds(new long[] {9, 8, 7});
            view.setPayload(new byte[] {1, 2, 3});
            view.user().setAge(99);
            view.user().setName("Grace");
            User other = Workloads.user().setEmail("grace@example.com");
            Request expected = request();
            expected.setRequestId(123456789012L)
                    .setPriority((short) 300)
                    .setMethod("a much longer method name")
                    .setIds(new long[] {9, 8, 7})
                    .setPayload(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            expected.unsetTraceId();
            expected.getUser().setAge(99).setName("Grace");
            byte[] edited = chain.toByteArray();
            assertEquals(expected, LibthriftRequests.read(edited, protocol));
            assertArrayEquals(LibthriftRequests.write(expected, protocol), edited);

            view.setUser(other);
            view.setTraceId("back");
            expected.setUser(other).setTraceId("back");
            edited = chain.toByteArray();
            assertArrayEquals(LibthriftRequests.write(expected, protocol), edited);
            assertEquals(expected, view.toPojo());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void conversionBothWaysWithThePojo(Protocol protocol) {
        Request r = request();
        try (Chain chain = new Chain()) {
            RequestView view = RequestView.from(r, chain, protocol);
            assertEquals(r, view.toPojo());
            assertEquals(r, LibthriftRequests.read(chain.toByteArray(), protocol));
            assertEquals(r.getUser(), view.user().toPojo());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void writerChecksRequiredFields(Protocol protocol) {
        try (Chain chain = new Chain()) {
            var w =
                    new dev.zerothrift.codegentests.features.PresenceView.Writer()
                            .begin(chain, protocol)
                            .id(1);
            IllegalStateException e = assertThrows(IllegalStateException.class, w::end);
            assertEquals("required field name of Presence not written", e.getMessage());
        }
    }
}
