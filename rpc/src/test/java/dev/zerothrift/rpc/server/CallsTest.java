package dev.zerothrift.rpc.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.rpc.testing.Oops;
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
    private static final EchoService ECHO = new EchoService();
    private static RpcServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server =
                RpcServer.builder()
                        .defaultService(ECHO.definition(EchoService.NAME))
                        .service(ECHO.definition(EchoService.NAME))
                        .service(ECHO.definition("Other"))
                        .ioThreads(2)
                        .start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
        ECHO.stop();
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
            assertEquals(
                    "hi",
                    client.callBlocking(
                            null, "echo", EchoService.stringArgs("hi"), EchoService.STRING_RESULT));
            assertEquals(
                    "héllo ✓",
                    client.callBlocking(
                            "Echo",
                            "echo",
                            EchoService.stringArgs("héllo ✓"),
                            EchoService.STRING_RESULT));
            assertEquals(
                    7,
                    client.callBlocking(
                            "Other", "add", EchoService.intArgs(3, 4), EchoService.I32_RESULT));
            String big = "x".repeat(100_000);
            assertEquals(
                    big,
                    client.callBlocking(
                            null, "echo", EchoService.stringArgs(big), EchoService.STRING_RESULT));
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void declaredExceptionsReachTheCaller(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            Oops oops =
                    assertThrows(
                            Oops.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "fail",
                                            EchoService.stringArgs("because"),
                                            EchoService.STRING_RESULT));
            assertEquals("because", oops.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void applicationExceptions(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            ApplicationException unknown =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "nope",
                                            EchoService.NO_ARGS,
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.UNKNOWN_METHOD, unknown.type());
            assertEquals("Invalid method name: 'nope'", unknown.getMessage());

            ApplicationException service =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            "Missing",
                                            "echo",
                                            EchoService.NO_ARGS,
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.UNKNOWN_METHOD, service.type());
            assertEquals("Unknown service: 'Missing'", service.getMessage());

            ApplicationException boom =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "boom",
                                            EchoService.NO_ARGS,
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.INTERNAL_ERROR, boom.type());
            assertEquals("Internal error processing boom", boom.getMessage());

            // args that do not decode: the handler's reader throws, the client gets PROTOCOL_ERROR
            ApplicationException missing =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "echo",
                                            EchoService.NO_ARGS,
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.PROTOCOL_ERROR, missing.type());
            assertEquals("required field text is missing", missing.getMessage());
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
                                    client.callBlocking(
                                            null,
                                            "echo",
                                            out -> {
                                                out.writeStructBegin();
                                                out.writeFieldBegin((byte) 11, 1);
                                                out.writeBinaryLength(1000); // past the end
                                                out.writeFieldEnd();
                                            },
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.PROTOCOL_ERROR, bad.type());
            assertTrue(bad.getMessage().contains("1000"), bad.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void messageTypeMismatch(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {

            // a oneway method called with CALL
            ApplicationException type =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "notify",
                                            EchoService.stringArgs("x"),
                                            EchoService.STRING_RESULT));
            assertEquals(ApplicationException.Type.INVALID_MESSAGE_TYPE, type.type());

            // the connection is still good
            assertEquals(
                    "ok",
                    client.callBlocking(
                            null, "echo", EchoService.stringArgs("ok"), EchoService.STRING_RESULT));
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void handlersCompletingFromAFuture(Transport transport, Protocol protocol) throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            assertEquals(
                    "LOUD",
                    client.callBlocking(
                            null,
                            "async",
                            EchoService.stringArgs("loud"),
                            EchoService.STRING_RESULT));
            Oops oops =
                    assertThrows(
                            Oops.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "async",
                                            EchoService.stringArgs("oops!"),
                                            EchoService.STRING_RESULT));
            assertEquals("oops!", oops.getMessage());
            ApplicationException bug =
                    assertThrows(
                            ApplicationException.class,
                            () ->
                                    client.callBlocking(
                                            null,
                                            "async",
                                            EchoService.stringArgs("bug"),
                                            EchoService.STRING_RESULT));
            assertEquals("Internal error processing async", bug.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("wires")
    void onewayCallsAreDeliveredAndNotAnswered(Transport transport, Protocol protocol)
            throws Exception {
        try (RpcClient client = connect(transport, protocol)) {
            client.oneway("Echo", "notify", EchoService.stringArgs("n-" + transport + protocol))
                    .get(5, TimeUnit.SECONDS);
            assertEquals("n-" + transport + protocol, ECHO.notified.poll(5, TimeUnit.SECONDS));
            // a reply to the oneway would be an unknown seq id and close the connection
            assertEquals(
                    "after",
                    client.callBlocking(
                            null,
                            "echo",
                            EchoService.stringArgs("after"),
                            EchoService.STRING_RESULT));
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
