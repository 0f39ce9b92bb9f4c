package dev.zerothrift.benchmarks.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Two rows of a real {@code full} run, as JMH wrote them (3 forks each, with {@code -prof gc}):
 * CodecBench.decode, views, binary, request-1k (error 6.4%) and batch-20k (5.3%).
 */
final class ThreeForkRun {
    private ThreeForkRun() {}

    /** A fresh copy of the two rows, for the test to change. */
    static JsonArray rows() throws IOException {
        try (InputStream in =
                ThreeForkRun.class.getResourceAsStream("/report/jmh-three-forks.json")) {
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonArray();
        }
    }
}
