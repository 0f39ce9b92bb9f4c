package dev.zerothrift.rpc.server;

import static dev.zerothrift.rpc.testing.CallAssertions.assertApplicationException;
import static dev.zerothrift.rpc.testing.CallAssertions.assertOops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.testing.EchoClient;
import dev.zerothrift.rpc.testing.EchoServer;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Our client against our server, in every transport and protocol. */
@ExtendWith(LeakCheck.class)
class CallsTest {
    private static EchoServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server = EchoServer.start(2, EchoService.NAME, "Other");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
    }

    static Stream<Arguments> wires() {
        return Stream.of(Transport.values())
                .flatMap(t -> Stream.of(Protocol.values()).map(p -> Arguments.of(t, p)));
    }

    /** Unframed, a message cut short is one still arriving (see UnframedDecoderTest). */
    static Stream<Arguments> framedWires() {
        return wires().filter(a -> a.get()[0] != Transport.UNFRAMED);
    }

    private static RpcClient connect(Transport transport, Protocol protocol)
            throws InterruptedException {
        return RpcClient.builder("127.0.0.1", server.port())
                .transport(transport)
                .protocol(protocol)
                .timeout(Duration.ofSeconds(10))
                .connect();
    }

    @ParameterizedTest
    @MethodSource("wires")
    void callsWithBareAndMultiplexedNames(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            EchoClient bare = EchoClient.bare(client);
            assertEquals("hi", bare.echo("hi"));
            assertEquals("héllo ✓", EchoClient.multiplexed(client, "Echo").echo("héllo ✓"));
            assertEquals(7, EchoClient.multiplexed(client, "Other").add(3, 4));
            String big = "x".repeat(100_000);
            assertEquals(big, bare.echo(big));
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void declaredExceptionsReachTheCaller(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            assertOops("because", () -> EchoClient.bare(client).fail("because"));
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void applicationExceptions(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            EchoClient bare = EchoClient.bare(client);
            assertApplicationException(
                    ApplicationException.Type.UNKNOWN_METHOD,
                    "Invalid method name: 'nope'",
                    () -> bare.callString("nope", EchoService.NO_ARGS));
            assertApplicationException(
                    ApplicationException.Type.UNKNOWN_METHOD,
                    "Unknown service: 'Missing'",
                    () ->
                            EchoClient.multiplexed(client, "Missing")
                                    .callString("echo", EchoService.NO_ARGS));
            assertApplicationException(
                    ApplicationException.Type.INTERNAL_ERROR,
                    "Internal error processing boom",
                    bare::boom);
            // args that do not decode: the handler's reader throws, the client gets PROTOCOL_ERROR
            assertApplicationException(
                    ApplicationException.Type.PROTOCOL_ERROR,
                    "required field text is missing",
                    () -> bare.callString("echo", EchoService.NO_ARGS));
        }
    }

    /** In a frame, args cut short reach the handler, whose reader fails: PROTOCOL_ERROR. */
    @ParameterizedTest
    @MethodSource("framedWires")
    void truncatedArgsInAFrameAreAProtocolError(Transport transport, Protocol protocol)
            throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            ApplicationException bad =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    EchoClient.bare(client)
                                            .callString(
                                                    "echo",
                                                    out -> {
                                                        out.writeStructBegin();
                                                        out.writeFieldBegin((byte) 11, 1);
                                                        out.writeBinaryLength(1000); // past the end
                                                        out.writeFieldEnd();
                                                    }));
            assertEquals(ApplicationException.Type.PROTOCOL_ERROR, bad.type());
            assertTrue(bad.getMessage().contains("1000"), bad.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void messageTypeMismatch(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            EchoClient bare = EchoClient.bare(client);
            // a oneway method called with CALL
            ApplicationException type =
                    assertThrows(
                            ApplicationException.class,
                            () -> bare.callString("notify", EchoService.stringArgs("x")));
            assertEquals(ApplicationException.Type.INVALID_MESSAGE_TYPE, type.type());

            // the connection is still good
            assertEquals("ok", bare.echo("ok"));
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void handlersCompletingFromAFuture(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            EchoClient bare = EchoClient.bare(client);
            assertEquals("LOUD", bare.async("loud"));
            assertOops("oops!", () -> bare.async("oops!"));
            ApplicationException bug =
                    assertThrows(ApplicationException.class, () -> bare.async("bug"));
            assertEquals("Internal error processing async", bug.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void onewayCallsAreDeliveredAndNotAnswered(Transport transport, Protocol protocol)
            throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            EchoClient.multiplexed(client, "Echo")
                    .notifyOneway("n-" + transport + protocol)
                    .get(5, TimeUnit.SECONDS);
            assertEquals(
                    "n-" + transport + protocol, server.echo.notified.poll(5, TimeUnit.SECONDS));
            // a reply to the oneway would be an unknown seq id and close the connection
            assertEquals("after", EchoClient.bare(client).echo("after"));
            assertTrue(client.isOpen());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void asyncRepliesMatchTheirCalls(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            var futures = new java.util.ArrayList<java.util.concurrent.CompletableFuture<Long>>();
            for (int i = 0; i < 50; i++) {
                futures.add(
                        client.call(
                                null,
                                "delay",
                                EchoService.delayArgs((50 - i) % 7 * 3, i),
                                EchoService.I64_RESULT));
            }
            for (int i = 0; i < 50; i++) {
                assertEquals(i, futures.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(0, client.pendingCalls());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void missingResultIsAnApplicationException(Transport transport, Protocol protocol)
            throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            Exception e =
                    assertThrows(
                            Exception.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "echo",
                                            EchoService.stringArgs(null == null ? "" : ""),
                                            reply -> {
                                                throw new ApplicationException(
                                                        ApplicationException.Type.MISSING_RESULT,
                                                        "echo failed: unknown result");
                                            }));
            assertInstanceOf(ApplicationException.class, e);
        }
    }
}
