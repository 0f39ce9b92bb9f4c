package dev.zerothrift.codegentests.services;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.BlockingRpcClient;
import dev.zerothrift.rpc.client.RpcCaller;
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
 * service), multiplexed names, the async handler and the view handler ({@code ViewStore}); and the
 * client's view calls against each of them; the generated client over the blocking client too.
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
                        .service(
                                Store.viewDefinition(
                                        "ViewStore", new StoreViewHandler(STORE, LATER)))
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
                                Stream.of(null, "Store", "AsyncStore", "ViewStore")
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
            everyKindOfFunction(rpc, transport, protocol, service);
        }
    }

    /** The same calls over a {@link BlockingRpcClient}, whose thread does the I/O of its calls. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("wires")
    void everyKindOfFunctionOverTheBlockingClient(
            Transport transport, Protocol protocol, String service) throws Exception {
        try (BlockingRpcClient rpc =
                RpcClient.builder("127.0.0.1", server.port())
                        .transport(transport)
                        .protocol(protocol)
                        .timeout(Duration.ofSeconds(10))
                        .connectBlocking()) {
            everyKindOfFunction(rpc, transport, protocol, service);
            Store.Client store = new Store.Client(rpc, service);
            CompletableFuture<Item> missing = store.getAsync(41);
            assertTrue(missing.isDone(), "a blocking client's future is complete on return");
            assertInstanceOf(
                    NotFound.class,
                    assertThrows(ExecutionException.class, missing::get).getCause());
            assertEquals(
                    "view ✓",
                    store.pingView(args -> args.text("view ✓"), result -> result.success())
                            .getNow(null));
        }
    }

    private static void everyKindOfFunction(
            RpcCaller rpc, Transport transport, Protocol protocol, String service)
            throws Exception {
        {
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

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("wires")
    void viewCallsWriteArgsInPlaceAndReadResultViews(
            Transport transport, Protocol protocol, String service) throws Exception {
        try (RpcClient rpc = connect(transport, protocol)) {
            Store.Client store = new Store.Client(rpc, service);
            assertEquals(
                    "view ✓",
                    store.pingView(args -> args.text("view ✓"), result -> result.success())
                            .get(10, TimeUnit.SECONDS));
            assertNull(
                    store.putView(
                                    args ->
                                            args.beginItem()
                                                    .id(60)
                                                    .name("fig")
                                                    .tags(new long[] {6, 0})
                                                    .end())
                            .get(10, TimeUnit.SECONDS));
            store.putView(args -> args.item(item(61, "figure")).overwrite(true))
                    .get(10, TimeUnit.SECONDS);
            // The result is read through the view, before the reply's buffer is released.
            String name =
                    store.getView(args -> args.id(60), result -> result.success().name())
                            .get(10, TimeUnit.SECONDS);
            assertEquals("fig", name);
            long[] tags =
                    store.getView(args -> args.id(60), result -> result.success().tagsLongs())
                            .get(10, TimeUnit.SECONDS);
            assertArrayEquals(new long[] {6, 0}, tags);
            List<String> found =
                    store.findView(
                                    args -> args.prefix("fig").limit(10),
                                    result -> {
                                        List<String> names = new java.util.ArrayList<>();
                                        for (int i = 0; i < result.successSize(); i++) {
                                            names.add(result.successAt(i).name());
                                        }
                                        return names;
                                    })
                            .get(10, TimeUnit.SECONDS);
            assertEquals(List.of("fig", "figure"), found);
            assertTrue(store.countView(result -> result.success()).get(10, TimeUnit.SECONDS) >= 2);

            // Declared exceptions fail the future as their generated classes.
            ExecutionException notFound =
                    assertThrows(
                            ExecutionException.class,
                            () ->
                                    store.getView(args -> args.id(69), result -> result.success())
                                            .get(10, TimeUnit.SECONDS));
            assertEquals(69, assertInstanceOf(NotFound.class, notFound.getCause()).getId());
            ExecutionException invalid =
                    assertThrows(
                            ExecutionException.class,
                            () ->
                                    store.putView(args -> args.beginItem().id(68).end())
                                            .get(10, TimeUnit.SECONDS));
            assertInstanceOf(Invalid.class, invalid.getCause());
            ExecutionException crash =
                    assertThrows(
                            ExecutionException.class,
                            () ->
                                    store.crashView(args -> args.why("x"), r -> r.success())
                                            .get(10, TimeUnit.SECONDS));
            assertEquals(
                    ApplicationException.Type.INTERNAL_ERROR,
                    assertInstanceOf(ApplicationException.class, crash.getCause()).type());

            // A reader that throws fails its future; the reply is still released.
            ExecutionException thrown =
                    assertThrows(
                            ExecutionException.class,
                            () ->
                                    store.getView(
                                                    args -> args.id(60),
                                                    result -> {
                                                        throw new IllegalStateException("reader");
                                                    })
                                            .get(10, TimeUnit.SECONDS));
            assertEquals("reader", thrown.getCause().getMessage());

            store.logView(args -> args.line("view line " + service)).get(10, TimeUnit.SECONDS);
            assertEquals("view line " + service, STORE.logged.poll(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void theViewDefinitionHasTheSameMethods() {
        ServiceDefinition views = Store.viewDefinition(new StoreViewHandler(STORE, LATER));
        assertEquals(
                List.copyOf(Store.definition(STORE).methods().keySet()),
                List.copyOf(views.methods().keySet()));
        assertTrue(views.method("log").oneway());
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
