// The IDL twin of JavaFirstTest's Java-first types.
namespace java com.example.shapes.thrift

enum Kind { CIRCLE = 1, SQUARE, TRIANGLE = 10 }

struct Point {
  1: required i32 x
  2: i32 y
  3: optional string label
}

struct Shape {
  1: required Kind kind
  2: list<Point> points
  3: map<string, double> attributes
  4: set<i64> tags
  5: binary data
  6: optional uuid id
  7: bool filled
  8: i8 layer
  9: i16 weight
  10: list<map<string, list<binary>>> nested
}

union Fill {
  1: string color
  2: binary pattern
}

exception ShapeError {
  1: string message
  2: i32 code
}

service Versioned {
  i32 version()
}

service Shapes extends Versioned {
  Shape get(1: i32 id)
  void put(1: Shape shape, 2: bool replace)
  oneway void ping()
}
