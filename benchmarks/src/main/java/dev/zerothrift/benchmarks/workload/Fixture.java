package dev.zerothrift.benchmarks.workload;

import dev.zerothrift.benchmarks.workload.Values.Batch;
import dev.zerothrift.benchmarks.workload.Values.Message;

import java.util.Locale;

/**
 * One workload in one protocol: its values and their encoding, the bytes every implementation
 * decodes. Built once per benchmark trial, outside the measured methods.
 *
 * @param workload the workload.
 * @param protocol the protocol of {@code wire}.
 * @param value the values, in no implementation's form.
 * @param wire {@code value} encoded in IDL field order, as libthrift encodes it; never mutated.
 */
public record Fixture(Workload workload, Protocol protocol, Message value, byte[] wire) {

    /**
     * Generates the workload and encodes it, checking the binary size against WORKLOADS.md.
     *
     * @throws IllegalStateException if the generated message does not have its fixed size.
     */
    public static Fixture of(Workload workload, Protocol protocol) {
        Message value = workload.generate();
        int binary = Wire.encode(value, Protocol.BINARY).length;
        if (binary != workload.binarySize()) {
            throw new IllegalStateException(
                    String.format(
                            "workload %s is %,d bytes in the binary protocol, not the %,d of"
                                    + " WORKLOADS.md",
                            workload.id(), binary, workload.binarySize()));
        }
        return new Fixture(workload, protocol, value, Wire.encode(value, protocol));
    }

    /** One line for the benchmark log: what this fixture holds and how large it is. */
    public String describe() {
        String shape =
                value instanceof Batch b
                        ? String.format(Locale.ROOT, ", %,d requests", b.requests().size())
                        : "";
        return String.format(
                Locale.ROOT,
                "workload %s (%s%s): %,d bytes",
                workload.id(),
                protocol.id(),
                shape,
                wire.length);
    }
}
