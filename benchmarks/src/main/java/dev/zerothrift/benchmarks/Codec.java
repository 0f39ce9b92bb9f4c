package dev.zerothrift.benchmarks;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The measured operations of one implementation on one {@link
 * dev.zerothrift.benchmarks.workload.Fixture}, as WORKLOADS.md defines them. An implementation
 * prepares everything when the codec is created (outside the measured methods) and reuses its
 * buffers across calls the way a real user would; pooled buffers taken inside a method are released
 * inside it, or kept by a buffer reused for the next call (a cleared chain keeps its blocks for the
 * next message), so every call is a steady-state cycle. Every method consumes what it reads into
 * the {@link Blackhole}, so nothing can be optimized away.
 */
public interface Codec {

    /**
     * From the values held in memory (this implementation's objects, built at setup) to encoded
     * bytes in a buffer ready to send.
     *
     * @return the number of bytes encoded.
     */
    int encode(Blackhole bh) throws Exception;

    /**
     * From the received bytes ({@code Fixture.wire}) to every field read once (strings as String).
     */
    void decode(Blackhole bh) throws Exception;

    /**
     * Builds the message from the fixture's values, encodes it, copies it into a receive buffer,
     * decodes that, and reads every field.
     */
    void roundtrip(Blackhole bh) throws Exception;

    /** From the received bytes of {@code wide-read1} to the value of field 37 ({@code f37}). */
    void read1(Blackhole bh) throws Exception;
}
