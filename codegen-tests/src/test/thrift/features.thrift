// What the functional tests of generated code exercise beyond workloads.thrift.
namespace java dev.zerothrift.codegentests.features

enum Color { RED = 1, GREEN = 2, BLUE = 3 }

/** Every kind of field presence, and defaults. */
struct Presence {
  1: required i32 id
  2: required string name
  3: optional i64 count
  4: optional string note
  5: i32 plain
  6: string label = "none"
  7: optional Color color
  8: double ratio = 0.5
  9: list<i32> numbers = [1, 2, 3]
}

union Choice {
  1: i32 number
  2: string text
  3: Presence presence
}

exception Failure {
  1: string message
  2: i32 code
}

/** Version 1 of a message... */
struct V1 {
  1: i64 id
}

/** ...and version 2, with fields V1 does not know. */
struct V2 {
  1: i64 id
  2: string added
  3: bool flag
  4: list<map<string, i32>> nested
  5: Color color
}

struct Nested {
  1: map<string, list<set<i64>>> deep
  2: list<Choice> choices
  3: set<Color> colors
  4: map<Color, binary> blobs
  5: optional Nested child
  6: uuid id
}

struct Keywords {
  1: i32 class
  2: string get_x
  3: string getX
  4: i32 hashCode
  5: bool set
}

const list<map<string, i32>> TABLE = [{"a": 1}, {"b": 2, "c": 3}]
const Presence DEFAULT_PRESENCE = {"id": 7, "name": "seven"}
const set<Color> WARM = [Color.RED]
