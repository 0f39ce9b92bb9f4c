package dev.zerothrift.samples.thrifttest;

import dev.zerothrift.rpc.server.RpcServer;

import thrift.test.SecondService;
import thrift.test.ThriftTest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Apache's cross-language test server, on zerothrift's view path ({@link ViewReferenceHandler}):
 * {@code ThriftTest} under bare names and as {@code ThriftTest:method}, {@code SecondService} as
 * {@code SecondService:method}.
 *
 * <pre>
 * ThriftTestServer --port N --protocol binary|compact --transport buffered|framed|header
 * </pre>
 *
 * <p>The server detects each connection's transport and protocol from its first bytes, so it
 * answers every combination whatever the flags say; the flags are checked and reported so that the
 * command line is Apache's. {@code header} is Kitex's TTHeader (what the rpc module speaks), not
 * Apache's THeader.
 */
public final class ThriftTestServer {
    private static final Set<String> PROTOCOLS = Set.of("binary", "compact");
    private static final Set<String> TRANSPORTS = Set.of("buffered", "framed", "header");

    private ThriftTestServer() {}

    /** Starts the server on {@code port} (0: any free port). */
    public static RpcServer start(String host, int port) throws InterruptedException {
        ViewReferenceHandler handler = new ViewReferenceHandler();
        return RpcServer.builder()
                .bind(host, port)
                .defaultService(ThriftTest.viewDefinition(handler))
                .service(ThriftTest.viewDefinition(handler))
                .service(SecondService.viewDefinition(handler))
                .start();
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 9090;
        String protocol = "binary";
        String transport = "buffered";
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = value == null ? arg : arg.substring(0, arg.indexOf('='));
            if (name.equals("--help") || name.equals("-h")) {
                System.out.println(
                        "usage: run [--port N] [--protocol binary|compact]"
                                + " [--transport buffered|framed|header]");
                return;
            }
            if (value == null) {
                if (i + 1 >= list.size()) {
                    fail(name + " needs a value");
                }
                value = list.get(++i);
            }
            switch (name) {
                case "--port" -> port = parsePort(value);
                case "--protocol" -> protocol = oneOf(name, value, PROTOCOLS);
                case "--transport" -> transport = oneOf(name, value, TRANSPORTS);
                default -> fail("unknown option " + name);
            }
        }
        RpcServer server = start("0.0.0.0", port);
        System.out.println(
                "Starting the zerothrift ThriftTest server ("
                        + transport
                        + "/"
                        + protocol
                        + "; every transport and protocol is detected) on port "
                        + server.port());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        server.shutdown(Duration.ofSeconds(5));
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                    stopped.countDown();
                                }));
        stopped.await();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                fail("--port must be 0 to 65535, not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            fail("--port must be a number, not " + value);
            return -1;
        }
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            fail(name + " must be one of " + allowed + ", not " + value);
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("ThriftTestServer: " + message);
        System.exit(2);
    }
}
