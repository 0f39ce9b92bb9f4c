package dev.zerothrift.idl.schema;

/** What a field declares about its presence. */
public enum Requiredness {
    /** {@code required}: always written, must be present when read. */
    REQUIRED,
    /** {@code optional}: written only when set. Union members are always optional. */
    OPTIONAL,
    /** No keyword: Apache's "opt-in, req-out", always written, may be absent when read. */
    DEFAULT
}
