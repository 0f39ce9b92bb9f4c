/**
 * The clients: {@link dev.zerothrift.rpc.client.RpcClient}, one connection carrying many calls at
 * once from any threads, matched by seq id on its event loop; and {@link
 * dev.zerothrift.rpc.client.BlockingRpcClient}, one connection of one thread, which does the I/O of
 * its own calls, one at a time (a Netty {@code ManualIoEventLoop} that the caller runs while it
 * waits). Both are {@link dev.zerothrift.rpc.client.RpcCaller}s, which generated clients take.
 *
 * <h2>Which</h2>
 *
 * <table>
 *   <caption>Wake-ups per call with one call in flight, client side</caption>
 *   <tr><th>client</th><th>what happens</th><th>wake-ups</th></tr>
 *   <tr><td>{@code RpcClient}</td><td>the caller hands the call to the event loop (wakes it), the
 *       event loop writes, wakes on the reply, completes the future (wakes the caller)</td>
 *       <td>3</td></tr>
 *   <tr><td>{@code BlockingRpcClient}</td><td>the caller writes, waits in the selector, reads the
 *       reply and runs the reader itself</td><td>1</td></tr>
 * </table>
 *
 * A thread that makes one call at a time (a lone caller, or a pool of one client per thread, as
 * libthrift's clients are used) pays less latency with a {@code BlockingRpcClient}; many threads
 * calling at once do better sharing one {@code RpcClient}, whose event loop writes and reads their
 * calls in batches (RpcBench, 2 cores: 1.5-2x the QPS of a blocking client per thread at 16 and 64
 * callers; see benchmarks/README.md).
 *
 * <h2>For generated client code</h2>
 *
 * A generated client method encodes its {@code method_args} struct with a {@link
 * dev.zerothrift.rpc.StructWriter} and decodes the {@code method_result} struct with a {@link
 * dev.zerothrift.rpc.client.ResponseReader}:
 *
 * <pre>{@code
 * CompletableFuture<Integer> add(int a, int b) {
 *     return client.call("Calculator", "add",                  // null service: bare name
 *             out -> new add_args(a, b).fastWrite(out),
 *             reply -> {
 *                 add_result r = add_result.fastRead(reply.result());
 *                 if (r.isSetSuccess()) return r.success();
 *                 if (r.overflow() != null) throw r.overflow();   // the declared exception
 *                 throw new ApplicationException(MISSING_RESULT, "add failed: unknown result");
 *             });
 * }
 * int addBlocking(int a, int b) throws Overflow, ... { return RpcClient.await(add(a, b)); }
 * }</pre>
 *
 * The reader runs on the connection's event loop ({@code BlockingRpcClient}: the calling thread);
 * what it throws fails the future. A view-based reader reads over {@link
 * dev.zerothrift.rpc.client.ClientReply#response()} at {@link
 * dev.zerothrift.rpc.client.ClientReply#resultPosition()}, and takes the chain with {@link
 * dev.zerothrift.rpc.client.ClientReply#takeResponse()} when the view must outlive the reader.
 * Oneway methods call {@link dev.zerothrift.rpc.client.RpcClient#oneway}.
 *
 * <h2>Matching</h2>
 *
 * Seq ids are allocated per client, never reused while a call with the same id is pending or
 * abandoned. A reply is delivered only to the pending call of its seq id; a reply to a timed-out or
 * cancelled call is dropped (its buffer released); any other seq id (libthrift's {@code
 * BAD_SEQUENCE_ID}) fails every pending call with a {@link
 * dev.zerothrift.rpc.ConnectionClosedException} caused by that {@link
 * dev.zerothrift.rpc.ApplicationException} and closes the connection, because the stream can no
 * longer be trusted. A reply whose method name is not the call's fails that call with {@code
 * WRONG_METHOD_NAME}; one of another message type, with {@code INVALID_MESSAGE_TYPE}.
 */
package dev.zerothrift.rpc.client;
