package dev.zerothrift.samples.echo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.runtime.protocol.Protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample's server and client in-process: the demo calls, a short load, its summary line. */
class EchoSampleTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void theDemoAndAShortLoadSucceed(Protocol protocol) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        boolean ok = EchoMain.run(new EchoMain.Options(0.5, 2, 4, Transport.FRAMED, protocol), out);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(ok, printed);
        assertTrue(
                printed.contains(
                        "echo(3, ünïcödé ✓) -> Request{id=3, user=ünïcödé ✓, priority=7,"
                                + " values=[3, 30, 300], payload=48 bytes}"),
                printed);
        assertTrue(printed.contains("echo(4, nobody) -> Refused: nobody may not call"), printed);
        List<String> load = printed.lines().filter(l -> l.startsWith("load: ")).toList();
        assertEquals(1, load.size(), printed);
        assertTrue(load.get(0).matches(".* calls/s, p50 [0-9.]+ ms, p99 [0-9.]+ ms"), printed);
    }

    @Test
    void optionsAreParsedAndChecked() {
        EchoMain.Options o =
                EchoMain.parse(
                        new String[] {
                            "--seconds",
                            "1.5",
                            "--connections",
                            "3",
                            "--concurrency",
                            "8",
                            "--transport",
                            "header",
                            "--protocol",
                            "compact"
                        });
        assertEquals(new EchoMain.Options(1.5, 3, 8, Transport.HEADER, Protocol.COMPACT), o);
        assertThrows(
                IllegalArgumentException.class,
                () -> EchoMain.parse(new String[] {"--seconds", "0"}));
        assertThrows(IllegalArgumentException.class, () -> EchoMain.parse(new String[] {"--port"}));
        assertThrows(
                IllegalArgumentException.class,
                () -> EchoMain.parse(new String[] {"--colour", "red"}));
    }
}
