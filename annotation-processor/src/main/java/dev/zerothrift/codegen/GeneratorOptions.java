package dev.zerothrift.codegen;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the generator produces, shared by every driver.
 *
 * @param artifacts the kinds of code to generate besides enums, constants and POJOs' plain parts.
 * @param fieldOrder the order in which fast codecs and builders write fields.
 * @param includedPrograms whether included programs get code too, not only the roots (off when the
 *     included IDL's code comes from elsewhere, such as a dependency jar).
 */
public record GeneratorOptions(
        Set<Artifact> artifacts, FieldOrder fieldOrder, boolean includedPrograms) {
    /** A kind of generated code. */
    public enum Artifact {
        /**
         * POJOs with precomputed length and single-allocation {@code fastWrite}/{@code fastRead}.
         */
        FAST_CODECS,
        /** Zero-copy views and builders over the buffer chain. */
        VIEWS,
        /** Service interfaces, clients and dispatchers for the rpc module. */
        SERVICES
    }

    /** The order of fields on the wire. */
    public enum FieldOrder {
        /**
         * Fixed-size fields first, then the others, each group in IDL order (the Kitex reordering:
         * fixed-size writes need no length checks between them). Binary protocol only: compact
         * codecs write IDL order whatever the option, since no compact field has a fixed size and a
         * lower id than the one before costs a longer field header.
         */
        FIXED_FIRST,
        /** IDL order: byte-identical to what libthrift writes for the same value. */
        IDL
    }

    public GeneratorOptions {
        artifacts = artifacts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(artifacts));
    }

    /** Everything, fixed-size fields first, roots only. */
    public static GeneratorOptions defaults() {
        return new GeneratorOptions(
                EnumSet.allOf(Artifact.class),
                FieldOrder.FIXED_FIRST,
                /* includedPrograms= */ false);
    }

    public boolean generates(Artifact artifact) {
        return artifacts.contains(artifact);
    }

    public GeneratorOptions withArtifacts(Set<Artifact> artifacts) {
        return new GeneratorOptions(artifacts, fieldOrder, includedPrograms);
    }

    public GeneratorOptions withFieldOrder(FieldOrder fieldOrder) {
        return new GeneratorOptions(artifacts, fieldOrder, includedPrograms);
    }

    public GeneratorOptions withIncludedPrograms(boolean includedPrograms) {
        return new GeneratorOptions(artifacts, fieldOrder, includedPrograms);
    }
}
