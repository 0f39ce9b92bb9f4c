namespace java com.example.app

// The path it has inside dependency-idl-lib's jar.
include "com/example/lib/levels.thrift"

const levels.Level DEFAULT_LEVEL = levels.Level.INFO

enum Mode { QUIET, LOUD }
