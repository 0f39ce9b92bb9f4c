package dev.zerothrift.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The implementations under test, by {@code @Param impl} name. Each is the class named here, with a
 * public no-argument constructor; an implementation whose class is not on the classpath is absent
 * (libthrift without a thrift compiler at build time; fastcodec and views until their generators
 * exist). {@link #main} prints the present ones for {@code benchmarks/run}.
 */
public final class Impls {
    /** In report order. */
    private static final Map<String, String> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put("views", "dev.zerothrift.benchmarks.views.ViewsImpl");
        CLASSES.put("fastcodec", "dev.zerothrift.benchmarks.fastcodec.FastcodecImpl");
        CLASSES.put("libthrift", "dev.zerothrift.benchmarks.libthrift.LibthriftImpl");
    }

    private Impls() {}

    /** Every implementation name, present or not, in report order. */
    public static List<String> names() {
        return List.copyOf(CLASSES.keySet());
    }

    /** The names of the implementations built into this classpath, in report order. */
    public static List<String> available() {
        List<String> present = new ArrayList<>();
        for (String name : CLASSES.keySet()) {
            if (find(name).isPresent()) {
                present.add(name);
            }
        }
        return present;
    }

    /** The implementation named {@code name}, if it is built. */
    public static Optional<Impl> find(String name) {
        String className = CLASSES.get(name);
        if (className == null) {
            throw new IllegalArgumentException("not an implementation: " + name);
        }
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        try {
            return Optional.of((Impl) type.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className, e);
        }
    }

    /** The implementation named {@code name}; fails with a message saying why it is absent. */
    public static Impl get(String name) {
        return find(name)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "implementation "
                                                + name
                                                + " is not built into these benchmarks ("
                                                + CLASSES.get(name)
                                                + " is absent"
                                                + (name.equals("libthrift")
                                                        ? ": no thrift compiler at build time"
                                                        : "")
                                                + "); present: "
                                                + available()));
    }

    /** Prints the present implementations, comma-separated, for {@code -p impl=...}. */
    public static void main(String[] args) {
        System.out.println(String.join(",", available()));
    }
}
