package dev.zerothrift.rpc.transport;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The Netty transport in use: epoll when {@link Epoll#isAvailable()} (Linux with the native
 * library), NIO otherwise or when the system property {@value #NO_EPOLL} is {@code true}.
 */
public final class NettyIo {
    /** System property that turns epoll off. */
    public static final String NO_EPOLL = "zerothrift.rpc.noEpoll";

    private static final boolean EPOLL = !Boolean.getBoolean(NO_EPOLL) && Epoll.isAvailable();

    private NettyIo() {}

    /** Whether the epoll transport is used. */
    public static boolean isEpoll() {
        return EPOLL;
    }

    /** A new event loop group of {@code threads} daemon threads named {@code name-N}. */
    public static EventLoopGroup newGroup(int threads, String name) {
        IoHandlerFactory io = EPOLL ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true), io);
    }

    public static Class<? extends ServerChannel> serverChannel() {
        return EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    public static Class<? extends Channel> socketChannel() {
        return EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
    }
}
