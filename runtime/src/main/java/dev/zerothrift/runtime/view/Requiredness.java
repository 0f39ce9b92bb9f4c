package dev.zerothrift.runtime.view;

/** What a field declares about its presence, as in the IDL. */
public enum Requiredness {
    /** {@code required}: must be present; a view over a struct without it fails to index. */
    REQUIRED,
    /** {@code optional}: may be absent; {@code has} tells. */
    OPTIONAL,
    /** No keyword: written by libthrift whenever set, may be absent when read. */
    DEFAULT
}
