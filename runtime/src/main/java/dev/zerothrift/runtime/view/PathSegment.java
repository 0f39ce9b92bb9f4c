package dev.zerothrift.runtime.view;

/**
 * One step of the path to where indexing failed: a field of a struct, an element of a list or set,
 * or the key or value of a map entry. {@link StructView#failurePath()} gives the steps from the
 * root.
 */
public sealed interface PathSegment {
    /** Field {@code id} of a struct; {@code name} is null when the struct has no such field. */
    record Field(int id, String name) implements PathSegment {}

    /** Element {@code index} of a list or set. */
    record Element(int index) implements PathSegment {}

    /** The key ({@code value == false}) or value of map entry {@code index}. */
    record Entry(int index, boolean value) implements PathSegment {}
}
