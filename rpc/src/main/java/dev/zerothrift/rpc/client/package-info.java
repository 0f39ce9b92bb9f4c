/**
 * The client: {@link dev.zerothrift.rpc.client.RpcClient}, one connection carrying many calls at
 * once, matched by seq id.
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
 * The reader runs on the connection's event loop; what it throws fails the future. A view-based
 * reader reads over {@link dev.zerothrift.rpc.client.ClientReply#response()} at {@link
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
