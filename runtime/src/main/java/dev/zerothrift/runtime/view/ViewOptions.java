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
 */
public record ViewOptions(Limits limits, boolean strict) {
    /** libthrift's behaviour and limits. */
    public static final ViewOptions DEFAULT = new ViewOptions(Limits.DEFAULT, false);

    /** Every departure from the schema is an error; libthrift's limits. */
    public static final ViewOptions STRICT = new ViewOptions(Limits.DEFAULT, true);

    public ViewOptions {
        Objects.requireNonNull(limits);
    }
}
