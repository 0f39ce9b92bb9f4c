namespace java com.example.api

// Found through the source directory, which is on the include path.
include "common/types.thrift"
// Found through <includeDirectories>; it gets no code of its own by default.
include "org/units.thrift"

const types.Status DEFAULT_STATUS = types.Status.ACTIVE

enum Priority { LOW, HIGH }
