// Services for the generated service code's tests: void, non-void, oneway, throws, extends.
namespace java dev.zerothrift.codegentests.services

struct Item {
  1: required i64 id
  2: string name
  3: list<i64> tags
}

exception NotFound {
  1: string message
  2: i64 id
}

exception Invalid {
  1: string message
}

service Base {
  /** Answers with what it was sent. */
  string ping(1: string text)
  void reset()
}

service Store extends Base {
  Item get(1: i64 id) throws (1: NotFound notFound, 2: Invalid invalid)
  void put(1: Item item, 2: bool overwrite) throws (1: Invalid invalid)
  i32 count()
  list<Item> find(1: string prefix, 2: i32 limit)
  oneway void log(1: string line)
  /** Throws something undeclared, so that the client gets INTERNAL_ERROR. */
  i64 crash(1: string why)
}

// Function names that clash with Object's methods or with the names generated for others.
service Clashes {
  i32 hashCode()
  string toString(1: string text)
  void wait()
  i32 x(1: i32 value)
  i32 xAsync(1: i32 value)
  i32 xView(1: i32 value)
  bool equals(1: i32 other)
}
