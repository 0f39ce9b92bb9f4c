package dev.zerothrift.benchmarks.workload;

import dev.zerothrift.benchmarks.workload.Values.Message;

/**
 * The workloads of {@code shared/bench/WORKLOADS.md}, by their {@code @Param} names, with the
 * binary-protocol size each one must have. Values are generated with seed 42; see {@link
 * Generator}.
 */
public enum Workload {
    MYTEST_1M("mytest-1m", 1_048_611),
    REQUEST_1K("request-1k", 1_024),
    BATCH_20K("batch-20k", 20_864),
    BATCH_6M("batch-6m", 6_291_152),
    WIDE_READ1("wide-read1", 1_241),
    BLOB_1M("blob-1m", 1_049_120),
    LISTS_64K("lists-64k", 1_310_745);

    /** The seed of every workload's generator. */
    public static final long SEED = 42;

    private final String id;
    private final int binarySize;

    Workload(String id, int binarySize) {
        this.id = id;
        this.binarySize = binarySize;
    }

    /** The name used in {@code @Param workload} and in reports. */
    public String id() {
        return id;
    }

    /** The size of the message in the binary protocol, as WORKLOADS.md fixes it. */
    public int binarySize() {
        return binarySize;
    }

    /** Generates this workload's values (deterministic: a fresh generator seeded with 42). */
    public Message generate() {
        Generator g = new Generator(SEED);
        return switch (this) {
            case MYTEST_1M -> g.myTest(131_072);
            case REQUEST_1K -> g.requestOfSize(REQUEST_1K.binarySize, 480);
            case BATCH_20K -> g.batch(26, BATCH_20K.binarySize);
            case BATCH_6M -> g.batch(7_807, BATCH_6M.binarySize);
            case WIDE_READ1 -> g.wide(8, 16);
            case BLOB_1M ->
                    Generator.withPayload(
                            g.requestOfSize(REQUEST_1K.binarySize, 480), g.payload(1 << 20));
            case LISTS_64K -> g.lists(65_536);
        };
    }

    /** Returns the workload named {@code id}. */
    public static Workload of(String id) {
        for (Workload w : values()) {
            if (w.id.equals(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("not a workload: " + id);
    }
}
