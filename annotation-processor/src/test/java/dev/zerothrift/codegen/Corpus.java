package dev.zerothrift.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared IDL corpus: its MANIFEST rows and the include path each file needs (as the corpus
 * README and the idl-parser's own corpus test give them).
 */
final class Corpus {
    private Corpus() {}

    /** One MANIFEST row. */
    record Entry(String dir, String path, String verdict) {
        Path file() {
            return Shared.root().resolve("corpus/idl").resolve(dir).resolve(path);
        }

        /** Whether the front end accepts it: Apache 0.17 did, or rejected it only for uuid. */
        boolean accepted() {
            return verdict.startsWith("OK") || verdict.contains("Type \"uuid\" not defined");
        }

        List<Path> includePath() {
            Path idl = Shared.root().resolve("corpus/idl");
            List<Path> dirs = new ArrayList<>();
            dirs.add(idl.resolve(dir));
            switch (dir) {
                case "facebook__fbthrift" -> dirs.add(idl.resolve("facebook__fbthrift"));
                case "foursquare__fsqio" -> {
                    dirs.add(idl.resolve(dir).resolve("src/thrift"));
                    dirs.add(idl.resolve(dir).resolve("test/thrift"));
                }
                case "facebookarchive__scribe", "apache__kudu" ->
                        dirs.add(Shared.root().resolve("corpus/include-roots"));
                default -> {}
            }
            return dirs;
        }

        @Override
        public String toString() {
            return dir + "/" + path;
        }
    }

    /** The rows the front end accepts. */
    static List<Entry> accepted() {
        try {
            List<Entry> entries = new ArrayList<>();
            List<String> lines =
                    Files.readAllLines(Shared.root().resolve("corpus/idl/MANIFEST.tsv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.split("\t");
                String notes = columns[6];
                int at = notes.indexOf("thrift-0.17.0: ");
                String verdict = notes.substring(at + "thrift-0.17.0: ".length());
                Entry entry = new Entry(columns[0], columns[3], verdict);
                if (entry.accepted()) {
                    entries.add(entry);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
