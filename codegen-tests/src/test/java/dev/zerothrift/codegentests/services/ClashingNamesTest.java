package dev.zerothrift.codegentests.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code Clashes}: IDL functions named like {@code Object}'s methods ({@code hashCode}, {@code
 * toString}, {@code wait}, {@code equals}) or like the companions generated for another function
 * ({@code x}, {@code xAsync}, {@code xView}) get Java names moved aside with underscores, keep
 * their IDL names on the wire, and work through every handler and client style.
 */
@ExtendWith(LeakFree.class)
class ClashingNamesTest {
    private static RpcServer server;

    /** Each function answers something of its own, so that a mixed-up dispatch shows. */
    private static final class PlainClashes implements Clashes.Handler {
        @Override
        public int hashCode_() {
            return 31;
        }

        @Override
        public String toString_(String text) {
            return "<" + text + ">";
        }

        @Override
        public void wait_() {}

        @Override
        public int x(int value) {
            return value + 1;
        }

        @Override
        public int xAsync_(int value) {
            return value + 2;
        }

        @Override
        public int xView_(int value) {
            return value + 3;
        }

        @Override
        public boolean equals_(int other) {
            return other == 7;
        }
    }

    private static final class ViewClashes implements Clashes.ViewHandler {
        private final PlainClashes plain = new PlainClashes();

        @Override
        public void hashCode_(Clashes.hashCode_argsView args, Clashes.hashCode_reply reply) {
            reply.success(plain.hashCode_());
        }

        @Override
        public void toString_(Clashes.toString_argsView args, Clashes.toString_reply reply) {
            reply.success(plain.toString_(args.text()));
        }

        @Override
        public void wait_(Clashes.wait_argsView args, Clashes.wait_reply reply) {
            reply.success();
        }

        @Override
        public void x(Clashes.x_argsView args, Clashes.x_reply reply) {
            reply.success(plain.x(args.value()));
        }

        @Override
        public void xAsync_(Clashes.xAsync_argsView args, Clashes.xAsync_reply reply) {
            reply.success(plain.xAsync_(args.value()));
        }

        @Override
        public void xView_(Clashes.xView_argsView args, Clashes.xView_reply reply) {
            reply.success(plain.xView_(args.value()));
        }

        @Override
        public void equals_(Clashes.equals_argsView args, Clashes.equals_reply reply) {
            reply.success(plain.equals_(args.other()));
        }
    }

    @BeforeAll
    static void start() throws InterruptedException {
        server =
                RpcServer.builder()
                        .service(Clashes.definition("Plain", new PlainClashes()))
                        .service(Clashes.viewDefinition("Views", new ViewClashes()))
                        .ioThreads(1)
                        .start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain", "Views"})
    void everyStyleReachesItsOwnFunction(String service) throws Exception {
        assertEquals(
                List.of("hashCode", "toString", "wait", "x", "xAsync", "xView", "equals"),
                List.copyOf(Clashes.definition(new PlainClashes()).methods().keySet()));
        try (RpcClient rpc =
                RpcClient.builder("127.0.0.1", server.port())
                        .transport(Transport.FRAMED)
                        .protocol(Protocol.COMPACT)
                        .timeout(Duration.ofSeconds(10))
                        .connect()) {
            Clashes.Client clashes = new Clashes.Client(rpc, service);
            assertEquals(31, clashes.hashCode_());
            assertEquals("<a>", clashes.toString_("a"));
            clashes.wait_();
            assertEquals(11, clashes.x(10));
            assertEquals(12, clashes.xAsync_(10));
            assertEquals(13, clashes.xView_(10));
            assertTrue(clashes.equals_(7));
            assertEquals(21, clashes.xAsync(20).get(10, TimeUnit.SECONDS));
            assertEquals(22, clashes.xAsync_Async(20).get(10, TimeUnit.SECONDS));
            assertEquals(23, clashes.xView_Async(20).get(10, TimeUnit.SECONDS));
            assertEquals(
                    31,
                    clashes.xView(args -> args.value(30), r -> r.success())
                            .get(10, TimeUnit.SECONDS));
            assertEquals(
                    32,
                    clashes.xAsync_View(args -> args.value(30), r -> r.success())
                            .get(10, TimeUnit.SECONDS));
            assertEquals(
                    33,
                    clashes.xView_View(args -> args.value(30), r -> r.success())
                            .get(10, TimeUnit.SECONDS));
            assertEquals(
                    "<v>",
                    clashes.toString_View(args -> args.text("v"), r -> r.success())
                            .get(10, TimeUnit.SECONDS));
            assertEquals(31, clashes.hashCode_View(r -> r.success()).get(10, TimeUnit.SECONDS));
            // Object's own methods are untouched.
            assertEquals(System.identityHashCode(clashes), clashes.hashCode());
        }
    }
}
