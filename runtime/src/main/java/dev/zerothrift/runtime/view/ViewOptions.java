package dev.zerothrift.runtime.view;

import dev.zerothrift.runtime.protocol.Limits;

import java.util.Objects;

/**
 * How a view indexes a message.
 *
 * @param limits nesting depth and message size (libthrift's defaults in {@link Limits#DEFAULT}).
 * @param strict when true, a known field with another wire type than the schema's and a field id
 *     that appears twice are errors; when false they are what libthrift makes of them: the
 *     wrong-typed field is kept as an unknown field and the last of the repeated ones wins. Either
 *     way a required field that is missing, a union with other than one field, and container
 *     elements of another wire type than the schema's are errors.
 * @param lazy when true, {@link StructView#wrap} only checks the range and the size limit, and the
 *     root struct's fields are walked on demand: the first read of a field walks the field headers
 *     from where the last walk stopped as far as that field (to the stop byte for an absent one),
 *     recording every field it passes, and a nested struct or container it passes is indexed whole.
 *     Bad bytes then fail with {@link dev.zerothrift.runtime.protocol.ProtocolException} in the
 *     read that reaches them (and in every later read that needs to go past them), not in {@code
 *     wrap}; {@link StructView#validate()} walks the rest at once. A root field id that appears
 *     twice is an error, as with {@code strict}, so that a value once read never changes. Editing a
 *     lazily indexed view indexes the rest of it first.
 */
public record ViewOptions(Limits limits, boolean strict, boolean lazy) {
    /** libthrift's behaviour and limits. */
    public static final ViewOptions DEFAULT = new ViewOptions(Limits.DEFAULT, false, false);

    /** Every departure from the schema is an error; libthrift's limits. */
    public static final ViewOptions STRICT = new ViewOptions(Limits.DEFAULT, true, false);

    /** libthrift's behaviour and limits, with the root's fields indexed on demand. */
    public static final ViewOptions LAZY = new ViewOptions(Limits.DEFAULT, false, true);

    public ViewOptions {
        Objects.requireNonNull(limits);
    }

    /** Eager options: the whole message is indexed by {@code wrap}. */
    public ViewOptions(Limits limits, boolean strict) {
        this(limits, strict, false);
    }

    /** These options, indexing on demand or not. */
    public ViewOptions withLazy(boolean lazy) {
        return new ViewOptions(limits, strict, lazy);
    }
}
