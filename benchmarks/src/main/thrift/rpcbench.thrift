// The RPC benchmark's service (RpcBench): an echo of the workloads' Request and
// Batch, whose types come from the shared workloads.thrift (on the include path).
include "workloads.thrift"

namespace java bench.rpc

service Echo {
  workloads.Request echoRequest(1: workloads.Request req)
  workloads.Batch echoBatch(1: workloads.Batch batch)
}

// The args structs of Echo's two methods, field for field (same names, ids and
// types): the views handler wraps their views over a received call's args, until
// the generator writes views of the args structs themselves.
struct EchoRequestArgs {
  1: workloads.Request req
}

struct EchoBatchArgs {
  1: workloads.Batch batch
}
