package dev.zerothrift.processor;

/** The qualified names of the annotations the processor reads (they live in the runtime). */
final class AnnotationNames {
    private static final String PACKAGE = "dev.zerothrift.runtime.annotations.";

    static final String IDL = PACKAGE + "ThriftIdl";
    static final String PROGRAM = PACKAGE + "ThriftProgram";
    static final String STRUCT = PACKAGE + "ThriftStruct";
    static final String FIELD = PACKAGE + "ThriftField";
    static final String ENUM = PACKAGE + "ThriftEnum";
    static final String ENUM_VALUE = PACKAGE + "ThriftEnumValue";
    static final String SERVICE = PACKAGE + "ThriftService";
    static final String METHOD = PACKAGE + "ThriftMethod";

    private AnnotationNames() {}
}
