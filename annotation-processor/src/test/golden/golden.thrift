// The golden files' IDL: one of each kind of generated class. Regenerate the expected files with
//   mvn -B -q -pl annotation-processor -am test -Dtest=GoldenFilesTest \
//       -Dsurefire.failIfNoSpecifiedTests=false -Dzerothrift.regenerateGolden=true
namespace java com.example.golden

/** A colour, as an enum. */
enum Shade { LIGHT = 1, DARK = 2 }

/** A point: fixed-size fields, a default, an optional. */
struct Point {
  1: required i32 x
  2: i32 y = 7
  3: optional string label
  4: Shade shade
  5: list<double> weights
}

union Shape {
  1: Point point
  2: list<Point> polygon
}

exception Oops {
  1: string message
}

const map<string, Shade> SHADES = {"light": Shade.LIGHT}

/** A service: the handlers, the view path and the client. */
service Canvas {
  Point move(1: Point from, 2: i32 dx) throws (1: Oops oops)
  oneway void clear()
}
