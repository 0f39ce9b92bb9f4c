package dev.zerothrift.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful generation saw and wrote, kept in a text file under {@code target/}: the
 * settings (generator version and options, include path), the content hash of every input (sources,
 * every {@code .thrift} file on the include path, every file actually loaded) and of every
 * generated file. A build whose freshly computed state equals the recorded one has nothing to do.
 *
 * <p>The file is one entry per line, {@code kind TAB key TAB value}, sorted, so it diffs well and
 * two equal states are equal files.
 *
 * @param settings everything besides files that changes the output.
 * @param inputs content hash of each input file, by absolute path.
 * @param outputs content hash of each generated file, by absolute path.
 */
record BuildState(
        Map<String, String> settings, Map<Path, String> inputs, Map<Path, String> outputs) {
    private static final String HEADER =
            "# zerothrift build state: the sources are regenerated when any line would differ";

    BuildState {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
        outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
    }

    /** The recorded state, or empty when there is none or it cannot be read as one. */
    static Optional<BuildState> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> settings = new TreeMap<>();
        Map<Path, String> inputs = new TreeMap<>();
        Map<Path, String> outputs = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) {
                return Optional.empty(); // not ours or damaged: regenerate
            }
            switch (parts[0]) {
                case "setting" -> settings.put(parts[1], parts[2]);
                case "input" -> inputs.put(Path.of(parts[1]), parts[2]);
                case "output" -> outputs.put(Path.of(parts[1]), parts[2]);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new BuildState(settings, inputs, outputs));
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        settings.forEach((k, v) -> lines.add("setting\t" + k + "\t" + v));
        inputs.forEach((k, v) -> lines.add("input\t" + k + "\t" + v));
        outputs.forEach((k, v) -> lines.add("output\t" + k + "\t" + v));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
