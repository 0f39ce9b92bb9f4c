package dev.zerothrift.samples.echo;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.runtime.protocol.Protocol;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The README's main job: starts the echo server on a loopback port, prints a few echoes (and a
 * refused call), runs a short load and prints its throughput and latency; exit code 0, or 1 when
 * any call failed.
 *
 * <pre>
 * EchoMain [--seconds S] [--connections C] [--concurrency N]
 *          [--transport framed|unframed|header] [--protocol binary|compact]
 * </pre>
 */
public final class EchoMain {
    /** The command line's settings. */
    public record Options(
            double seconds,
            int connections,
            int concurrency,
            Transport transport,
            Protocol protocol) {
        static Options defaults() {
            return new Options(3, 2, 16, Transport.FRAMED, Protocol.BINARY);
        }
    }

    private EchoMain() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("echo: " + e.getMessage());
            System.err.println(
                    "usage: run [--seconds S] [--connections C] [--concurrency N]"
                            + " [--transport framed|unframed|header] [--protocol binary|compact]");
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out) ? 0 : 1);
    }

    /** Runs the demo and the load, printing to {@code out}; whether every call went as expected. */
    public static boolean run(Options options, PrintStream out) throws Exception {
        RpcServer server = EchoServer.start("127.0.0.1", 0);
        List<EchoClient> clients = new ArrayList<>();
        try {
            out.printf(
                    "echo server (view handler) on 127.0.0.1:%d; clients: %s, %s%n",
                    server.port(),
                    options.transport().name().toLowerCase(Locale.ROOT),
                    options.protocol().name().toLowerCase(Locale.ROOT));
            for (int i = 0; i < options.connections(); i++) {
                clients.add(
                        EchoClient.connect(
                                "127.0.0.1",
                                server.port(),
                                options.transport(),
                                options.protocol()));
            }
            boolean ok = demo(clients.get(0), out);
            EchoLoad.Result load =
                    EchoLoad.run(
                            clients,
                            options.concurrency(),
                            Duration.ofMillis((long) (options.seconds() * 1000)));
            out.println(load.line(options.connections(), options.concurrency()));
            return ok && load.failures() == 0 && load.calls() > 0;
        } finally {
            for (EchoClient client : clients) {
                client.close();
            }
            server.shutdown(Duration.ofSeconds(5));
        }
    }

    /** A few calls, printed; whether each answered as it should. */
    private static boolean demo(EchoClient client, PrintStream out) throws Exception {
        boolean ok = true;
        String[][] calls = {{"1", "ada", "3"}, {"2", "grace", "1"}, {"3", "ünïcödé ✓", "7"}};
        for (String[] c : calls) {
            long id = Long.parseLong(c[0]);
            String echoed =
                    client.describe(
                                    id,
                                    c[1],
                                    Integer.parseInt(c[2]),
                                    new long[] {id, id * 10, id * 100},
                                    new byte[(int) id * 16])
                            .get(10, TimeUnit.SECONDS);
            out.println("echo(" + id + ", " + c[1] + ") -> " + echoed);
            ok &= echoed.startsWith("Request{id=" + id + ", user=" + c[1] + ",");
        }
        try {
            client.describe(4, EchoViewHandler.REFUSED_USER, 0, new long[0], new byte[0])
                    .get(10, TimeUnit.SECONDS);
            out.println("echo(4, nobody) -> answered, but should have been refused");
            ok = false;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refused refused) {
                out.println("echo(4, nobody) -> Refused: " + refused.getReason());
            } else {
                out.println("echo(4, nobody) -> failed: " + e.getCause());
                ok = false;
            }
        }
        return ok;
    }

    static Options parse(String[] args) {
        Options o = Options.defaults();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            o =
                    switch (name) {
                        case "--seconds" ->
                                new Options(
                                        positive(name, Double.parseDouble(value)),
                                        o.connections(),
                                        o.concurrency(),
                                        o.transport(),
                                        o.protocol());
                        case "--connections" ->
                                new Options(
                                        o.seconds(),
                                        (int) positive(name, Integer.parseInt(value)),
                                        o.concurrency(),
                                        o.transport(),
                                        o.protocol());
                        case "--concurrency" ->
                                new Options(
                                        o.seconds(),
                                        o.connections(),
                                        (int) positive(name, Integer.parseInt(value)),
                                        o.transport(),
                                        o.protocol());
                        case "--transport" ->
                                new Options(
                                        o.seconds(),
                                        o.connections(),
                                        o.concurrency(),
                                        Transport.valueOf(value.toUpperCase(Locale.ROOT)),
                                        o.protocol());
                        case "--protocol" ->
                                new Options(
                                        o.seconds(),
                                        o.connections(),
                                        o.concurrency(),
                                        o.transport(),
                                        Protocol.valueOf(value.toUpperCase(Locale.ROOT)));
                        default -> throw new IllegalArgumentException("unknown option " + name);
                    };
        }
        return o;
    }

    private static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return value;
    }
}
