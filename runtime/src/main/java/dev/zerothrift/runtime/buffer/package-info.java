/**
 * The buffer chain: pooled, reference-counted {@code byte[]} blocks and the chains of windows onto
 * them that hold messages.
 *
 * <ul>
 *   <li>{@link dev.zerothrift.runtime.buffer.BlockPool} hands out power-of-two {@link
 *       dev.zerothrift.runtime.buffer.Block}s and takes their arrays back when their count reaches
 *       zero.
 *   <li>{@link dev.zerothrift.runtime.buffer.Chain} is the message: nodes over blocks (or over a
 *       caller's arrays, never copied), with absolute big-endian access, zero-copy slices, in-place
 *       replacement of a range, and NIO reads and gathering writes.
 *   <li>{@link dev.zerothrift.runtime.buffer.ChainSink} and {@link
 *       dev.zerothrift.runtime.buffer.ChainSource} are the chain's {@code ByteSink} and {@code
 *       ByteSource}, what encoders and decoders use.
 *   <li>{@link dev.zerothrift.runtime.buffer.LeakDetector} counts blocks and, with {@code
 *       -Dzerothrift.leakDetection=strict}, remembers where each outstanding one was taken.
 * </ul>
 *
 * System properties, each read once: {@code zerothrift.leakDetection} ({@code simple} or {@code
 * strict}) and {@code zerothrift.disableBoundsChecks} ({@code true} to drop the chain's own
 * position checks).
 */
package dev.zerothrift.runtime.buffer;
