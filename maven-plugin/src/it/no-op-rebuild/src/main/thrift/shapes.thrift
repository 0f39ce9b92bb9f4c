namespace java com.example.noop

enum Shape { CIRCLE, SQUARE }
