package dev.zerothrift.idl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared IDL corpus: its MANIFEST rows and the include path each file needs. */
final class Corpus {
    private Corpus() {}

    /** One MANIFEST row. */
    record Entry(String dir, String path, String dialect, String verdict) {
        Path file() {
            return root().resolve("idl").resolve(dir).resolve(path);
        }

        String id() {
            return dir + "/" + path;
        }

        /** Whether Apache 0.17 accepted it, or rejected it only because of uuid. */
        boolean shouldAccept() {
            return verdict.startsWith("OK") || verdict.contains("Type \"uuid\" not defined");
        }

        boolean apacheAccepted() {
            return verdict.startsWith("OK");
        }

        /** The include path the corpus README gives for this file. */
        List<Path> includePath() {
            Path idl = root().resolve("idl");
            List<Path> dirs = new ArrayList<>();
            dirs.add(idl.resolve(dir));
            switch (dir) {
                case "facebook__fbthrift" -> dirs.add(idl.resolve("facebook__fbthrift"));
                case "foursquare__fsqio" -> {
                    dirs.add(idl.resolve(dir).resolve("src/thrift"));
                    dirs.add(idl.resolve(dir).resolve("test/thrift"));
                }
                case "facebookarchive__scribe", "apache__kudu" ->
                        dirs.add(root().resolve("include-roots"));
                default -> {}
            }
            return dirs;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    static Path root() {
        String property = System.getProperty("zerothrift.corpus");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("../shared/corpus"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("corpus not found: set -Dzerothrift.corpus");
        }
        return dir.resolve("../shared/corpus").normalize();
    }

    static List<Entry> entries() {
        try {
            List<Entry> entries = new ArrayList<>();
            List<String> lines = Files.readAllLines(root().resolve("idl/MANIFEST.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.split("\t");
                String notes = columns[6];
                int at = notes.indexOf("thrift-0.17.0: ");
                String verdict = notes.substring(at + "thrift-0.17.0: ".length());
                int bar = verdict.indexOf(" | ");
                if (bar >= 0) {
                    verdict = verdict.substring(0, bar);
                }
                entries.add(new Entry(columns[0], columns[3], columns[5], verdict));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
