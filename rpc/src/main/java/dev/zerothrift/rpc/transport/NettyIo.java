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
 * The Netty I/O transports: {@link #EPOLL} (Linux, with Netty's native library) and {@link #NIO}.
 * {@link #preferred()} is epoll when {@link Epoll#isAvailable()}, unless the system property
 * {@value #NO_EPOLL} is {@code true}.
 */
public enum NettyIo {
    EPOLL {
        @Override
        public IoHandlerFactory handlers() {
            if (!Epoll.isAvailable()) {
                throw new IllegalStateException(
                        "the epoll transport is not available", Epoll.unavailabilityCause());
            }
            return EpollIoHandler.newFactory();
        }

        @Override
        public Class<? extends ServerChannel> serverChannel() {
            return EpollServerSocketChannel.class;
        }

        @Override
        public Class<? extends Channel> socketChannel() {
            return EpollSocketChannel.class;
        }
    },
    NIO {
        @Override
        public IoHandlerFactory handlers() {
            return NioIoHandler.newFactory();
        }

        @Override
        public Class<? extends ServerChannel> serverChannel() {
            return NioServerSocketChannel.class;
        }

        @Override
        public Class<? extends Channel> socketChannel() {
            return NioSocketChannel.class;
        }
    };

    /** System property that makes {@link #preferred()} NIO. */
    public static final String NO_EPOLL = "zerothrift.rpc.noEpoll";

    private static final NettyIo PREFERRED =
            !Boolean.getBoolean(NO_EPOLL) && Epoll.isAvailable() ? EPOLL : NIO;

    /** Epoll where available, NIO otherwise. */
    public static NettyIo preferred() {
        return PREFERRED;
    }

    /** The factory of this transport's I/O handlers, for event loops made elsewhere. */
    public abstract IoHandlerFactory handlers();

    /**
     * A new event loop group of {@code threads} daemon threads named {@code name-...}; a group
     * given to a client or server must come from the same transport as its channels.
     */
    public EventLoopGroup newGroup(int threads, String name) {
        return new MultiThreadIoEventLoopGroup(
                threads, new DefaultThreadFactory(name, true), handlers());
    }

    public abstract Class<? extends ServerChannel> serverChannel();

    public abstract Class<? extends Channel> socketChannel();
}
