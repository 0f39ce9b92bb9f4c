/**
 * The server: {@link dev.zerothrift.rpc.server.RpcServer} and what generated service code targets.
 *
 * <h2>For generated service code</h2>
 *
 * A service is a {@link dev.zerothrift.rpc.server.ServiceDefinition}: a name and one {@link
 * dev.zerothrift.rpc.server.MethodHandler} per method ({@code oneway} ones marked), built from the
 * user's handler implementation; a service that {@code extends} another {@linkplain
 * dev.zerothrift.rpc.server.ServiceDefinition.Builder#inherit inherits} its methods.
 *
 * <pre>{@code
 * ServiceDefinition.builder("Calculator")
 *     .method("add", call -> {
 *         // POJO path: add_args args = add_args.fastRead(call.args());
 *         // view path: AddArgsView args = AddArgsView.over(call.request(), call.argsPosition());
 *         call.replyWhen(impl.add(args.a(), args.b()), (sum, error) ->
 *                 error == null ? out -> add_result.success(sum).fastWrite(out)
 *                 : error instanceof Overflow o                  // declared: result field 1
 *                         ? out -> add_result.overflow(o).fastWrite(out)
 *                 : null);                                        // else INTERNAL_ERROR
 *     })
 *     .oneway("log", call -> { impl.log(log_args.fastRead(call.args()).line()); call.reply(out -> {}); })
 *     .build();
 * }</pre>
 *
 * The handler reads the args struct from {@link dev.zerothrift.rpc.server.ServerCall#args()} (a
 * reader of the call's protocol positioned at it) or through a view over {@link
 * dev.zerothrift.rpc.server.ServerCall#request()} at {@link
 * dev.zerothrift.rpc.server.ServerCall#argsPosition()}, and completes the call exactly once: {@link
 * dev.zerothrift.rpc.server.ServerCall#reply reply(result)} writes a {@code REPLY} whose {@link
 * dev.zerothrift.rpc.StructWriter} writes the {@code method_result} struct straight into the
 * outgoing chain (field 0 for a result, the declared exception's field otherwise); {@link
 * dev.zerothrift.rpc.server.ServerCall#replyException} and {@link
 * dev.zerothrift.rpc.server.ServerCall#fail} send a {@code TApplicationException}. A {@code
 * ProtocolException} thrown while reading args becomes {@code PROTOCOL_ERROR}; any other exception
 * {@code INTERNAL_ERROR "Internal error processing <method>"}, as libthrift's processors do.
 *
 * <h2>Dispatch</h2>
 *
 * {@code Service:method} goes to the service registered under that name, a bare name to the default
 * service. Unknown services and methods get {@code UNKNOWN_METHOD}; a {@code CALL} to a oneway
 * method (or a {@code REPLY} sent to the server) {@code INVALID_MESSAGE_TYPE}; nothing is ever sent
 * back for a {@code ONEWAY} message. A reply carries the bare method name, as libthrift's
 * multiplexed processor writes it.
 */
package dev.zerothrift.rpc.server;
