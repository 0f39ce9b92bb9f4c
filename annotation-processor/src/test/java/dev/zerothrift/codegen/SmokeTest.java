package dev.zerothrift.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class SmokeTest {
    @Test
    void workloads() {
        Generated g =
                Generated.of(
                        Generated.load(Shared.workloads(), List.of()), GeneratorOptions.defaults());
        System.out.println(
                g.files.stream()
                        .filter(f -> f.typeSpec().name().equals("Request"))
                        .findFirst()
                        .get());
        assertTrue(g.compiled(), g::report);
    }
}
