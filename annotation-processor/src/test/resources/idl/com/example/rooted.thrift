namespace java com.example.rooted

// Written from the root the annotation's path is relative to, not from this file's directory.
include "idl/com/example/levels.thrift"

const levels.Level DEFAULT_LEVEL = levels.Level.HIGH

enum Rooted { YES }
