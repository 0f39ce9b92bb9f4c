package dev.zerothrift.rpc.testing;

import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ThriftMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.BiFunction;

/**
 * A scripted peer for client tests: accepts one connection and answers the {@code n}th framed
 * binary call ({@code n} from 0) with the bytes its script returns, written as they are (frame them
 * with {@link #reply} or {@link Messages#framed}).
 */
public final class RawServer implements AutoCloseable {
    private final ServerSocket listener;

    private RawServer(ServerSocket listener) {
        this.listener = listener;
    }

    public static RawServer answering(BiFunction<ThriftMessage, Integer, byte[][]> script)
            throws IOException {
        ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> serve(listener, script), "raw-server");
        thread.setDaemon(true);
        thread.start();
        return new RawServer(listener);
    }

    private static void serve(
            ServerSocket listener, BiFunction<ThriftMessage, Integer, byte[][]> script) {
        try (Socket socket = listener.accept()) {
            OutputStream out = socket.getOutputStream();
            int n = 0;
            for (byte[] m; (m = Frames.read(socket.getInputStream())) != null; n++) {
                for (byte[] answer : script.apply(Frames.header(Protocol.BINARY, m), n)) {
                    out.write(answer);
                }
                out.flush();
            }
        } catch (IOException e) {
            // the test closed the socket
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /** A framed binary reply of {@code name} whose result struct holds the string {@code value}. */
    public static byte[] reply(String name, int seqId, String value) {
        return Messages.framed(
                Messages.message(
                        Protocol.BINARY,
                        true,
                        name,
                        ThriftMessage.REPLY,
                        seqId,
                        out -> {
                            out.writeStructBegin();
                            out.writeFieldBegin((byte) 11, 0);
                            out.writeString(value);
                            out.writeFieldEnd();
                            out.writeFieldStop();
                            out.writeStructEnd();
                        }));
    }
}
