package dev.zerothrift.codegentests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.server.RpcServer;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TField;
import org.apache.thrift.protocol.TList;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TMultiplexedProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TProtocolUtil;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.protocol.TType;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Apache libthrift 0.23 calling the generated {@code Store} with its low-level {@code TProtocol}
 * API (args written and results read field by field, as libthrift's generated code would), over a
 * framed or buffered {@code TSocket}, binary and compact, bare and multiplexed names, served by the
 * POJO handler and by the view handler.
 */
@ExtendWith(LeakFree.class)
class LibthriftCallsTest {
    private static final StoreHandler STORE = new StoreHandler();
    private static final ExecutorService LATER = Executors.newFixedThreadPool(2);
    private static RpcServer server;
    private static RpcServer viewServer;

    @BeforeAll
    static void start() throws InterruptedException {
        server =
                RpcServer.builder()
                        .defaultService(Store.definition(STORE))
                        .service(Store.definition(STORE))
                        .ioThreads(1)
                        .start();
        StoreViewHandler views = new StoreViewHandler(STORE, LATER);
        viewServer =
                RpcServer.builder()
                        .defaultService(Store.viewDefinition(views))
                        .service(Store.viewDefinition(views))
                        .ioThreads(1)
                        .start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
        assertTrue(viewServer.shutdown(Duration.ofSeconds(5)));
        LATER.shutdown();
    }

    /** framed or buffered × binary or compact × bare or multiplexed × POJO or view handler. */
    static Stream<Arguments> wires() {
        return Stream.of(true, false)
                .flatMap(framed -> Stream.of("binary", "compact").map(p -> Arguments.of(framed, p)))
                .flatMap(
                        a ->
                                Stream.of(false, true)
                                        .map(m -> Arguments.of(a.get()[0], a.get()[1], m)))
                .flatMap(
                        a ->
                                Stream.of(false, true)
                                        .map(
                                                v ->
                                                        Arguments.of(
                                                                a.get()[0],
                                                                a.get()[1],
                                                                a.get()[2],
                                                                v)));
    }

    private static TProtocol open(
            boolean framed, String protocol, boolean multiplexed, boolean views) throws TException {
        TTransport socket = new TSocket("127.0.0.1", (views ? viewServer : server).port(), 10_000);
        socket.open();
        TTransport transport = framed ? new TFramedTransport(socket) : socket;
        TProtocol out =
                protocol.equals("binary")
                        ? new TBinaryProtocol(transport)
                        : new TCompactProtocol(transport);
        return multiplexed ? new TMultiplexedProtocol(out, "Store") : out;
    }

    /** Sends {@code name} with args written by {@code args}, then reads the reply's header. */
    private static TMessage call(TProtocol p, String name, int seqId, Args args) throws TException {
        p.writeMessageBegin(new TMessage(name, TMessageType.CALL, seqId));
        p.writeStructBegin(new TStruct(name + "_args"));
        args.write(p);
        p.writeFieldStop();
        p.writeStructEnd();
        p.writeMessageEnd();
        p.getTransport().flush();
        TMessage reply = p.readMessageBegin();
        assertEquals(name, reply.name);
        assertEquals(seqId, reply.seqid);
        return reply;
    }

    private interface Args {
        void write(TProtocol p) throws TException;
    }

    /**
     * The result struct's fields: id → value (strings, i32s, i64s; structs as their field maps).
     */
    private static Map<Short, Object> readStruct(TProtocol p) throws TException {
        Map<Short, Object> fields = new HashMap<>();
        p.readStructBegin();
        while (true) {
            TField field = p.readFieldBegin();
            if (field.type == TType.STOP) {
                break;
            }
            Object value =
                    switch (field.type) {
                        case TType.STRING -> p.readString();
                        case TType.I32 -> p.readI32();
                        case TType.I64 -> p.readI64();
                        case TType.STRUCT -> readStruct(p);
                        case TType.LIST -> {
                            TList list = p.readListBegin();
                            for (int i = 0; i < list.size; i++) {
                                TProtocolUtil.skip(p, list.elemType);
                            }
                            p.readListEnd();
                            yield list.size;
                        }
                        default -> {
                            TProtocolUtil.skip(p, field.type);
                            yield null;
                        }
                    };
            fields.put(field.id, value);
            p.readFieldEnd();
        }
        p.readStructEnd();
        return fields;
    }

    private static Map<Short, Object> reply(TProtocol p, TMessage header) throws TException {
        assertEquals(TMessageType.REPLY, header.type);
        Map<Short, Object> result = readStruct(p);
        p.readMessageEnd();
        return result;
    }

    @ParameterizedTest(name = "framed={0} {1} multiplexed={2} views={3}")
    @MethodSource("wires")
    void libthriftCallsTheGeneratedService(
            boolean framed, String protocol, boolean multiplexed, boolean views) throws Exception {
        TProtocol p = open(framed, protocol, multiplexed, views);
        try {
            // put(item, true): a void success is an empty result struct.
            TMessage put =
                    call(
                            p,
                            "put",
                            1,
                            out -> {
                                out.writeFieldBegin(new TField("item", TType.STRUCT, (short) 1));
                                out.writeStructBegin(new TStruct("Item"));
                                out.writeFieldBegin(new TField("id", TType.I64, (short) 1));
                                out.writeI64(500);
                                out.writeFieldEnd();
                                out.writeFieldBegin(new TField("name", TType.STRING, (short) 2));
                                out.writeString("plum");
                                out.writeFieldEnd();
                                out.writeFieldStop();
                                out.writeStructEnd();
                                out.writeFieldEnd();
                                out.writeFieldBegin(new TField("overwrite", TType.BOOL, (short) 2));
                                out.writeBool(true);
                                out.writeFieldEnd();
                            });
            assertEquals(Map.of(), reply(p, put));

            // get(500): field 0 is the item.
            Map<Short, Object> got = reply(p, call(p, "get", 2, out -> id(out, 500)));
            assertEquals(Map.of((short) 0, Map.of((short) 1, 500L, (short) 2, "plum")), got);

            // get(-1) and get(501): the declared exceptions, each in its own field.
            assertEquals(
                    Map.of((short) 2, Map.of((short) 1, "negative id -1")),
                    reply(p, call(p, "get", 3, out -> id(out, -1))));
            assertEquals(
                    Map.of((short) 1, Map.of((short) 1, "no item 501", (short) 2, 501L)),
                    reply(p, call(p, "get", 4, out -> id(out, 501))));

            // Inherited ping.
            Map<Short, Object> ping =
                    reply(
                            p,
                            call(
                                    p,
                                    "ping",
                                    5,
                                    out -> {
                                        out.writeFieldBegin(
                                                new TField("text", TType.STRING, (short) 1));
                                        out.writeString("pong");
                                        out.writeFieldEnd();
                                    }));
            assertEquals(Map.of((short) 0, "pong"), ping);

            // crash: undeclared, so a TApplicationException INTERNAL_ERROR.
            TMessage crash = call(p, "crash", 6, out -> {});
            assertEquals(TMessageType.EXCEPTION, crash.type);
            TApplicationException e = TApplicationException.readFrom(p);
            p.readMessageEnd();
            assertEquals(TApplicationException.INTERNAL_ERROR, e.getType());
            assertEquals("Internal error processing crash", e.getMessage());

            // oneway log: no reply; the next call's reply is the next thing read.
            p.writeMessageBegin(new TMessage("log", TMessageType.ONEWAY, 7));
            p.writeStructBegin(new TStruct("log_args"));
            p.writeFieldBegin(new TField("line", TType.STRING, (short) 1));
            p.writeString("from libthrift");
            p.writeFieldEnd();
            p.writeFieldStop();
            p.writeStructEnd();
            p.writeMessageEnd();
            p.getTransport().flush();
            assertEquals("from libthrift", STORE.logged.poll(10, TimeUnit.SECONDS));
            Map<Short, Object> count = reply(p, call(p, "count", 8, out -> {}));
            assertEquals(1, ((Integer) count.get((short) 0)) > 0 ? 1 : 0);
        } finally {
            p.getTransport().close();
        }
    }

    /**
     * Args that do not decode (a string longer than its frame) are answered with {@code
     * PROTOCOL_ERROR}, by the POJO handler's codec and by the view handler's args view alike, and
     * the connection goes on serving.
     */
    @ParameterizedTest(name = "{0} views={1}")
    @CsvSource({"binary, false", "binary, true", "compact, false", "compact, true"})
    void argsThatDoNotDecodeAreAProtocolError(String protocol, boolean views) throws Exception {
        TProtocol p = open(true, protocol, false, views);
        try {
            p.writeMessageBegin(new TMessage("ping", TMessageType.CALL, 1));
            p.writeStructBegin(new TStruct("ping_args"));
            p.writeFieldBegin(new TField("text", TType.STRING, (short) 1));
            // A string header declaring 1000 bytes, then three: the frame ends first.
            if (protocol.equals("binary")) {
                p.writeI32(1000);
            } else {
                p.getTransport().write(new byte[] {(byte) 0xE8, 0x07});
            }
            p.getTransport().write(new byte[] {'a', 'b', 'c'});
            p.getTransport().flush();
            TMessage reply = p.readMessageBegin();
            assertEquals(TMessageType.EXCEPTION, reply.type);
            TApplicationException e = TApplicationException.readFrom(p);
            p.readMessageEnd();
            assertEquals(TApplicationException.PROTOCOL_ERROR, e.getType());

            Map<Short, Object> ping =
                    reply(
                            p,
                            call(
                                    p,
                                    "ping",
                                    2,
                                    out -> {
                                        out.writeFieldBegin(
                                                new TField("text", TType.STRING, (short) 1));
                                        out.writeString("still here");
                                        out.writeFieldEnd();
                                    }));
            assertEquals(Map.of((short) 0, "still here"), ping);
        } finally {
            p.getTransport().close();
        }
    }

    private static void id(TProtocol out, long id) throws TException {
        out.writeFieldBegin(new TField("id", TType.I64, (short) 1));
        out.writeI64(id);
        out.writeFieldEnd();
    }
}
