package dev.zerothrift.codegentests.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.rpc.server.ServiceDefinition;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The generated {@code Store} service (which extends {@code Base}) served by {@code RpcServer} and
 * called by the generated client, in every transport and protocol, with bare names (the default
 * service), multiplexed names, and the async handler.
 */
@ExtendWith(LeakFree.class)
class GeneratedServiceTest {
    private static final StoreHandler STORE = new StoreHandler();
    private static final ExecutorService LATER = Executors.newFixedThreadPool(2);
    private static RpcServer server;

    @BeforeAll
    static void start() throws InterruptedException {
        server =
                RpcServer.builder()
                        .defaultService(Store.definition(STORE))
                        .service(Store.definition(STORE))
                        .service(
                                Store.asyncDefinition(
                                        "AsyncStore", new AsyncStoreHandler(STORE, LATER)))
                        .service(Base.definition(STORE))
                        .ioThreads(2)
                        .start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        assertTrue(server.shutdown(Duration.ofSeconds(5)));
        LATER.shutdown();
    }

    /** Every transport × protocol × way of naming the service (null: bare names). */
    static Stream<Arguments> wires() {
        return Stream.of(Transport.values())
                .flatMap(t -> Stream.of(Protocol.values()).map(p -> Arguments.of(t, p)))
                .flatMap(
                        a ->
                                Stream.of(null, "Store", "AsyncStore")
                                        .map(s -> Arguments.of(a.get()[0], a.get()[1], s)));
    }

    private static RpcClient connect(Transport transport, Protocol protocol)
            throws InterruptedException {
        return RpcClient.builder("127.0.0.1", server.port())
                .transport(transport)
                .protocol(protocol)
                .timeout(Duration.ofSeconds(10))
                .connect();
    }

    private static Item item(long id, String name, long... tags) {
        return new Item().setId(id).setName(name).setTags(tags);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("wires")
    void everyKindOfFunction(Transport transport, Protocol protocol, String service)
            throws Exception {
        try (RpcClient rpc = connect(transport, protocol)) {
            Store.Client store = new Store.Client(rpc, service);
            // Inherited from Base, through Base.Client and ServiceDefinition.inherit.
            assertEquals("héllo ✓", store.ping("héllo ✓"));
            store.reset();
            assertEquals(0, store.count());

            store.put(item(1, "apple", 10, 11), true);
            store.put(item(2, "apricot"), true);
            store.put(item(3, "banana", -1), true);
            store.put(item(1, "ignored"), false);
            assertEquals(3, store.count());
            Item apple = store.get(1);
            assertEquals("apple", apple.getName());
            assertArrayEquals(new long[] {10, 11}, apple.getTags());
            assertEquals(
                    List.of("apple", "apricot"),
                    store.find("ap", 10).stream().map(Item::getName).toList());
            assertEquals(1, store.find("ap", 1).size());
            assertEquals(List.of(), store.find("zz", 10));

            // Declared exceptions: each its own result field, rethrown as the generated class.
            NotFound notFound = assertThrows(NotFound.class, () -> store.get(99));
            assertEquals("no item 99", notFound.getMessage());
            assertEquals(99, notFound.getId());
            Invalid invalid = assertThrows(Invalid.class, () -> store.get(-5));
            assertEquals("negative id -5", invalid.getMessage());
            assertThrows(Invalid.class, () -> store.put(new Item().setId(7), true));

            // Undeclared: INTERNAL_ERROR, as libthrift's processors answer.
            ApplicationException crash =
                    assertThrows(ApplicationException.class, () -> store.crash("boom"));
            assertEquals(ApplicationException.Type.INTERNAL_ERROR, crash.type());
            assertEquals("Internal error processing crash", crash.getMessage());

            // Oneway: nothing comes back, the handler still runs.
            store.log("line " + transport + " " + protocol);
            assertEquals(
                    "line " + transport + " " + protocol, STORE.logged.poll(10, TimeUnit.SECONDS));

            // The connection is still good after all that.
            assertEquals(3, store.count());
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("wires")
    void futuresCarryResultsAndDeclaredExceptions(
            Transport transport, Protocol protocol, String service) throws Exception {
        try (RpcClient rpc = connect(transport, protocol)) {
            Store.Client store = new Store.Client(rpc, service);
            store.put(item(40, "pear"), true);
            CompletableFuture<Item> found = store.getAsync(40);
            CompletableFuture<Item> missing = store.getAsync(41);
            CompletableFuture<Void> put = store.putAsync(item(42, "quince"), true);
            assertEquals("pear", found.get(10, TimeUnit.SECONDS).getName());
            ExecutionException e =
                    assertThrows(ExecutionException.class, () -> missing.get(10, TimeUnit.SECONDS));
            assertInstanceOf(NotFound.class, e.getCause());
            assertNull(put.get(10, TimeUnit.SECONDS));
            assertEquals("quince", store.get(42).getName());
        }
    }

    @Test
    void definitionsListTheirOwnAndInheritedMethods() {
        ServiceDefinition store = Store.definition(STORE);
        assertEquals("Store", store.name());
        assertEquals(
                List.of("get", "put", "count", "find", "log", "crash", "ping", "reset"),
                List.copyOf(store.methods().keySet()));
        assertTrue(store.method("log").oneway());
        assertEquals(false, store.method("ping").oneway());
        assertEquals(
                List.of("ping", "reset"), List.copyOf(Base.definition(STORE).methods().keySet()));
    }

    @Test
    void aBaseClientCallsTheBaseService() throws Exception {
        try (RpcClient rpc = connect(Transport.FRAMED, Protocol.BINARY)) {
            Base.Client base = new Base.Client(rpc, "Base");
            assertEquals("base", base.ping("base"));
            // A Store client is a Base client: inherited calls go to the Store service.
            Base.Client asBase = new Store.Client(rpc, "Store");
            assertEquals("store", asBase.ping("store"));
        }
    }

    @Test
    void unknownMethodsOfTheBaseServiceAreRefused() throws Exception {
        try (RpcClient rpc = connect(Transport.FRAMED, Protocol.COMPACT)) {
            // Base has no count: the server answers UNKNOWN_METHOD.
            Store.Client wrong = new Store.Client(rpc, "Base");
            ApplicationException e = assertThrows(ApplicationException.class, wrong::count);
            assertEquals(ApplicationException.Type.UNKNOWN_METHOD, e.type());
        }
    }
}
