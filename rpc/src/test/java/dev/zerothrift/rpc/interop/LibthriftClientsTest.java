package dev.zerothrift.rpc.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.testing.EchoServer;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;

import org.apache.thrift.TApplicationException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TMultiplexedProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Apache libthrift 0.23 clients (TSocket, framed or buffered, every protocol) against our server.
 */
@ExtendWith(LeakCheck.class)
class LibthriftClientsTest {
    private static EchoServer server;

    enum Wire {
        BINARY,
        BINARY_OLD_STYLE,
        COMPACT
    }

    @BeforeAll
    static void start() throws InterruptedException {
        server = EchoServer.start(2, EchoService.NAME);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
    }

    static Stream<Arguments> clients() {
        List<Arguments> all = new ArrayList<>();
        for (boolean framed : new boolean[] {true, false}) {
            for (Wire wire : Wire.values()) {
                for (boolean multiplexed : new boolean[] {false, true}) {
                    all.add(Arguments.of(framed, wire, multiplexed));
                }
            }
        }
        return all.stream();
    }

    /** A libthrift protocol on a new connection to our server. */
    private static TProtocol connect(boolean framed, Wire wire) throws TTransportException {
        TSocket socket = new TSocket("127.0.0.1", server.port(), 10_000);
        socket.open();
        TTransport transport = framed ? new TFramedTransport(socket) : socket;
        return protocol(transport, wire);
    }

    private static TProtocol protocol(TTransport transport, Wire wire) {
        return switch (wire) {
            case BINARY -> new TBinaryProtocol(transport);
            case BINARY_OLD_STYLE -> new TBinaryProtocol(transport, false, false);
            case COMPACT -> new TCompactProtocol(transport);
        };
    }

    @ParameterizedTest(name = "framed={0} {1} multiplexed={2}")
    @MethodSource("clients")
    void libthriftClientCallsOurServer(boolean framed, Wire wire, boolean multiplexed)
            throws Exception {
        TProtocol in = connect(framed, wire);
        TProtocol out = multiplexed ? new TMultiplexedProtocol(in, "Echo") : in;
        try {
            LibthriftEcho.send(out, "echo", TMessageType.CALL, 1, "hello ✓");
            assertEquals("hello ✓", LibthriftEcho.receive(in, "echo", 1));

            String big = "y".repeat(70_000);
            LibthriftEcho.send(out, "echo", TMessageType.CALL, 2, big);
            assertEquals(big, LibthriftEcho.receive(in, "echo", 2));

            LibthriftEcho.send(out, "fail", TMessageType.CALL, 3, "why not");
            Object oops = LibthriftEcho.receive(in, "fail", 3);
            assertEquals("Oops: why not", ((Exception) oops).getMessage());

            LibthriftEcho.send(out, "nope", TMessageType.CALL, 4, "x");
            TApplicationException unknown =
                    assertInstanceOf(
                            TApplicationException.class, LibthriftEcho.receive(in, "nope", 4));
            assertEquals(TApplicationException.UNKNOWN_METHOD, unknown.getType());
            assertEquals("Invalid method name: 'nope'", unknown.getMessage());

            LibthriftEcho.send(out, "echo", TMessageType.CALL, 5, null); // required field missing
            TApplicationException missing =
                    assertInstanceOf(
                            TApplicationException.class, LibthriftEcho.receive(in, "echo", 5));
            assertEquals(TApplicationException.PROTOCOL_ERROR, missing.getType());
            assertEquals("required field text is missing", missing.getMessage());

            String note = "note " + framed + wire + multiplexed;
            LibthriftEcho.send(out, "notify", TMessageType.ONEWAY, 6, note);
            assertEquals(note, server.echo.notified.poll(5, TimeUnit.SECONDS));

            LibthriftEcho.send(out, "echo", TMessageType.CALL, 7, "last");
            assertEquals("last", LibthriftEcho.receive(in, "echo", 7));
        } finally {
            in.getTransport().close();
        }
    }

    @ParameterizedTest(name = "framed={0} {1}")
    @MethodSource("clients")
    void anUnknownServiceIsAnUnknownMethod(boolean framed, Wire wire, boolean multiplexed)
            throws Exception {
        TProtocol in = connect(framed, wire);
        TProtocol out = new TMultiplexedProtocol(in, multiplexed ? "Missing" : "Other");
        try {
            LibthriftEcho.send(out, "echo", TMessageType.CALL, 1, "x");
            TApplicationException e =
                    assertInstanceOf(
                            TApplicationException.class, LibthriftEcho.receive(in, "echo", 1));
            assertEquals(TApplicationException.UNKNOWN_METHOD, e.getType());
            assertEquals(
                    "Unknown service: '" + (multiplexed ? "Missing" : "Other") + "'",
                    e.getMessage());
        } finally {
            in.getTransport().close();
        }
    }
}
