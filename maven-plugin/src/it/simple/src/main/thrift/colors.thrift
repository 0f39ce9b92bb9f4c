namespace java com.example.simple

/** The colours a simple project knows. */
enum Color {
  RED = 1,
  GREEN = 2,
  BLUE = 3
}
