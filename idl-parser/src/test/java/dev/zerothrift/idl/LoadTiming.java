package dev.zerothrift.idl;

import java.util.List;

/**
 * Measures parsing and linking in a warm JVM: the largest corpus file (NoteStore.thrift, 169 KB,
 * with its includes) and the whole corpus. Not a test; run its main on the test class path.
 */
final class LoadTiming {
    private LoadTiming() {}

    public static void main(String[] args) {
        List<Corpus.Entry> entries = Corpus.entries();
        Corpus.Entry largest =
                entries.stream()
                        .filter(e -> e.path().endsWith("src/NoteStore.thrift"))
                        .findFirst()
                        .orElseThrow();
        for (int i = 0; i < 30; i++) {
            entries.forEach(CorpusTest::load);
        }
        int runs = 50;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            CorpusTest.load(largest);
        }
        double largestMs = (System.nanoTime() - start) / 1e6 / runs;
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            entries.forEach(CorpusTest::load);
        }
        double corpusMs = (System.nanoTime() - start) / 1e6 / runs;
        String text;
        try {
            text = java.nio.file.Files.readString(largest.file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            dev.zerothrift.idl.internal.SyntaxBuilder.parse(
                    largest.file(), text, new dev.zerothrift.idl.internal.ErrorCollector());
        }
        double parseMs = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("parsing NoteStore.thrift alone (no linking): %.2f ms%n", parseMs);
        System.out.printf(
                "largest file (NoteStore.thrift + includes): %.2f ms per load%n"
                        + "whole corpus (%d files, each loaded with its includes): %.1f ms%n",
                largestMs, entries.size(), corpusMs);
    }
}
