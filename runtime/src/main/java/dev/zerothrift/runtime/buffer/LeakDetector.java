package dev.zerothrift.runtime.buffer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every {@link Block} taken and freed, and in strict mode remembers where each outstanding
 * one was taken.
 *
 * <p>The level is read once, from the system property {@value #PROPERTY}:
 *
 * <ul>
 *   <li>{@code simple} (the default): counters only ({@link #blocksTaken()}, {@link
 *       #blocksFreed()}, {@link #outstandingBlocks()}), a few uncontended adds per block;
 *   <li>{@code strict}: in addition, every block records a stack trace when taken and is kept in a
 *       registry until freed, so that {@link #outstandingSince(long)} can say where each leaked
 *       block came from, and a second release reports where the first one happened. Costly: for
 *       tests.
 * </ul>
 *
 * Per-pool counters are in {@link BlockPool#stats()}; these global ones also count blocks that wrap
 * memory of others (a caller's array, a Netty {@code ByteBuf}).
 */
public final class LeakDetector {
    /** System property choosing the level: {@code simple} (default) or {@code strict}. */
    public static final String PROPERTY = "zerothrift.leakDetection";

    private static final boolean STRICT = parseStrict(System.getProperty(PROPERTY, "simple"));

    private static final LongAdder TAKEN = new LongAdder();
    private static final LongAdder FREED = new LongAdder();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Map<Block, Leak> OUTSTANDING = new ConcurrentHashMap<>();

    private LeakDetector() {}

    private static boolean parseStrict(String level) {
        return switch (level.trim().toLowerCase(Locale.ROOT)) {
            case "strict", "paranoid" -> true;
            case "simple", "", "off", "disabled" -> false;
            default ->
                    throw new IllegalArgumentException(
                            "not a valid " + PROPERTY + ": " + level + " (simple or strict)");
        };
    }

    /** Whether blocks record where they were taken. */
    public static boolean isStrict() {
        return STRICT;
    }

    /** Blocks taken since the JVM started, over every pool and wrapper. */
    public static long blocksTaken() {
        return TAKEN.sum();
    }

    /** Blocks whose reference count reached zero since the JVM started. */
    public static long blocksFreed() {
        return FREED.sum();
    }

    /** Blocks taken and not yet freed (a snapshot; exact when no other thread is working). */
    public static long outstandingBlocks() {
        return TAKEN.sum() - FREED.sum();
    }

    /**
     * A mark to pass to {@link #outstandingSince(long)}: blocks taken after it are the ones a test
     * is responsible for.
     */
    public static long mark() {
        return SEQUENCE.get();
    }

    /**
     * The blocks taken after {@code mark} and not yet freed, oldest first. Always empty unless
     * {@link #isStrict()}.
     */
    public static List<Leak> outstandingSince(long mark) {
        List<Leak> leaks = new ArrayList<>();
        for (Leak leak : OUTSTANDING.values()) {
            if (leak.sequence() > mark) {
                leaks.add(leak);
            }
        }
        leaks.sort(Comparator.comparingLong(Leak::sequence));
        return leaks;
    }

    /**
     * Stops tracking the given leaks (after a test reported them) so that they are not reported
     * again. The blocks stay unreleased.
     */
    public static void forget(List<Leak> leaks) {
        for (Leak leak : leaks) {
            OUTSTANDING.values().remove(leak);
        }
    }

    /**
     * Throws {@link IllegalStateException} with a {@link #report} when blocks taken after {@code
     * mark} are still outstanding (strict mode; a no-op otherwise). For a server's shutdown check
     * or a test harness other than JUnit's.
     */
    public static void checkNoLeaksSince(long mark) {
        List<Leak> leaks = outstandingSince(mark);
        if (!leaks.isEmpty()) {
            throw new IllegalStateException(report(leaks));
        }
    }

    /** A readable report: one paragraph per leak, with the stack where the block was taken. */
    public static String report(List<Leak> leaks) {
        StringBuilder out = new StringBuilder();
        out.append(leaks.size()).append(leaks.size() == 1 ? " block" : " blocks").append(" leaked");
        for (Leak leak : leaks) {
            out.append("\n  #")
                    .append(leak.sequence())
                    .append(' ')
                    .append(leak.description())
                    .append(", taken at:");
            StackTraceElement[] frames = leak.takenAt().getStackTrace();
            int first = 0;
            while (first < frames.length - 1 && isInternal(frames[first])) {
                first++; // start the trace where the caller took the block
            }
            for (int i = first; i < frames.length; i++) {
                out.append("\n      at ").append(frames[i]);
            }
        }
        return out.toString();
    }

    private static boolean isInternal(StackTraceElement frame) {
        String name = frame.getClassName();
        return name.equals(LeakDetector.class.getName()) || name.equals(Block.class.getName());
    }

    /** Where an outstanding block was taken (strict mode). */
    public record Leak(long sequence, String description, Throwable takenAt) {}

    static void taken(Block block) {
        TAKEN.increment();
        if (STRICT) {
            long sequence = SEQUENCE.incrementAndGet();
            OUTSTANDING.put(
                    block,
                    new Leak(
                            sequence,
                            block.description(),
                            new Throwable("block #" + sequence + " taken")));
        }
    }

    static void freed(Block block) {
        FREED.increment();
        if (STRICT) {
            OUTSTANDING.remove(block);
        }
    }
}
