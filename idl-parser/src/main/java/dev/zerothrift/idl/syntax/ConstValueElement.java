package dev.zerothrift.idl.syntax;

import dev.zerothrift.idl.Location;

import java.util.List;

/** A constant value as written, before it is checked against a type. */
public sealed interface ConstValueElement {
    Location location();

    /** An integer literal, decimal or hex; {@code true} and {@code false} are 1 and 0 here. */
    record IntLiteral(Location location, long value, String text) implements ConstValueElement {}

    /** A literal with a fraction or exponent. */
    record DoubleLiteral(Location location, double value, String text)
            implements ConstValueElement {}

    /** A string literal with its escapes already decoded. */
    record StringLiteral(Location location, String value) implements ConstValueElement {}

    /**
     * A name: another constant, or an enum member ({@code Enum.MEMBER}, {@code inc.Enum.MEMBER}).
     */
    record Identifier(Location location, String name) implements ConstValueElement {}

    /** {@code [a, b]}: a list or a set, depending on the type it is assigned to. */
    record ListLiteral(Location location, List<ConstValueElement> elements)
            implements ConstValueElement {}

    /** {@code {k: v}}: a map, or a struct when the keys are field names. */
    record MapLiteral(Location location, List<Entry> entries) implements ConstValueElement {}

    /** One {@code key: value} pair of a {@link MapLiteral}. */
    record Entry(ConstValueElement key, ConstValueElement value) {}
}
