namespace java com.example.colors

include "levels.thrift"

/** Primary colours. */
enum Color { RED = 1, GREEN = 2, BLUE = 3 }
