package dev.zerothrift.benchmarks.rpc;

import dev.zerothrift.benchmarks.fastcodec.Convert;
import dev.zerothrift.benchmarks.fastcodec.gen.BatchView;
import dev.zerothrift.benchmarks.fastcodec.gen.RequestView;
import dev.zerothrift.benchmarks.rpc.gen.Echo;
import dev.zerothrift.benchmarks.rpc.gen.EchoBatchArgsView;
import dev.zerothrift.benchmarks.rpc.gen.EchoRequestArgsView;
import dev.zerothrift.benchmarks.views.Writers;
import dev.zerothrift.benchmarks.workload.Fixture;
import dev.zerothrift.benchmarks.workload.Values;
import dev.zerothrift.rpc.ApplicationException;
import dev.zerothrift.rpc.EncodedBytes;
import dev.zerothrift.rpc.client.BlockingRpcClient;
import dev.zerothrift.rpc.client.ClientReply;
import dev.zerothrift.rpc.client.ResponseReader;
import dev.zerothrift.rpc.client.RpcClient;
import dev.zerothrift.rpc.server.RpcServer;
import dev.zerothrift.rpc.server.ServerCall;
import dev.zerothrift.rpc.server.ServiceDefinition;
import dev.zerothrift.runtime.buffer.Chain;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.protocol.ProtocolWriter;
import dev.zerothrift.runtime.protocol.WireType;

import java.util.Objects;

/**
 * {@code views}: zerothrift's rpc server whose handler indexes the call's args with the generated
 * view over the received frame (which checks them) and echoes the request's value as it came: the
 * reply's result struct links the value's bytes ({@link EncodedBytes}), decoding and re-encoding
 * nothing. zerothrift's client writes the request with the writers from the values held in memory,
 * and each caller reads every field of its reply through a view over the received frame, on its own
 * thread: with {@link ClientMode#BLOCKING} each caller has a {@link BlockingRpcClient} whose reader
 * runs on that thread anyway; with {@link ClientMode#SHARED} all callers share one {@link
 * RpcClient} whose event loop only matches replies to calls and hands each caller its reply.
 *
 * <p>Built on the rpc module's low-level API ({@link ServiceDefinition}, {@link
 * dev.zerothrift.rpc.server.MethodHandler}, {@link ServerCall}) rather than the generated {@code
 * Echo.ViewHandler}, whose dispatch makes new args views for every call (a handler may keep them
 * until it replies from another thread): this one replies before it returns, so each event loop
 * reuses one set. The args views are those of {@code EchoRequestArgs} and {@code EchoBatchArgs}
 * (rpcbench.thrift), field for field the methods' args structs. Binary protocol only: the reply's
 * value is found after the result struct's 3-byte field header.
 */
public final class ViewsRpc implements RpcImpl {
    private final ClientMode mode;
    private Fixture fixture;
    private RpcServer server;
    private RpcClient shared;

    ViewsRpc(ClientMode mode) {
        this.mode = mode;
    }

    @Override
    public void start(Fixture fixture) throws Exception {
        if (fixture.protocol() != dev.zerothrift.benchmarks.workload.Protocol.BINARY) {
            throw new IllegalArgumentException("the views RPC path here is binary only");
        }
        this.fixture = fixture;
        // handlers run on the server's event loops: one set of views and writers for each
        ThreadLocal<Handler> handlers = ThreadLocal.withInitial(Handler::new);
        ServiceDefinition echo =
                ServiceDefinition.builder(Echo.SERVICE_NAME)
                        .method("echoRequest", call -> handlers.get().echoRequest(call))
                        .method("echoBatch", call -> handlers.get().echoBatch(call))
                        .build();
        server = RpcServer.builder().defaultService(echo).idleTimeout(null).start();
        if (!mode.ownClient()) {
            shared = RpcClient.builder(server.address()).connect();
        }
    }

    /** On the thread that will call: a blocking client belongs to the thread that connects it. */
    @Override
    public Caller caller() throws Exception {
        return mode.ownClient()
                ? new ViewsCaller(fixture.value(), mode.connectBlocking(server.address()))
                : new ViewsCaller(fixture.value(), null);
    }

    @Override
    public void stop() throws Exception {
        if (shared != null) {
            shared.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The server side of one event loop thread. */
    private static final class Handler {
        private final EchoRequestArgsView requestArgs = new EchoRequestArgsView(Protocol.BINARY);
        private final EchoBatchArgsView batchArgs = new EchoBatchArgsView(Protocol.BINARY);

        void echoRequest(ServerCall call) {
            binaryOnly(call);
            Chain frame = call.request();
            int from = call.argsPosition();
            EchoRequestArgsView args = requestArgs.wrap(frame, from, frame.length() - from);
            if (!args.hasReq()) {
                throw missingArgument("req");
            }
            call.reply(out -> success(out, frame, args.valuePosition(0), args.valueEnd(0)));
        }

        void echoBatch(ServerCall call) {
            binaryOnly(call);
            Chain frame = call.request();
            int from = call.argsPosition();
            EchoBatchArgsView args = batchArgs.wrap(frame, from, frame.length() - from);
            if (!args.hasBatch()) {
                throw missingArgument("batch");
            }
            call.reply(out -> success(out, frame, args.valuePosition(0), args.valueEnd(0)));
        }

        /**
         * The result struct with field 0 (success) the request's value, {@code frame[from, end)},
         * passed through as it came: the echo decodes and copies nothing (the reply links the
         * request's blocks; see {@link EncodedBytes}).
         */
        private static void success(ProtocolWriter out, Chain frame, int from, int end) {
            out.writeStructBegin();
            out.writeFieldBegin(WireType.STRUCT, 0);
            EncodedBytes.write(out, frame, from, end - from);
            out.writeFieldStop();
            out.writeStructEnd();
        }

        private static ApplicationException missingArgument(String name) {
            return new ApplicationException(
                    ApplicationException.Type.PROTOCOL_ERROR, "argument " + name + " is missing");
        }

        private static void binaryOnly(ServerCall call) {
            if (call.protocol() != Protocol.BINARY) {
                throw new ApplicationException(
                        ApplicationException.Type.PROTOCOL_ERROR,
                        "this benchmark server reads the binary protocol only");
            }
        }
    }

    /**
     * One thread's caller: its writers, the reply views its calls' replies are read with, and its
     * blocking client (null: the shared one).
     */
    private final class ViewsCaller implements Caller {
        private final Values.Message value;
        private final BlockingRpcClient own;
        private final String method;
        private final RequestView.Writer requestWriter = new RequestView.Writer();
        private final BatchView.Writer batchWriter = new BatchView.Writer();
        private final RequestView replyRequest = new RequestView(Protocol.BINARY);
        private final BatchView replyBatch = new BatchView(Protocol.BINARY);
        private final ViewDigest digest = new ViewDigest();

        /** Takes the reply's chain on the event loop, to be read on the caller's thread. */
        private final ResponseReader<ClientReply> take =
                reply -> {
                    reply.takeResponse();
                    return reply;
                };

        /** Reads the reply in place: on the caller's thread, for a blocking client. */
        private final ResponseReader<Long> read = this::digest;

        ViewsCaller(Values.Message value, BlockingRpcClient own) {
            this.value = value;
            this.own = own;
            this.method = value instanceof Values.Batch ? "echoBatch" : "echoRequest";
        }

        @Override
        public Object echo() throws Exception {
            if (own != null) {
                return own.callBlocking(null, method, this::writeArgs, read);
            }
            ClientReply reply = RpcClient.await(shared.call(null, method, this::writeArgs, take));
            try {
                return digest(reply);
            } finally {
                reply.response().release();
            }
        }

        @Override
        public void check() throws Exception {
            Object reply =
                    own != null
                            ? own.callBlocking(null, method, this::writeArgs, this::pojo)
                            : RpcClient.await(
                                    shared.call(null, method, this::writeArgs, this::pojo));
            Object sent =
                    value instanceof Values.Batch b
                            ? Convert.batch(b)
                            : Convert.request((Values.Request) value);
            if (!Objects.equals(reply, sent)) {
                throw new IllegalStateException("views: the echo differs from the request");
            }
        }

        @Override
        public void close() {
            if (own != null) {
                own.close();
            }
        }

        /** The args struct: field 1, the message, written from the values. */
        private void writeArgs(ProtocolWriter out) {
            out.writeStructBegin();
            out.writeFieldBegin(WireType.STRUCT, 1);
            if (value instanceof Values.Batch b) {
                BatchView.Writer w = batchWriter.begin(out).beginRequests(b.requests().size());
                for (Values.Request r : b.requests()) {
                    Writers.request(r, requestWriter.begin(w.writer()));
                }
                w.end();
            } else {
                Writers.request((Values.Request) value, requestWriter.begin(out));
            }
            out.writeFieldStop();
            out.writeStructEnd();
        }

        /**
         * Reads every field of the reply's value through a view, on the caller's thread (for the
         * shared client, whose event loop only matches the reply to its call, after the hand-over),
         * as libthrift's callers decode theirs.
         */
        private Long digest(ClientReply reply) {
            Chain frame = reply.response();
            int from = valuePosition(reply);
            int length = frame.length() - from;
            return value instanceof Values.Batch
                    ? digest.batch(replyBatch.wrap(frame, from, length))
                    : digest.request(replyRequest.wrap(frame, from, length));
        }

        private Object pojo(ClientReply reply) {
            Chain frame = reply.response();
            int from = valuePosition(reply);
            int length = frame.length() - from;
            return value instanceof Values.Batch
                    ? replyBatch.wrap(frame, from, length).toPojo()
                    : replyRequest.wrap(frame, from, length).toPojo();
        }

        /** Where field 0 (success) of the binary result struct starts its value. */
        private static int valuePosition(ClientReply reply) {
            Chain frame = reply.response();
            int p = reply.resultPosition();
            if (frame.length() < p + 3
                    || frame.getByte(p) != WireType.STRUCT
                    || frame.getByte(p + 1) != 0
                    || frame.getByte(p + 2) != 0) {
                throw new ApplicationException(
                        ApplicationException.Type.MISSING_RESULT,
                        reply.method() + " failed: unknown result");
            }
            return p + 3;
        }
    }
}
