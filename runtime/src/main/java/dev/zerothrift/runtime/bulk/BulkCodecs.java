package dev.zerothrift.runtime.bulk;

import java.util.Optional;

/**
 * Chooses the {@link BulkCodec} the runtime uses, once, when this class is loaded.
 *
 * <p>The choice is {@link #selected()}: the Vector API implementation when the {@code
 * jdk.incubator.vector} module is in the boot layer (the JVM was started with {@code --add-modules
 * jdk.incubator.vector}) and {@link #PREFER_VECTOR} says it is the faster one, the scalar one
 * otherwise. The system property {@value #PROPERTY} forces it: {@code scalar}, {@code vector}
 * (scalar still, when the module is absent), or {@code auto} (the default).
 *
 * <p><b>Why a committed decision and not a calibration at class load.</b> A calibration that means
 * anything has to run both loops until C2 has compiled them (tens of milliseconds of startup, on
 * the thread that first touches a list), and on a loaded machine its result is noise: two runs of
 * the same process could pick different paths, which makes performance irreproducible. Instead,
 * {@code BulkListBench} in the benchmarks module measures both against {@code System.arraycopy};
 * its result is recorded here and in {@link #PREFER_VECTOR}, and re-running it on a new machine is
 * how the choice is revisited. Measured on our machines (AMD EPYC with AVX-512, JDK 25, 2 cores,
 * {@code BulkListBench}, {@code -f 1 -wi 3 -i 5}, 1 s iterations, idle machine, 2026-12-01): on
 * plain arrays the two are even for i32 and i64 (both at {@code System.arraycopy} speed: i64 65,536
 * encode 12.3 vs 12.5 us, arraycopy 11.9 us) and the vector loop wins for doubles (encode 15.5 vs
 * 51.7 us, decode 13.2 vs 23.9 us); through sink and source windows it wins everywhere (i32 encode
 * 6.1 vs 36.7 us, i64 decode 12.2 vs 31.3 us, against an arraycopy of 5.0 and 11.9 us). So the
 * vector codec is preferred.
 */
public final class BulkCodecs {
    /**
     * The system property that forces an implementation: {@code auto}, {@code scalar} or {@code
     * vector}.
     */
    public static final String PROPERTY = "zerothrift.bulk";

    /** What {@code BulkListBench} found faster, used when {@value #PROPERTY} is {@code auto}. */
    static final boolean PREFER_VECTOR = true;

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_CLASS = "dev.zerothrift.runtime.bulk.VectorBulkCodec";

    private static final BulkCodec VECTOR = loadVector();
    private static final BulkCodec SELECTED = select(System.getProperty(PROPERTY, "auto"));

    private BulkCodecs() {}

    /** The implementation the runtime uses. */
    public static BulkCodec selected() {
        return SELECTED;
    }

    /** The scalar {@code VarHandle} implementation, always available. */
    public static BulkCodec scalar() {
        return ScalarBulkCodec.INSTANCE;
    }

    /** The Vector API implementation, or empty when {@code jdk.incubator.vector} is absent. */
    public static Optional<BulkCodec> vector() {
        return Optional.ofNullable(VECTOR);
    }

    private static BulkCodec select(String property) {
        boolean vector =
                switch (property) {
                    case "scalar" -> false;
                    case "vector" -> true;
                    default -> PREFER_VECTOR;
                };
        return vector && VECTOR != null ? VECTOR : ScalarBulkCodec.INSTANCE;
    }

    /**
     * Loads the vector implementation by name, so that nothing refers to it (and to the module it
     * needs) when the module is absent.
     */
    private static BulkCodec loadVector() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return null;
        }
        try {
            return (BulkCodec)
                    Class.forName(VECTOR_CLASS, true, BulkCodecs.class.getClassLoader())
                            .getDeclaredConstructor()
                            .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            // The module is there but the class cannot run (a JDK whose incubating API changed):
            // the scalar path is correct everywhere, so it is the safe answer.
            return null;
        }
    }
}
