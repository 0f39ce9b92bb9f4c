// The echo sample's service: a request-like struct sent and answered as it came.
namespace java dev.zerothrift.samples.echo

/** What is echoed: a few scalars, a text, numbers and bytes, like a typical request. */
struct Request {
  1: required i64 id
  2: string user
  3: i32 priority
  4: list<i64> values
  5: binary payload
}

/** Refused: the server says no (a declared exception). */
exception Refused {
  1: string reason
}

service Echo {
  /** Answers with the request, field by field; refuses a request whose user is "nobody". */
  Request echo(1: Request request) throws (1: Refused refused)
}
