package dev.zerothrift.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every benchmark class of the suite forks with the same memory flags: a fixed heap that the JVM
 * touches before the first warm-up (CodecBench's comment says why). Annotations cannot share an
 * array constant, so each {@code @Fork} spells the flags out; this test keeps them the same.
 */
class ForkFlagsTest {
    private static final List<String> MEMORY_FLAGS =
            List.of("-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages");

    @Test
    void everyForkPreTouchesTheSameFixedHeap() throws Exception {
        List<Class<?>> forked = forkedBenchmarkClasses();
        assertTrue(forked.size() >= 8, "benchmark classes found: " + forked);
        for (Class<?> c : forked) {
            List<String> flags = List.of(c.getAnnotation(Fork.class).jvmArgsAppend());
            assertEquals(
                    MEMORY_FLAGS,
                    flags.stream().filter(f -> f.startsWith("-X")).toList(),
                    c.getSimpleName() + "'s @Fork memory flags");
        }
    }

    /** The classes of this module (not JMH's generated ones) that carry {@code @Fork}. */
    private static List<Class<?>> forkedBenchmarkClasses()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path root =
                Path.of(
                        CodecBench.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI());
        List<Class<?>> forked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = root.relativize(file).toString().replace('/', '.');
                if (!name.endsWith(".class")
                        || name.contains("jmh_generated")
                        || !name.startsWith("dev.zerothrift.benchmarks.")) {
                    continue;
                }
                // not initialised: some benchmark classes build their workloads statically
                Class<?> c =
                        Class.forName(
                                name.substring(0, name.length() - ".class".length()),
                                false,
                                ForkFlagsTest.class.getClassLoader());
                if (c.isAnnotationPresent(Fork.class)) {
                    forked.add(c);
                }
            }
        }
        return forked;
    }
}
