package dev.zerothrift.rpc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zerothrift.rpc.Transport;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.rpc.testing.EchoService;
import dev.zerothrift.rpc.testing.LeakCheck;
import dev.zerothrift.runtime.protocol.Protocol;

import io.netty.channel.epoll.Epoll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Locale;

/** Both Netty transports carry calls, in every pairing of client and server. */
@ExtendWith(LeakCheck.class)
class NettyIoTest {
    @Test
    void epollIsPreferredOnLinuxX86() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            assertTrue(
                    Epoll.isAvailable(),
                    "the native epoll library ships for linux-x86_64: "
                            + Epoll.unavailabilityCause());
            assertEquals(NettyIo.EPOLL, NettyIo.preferred());
        } else {
            assertEquals(Epoll.isAvailable() ? NettyIo.EPOLL : NettyIo.NIO, NettyIo.preferred());
        }
    }

    @Test
    void everyPairingOfTransportsWorks() throws Exception {
        EchoService echo = new EchoService();
        NettyIo[] ios = Epoll.isAvailable() ? NettyIo.values() : new NettyIo[] {NettyIo.NIO};
        try {
            for (NettyIo serverIo : ios) {
                RpcServer server =
                        RpcServer.builder()
                                .defaultService(echo.definition("Echo"))
                                .io(serverIo)
                                .ioThreads(1)
                                .start();
                try {
                    for (NettyIo clientIo : ios) {
                        try (RpcClient client =
                                RpcClient.builder("127.0.0.1", server.port())
                                        .io(clientIo)
                                        .transport(Transport.HEADER)
                                        .protocol(Protocol.COMPACT)
                                        .timeout(Duration.ofSeconds(10))
                                        .connect()) {
                            String text = serverIo + " to " + clientIo;
                            assertEquals(
                                    text,
                                    client.callBlocking(
                                            null,
                                            "echo",
                                            EchoService.stringArgs(text),
                                            EchoService.STRING_RESULT));
                        }
                    }
                } finally {
                    assertTrue(server.shutdown(Duration.ofSeconds(5)));
                }
            }
        } finally {
            echo.stop();
        }
    }
}
