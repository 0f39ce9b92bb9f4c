/**
 * The RPC benchmark ({@link dev.zerothrift.benchmarks.rpc.RpcBench}): an echo of the workloads'
 * {@code request-1k} and {@code batch-20k} over loopback, framed binary, served and called by three
 * implementations side by side ({@link dev.zerothrift.benchmarks.rpc.RpcImpls}): zerothrift's rpc
 * module with views in the handler and the client ({@code views}), the same with the generated
 * POJOs ({@code pojo}), and Apache libthrift's {@code TThreadedSelectorServer} with framed blocking
 * clients ({@code libthrift}).
 */
package dev.zerothrift.benchmarks.rpc;
