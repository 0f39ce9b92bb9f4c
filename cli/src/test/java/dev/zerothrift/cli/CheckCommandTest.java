package dev.zerothrift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

class CheckCommandTest {
    @TempDir Path dir;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void validFileExitsZero() throws IOException {
        Path file = write("ok.thrift", "struct S { 1: i32 a }");
        Run run = run("check", file.toString());
        assertEquals(new Run(0, "", ""), run);
    }

    @Test
    void errorsGoToStderrWithExitOne() throws IOException {
        Path file = write("bad.thrift", "struct S {\n  1: Foo a\n  1: i32 b\n}\n");
        Run run = run("check", file.toString());
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertEquals(
                file
                        + ":2:6: error: unknown type: Foo\n"
                        + "  1: Foo a\n"
                        + "     ^\n"
                        + file
                        + ":3:3: error: duplicate field id: 1 (a and b)\n"
                        + "  1: i32 b\n"
                        + "  ^\n"
                        + "2 errors\n",
                run.err());
    }

    @Test
    void includePathsInOrder() throws IOException {
        write("first/shared.thrift", "struct Thing {}");
        write("second/shared.thrift", "struct Other {}");
        Path main =
                write("main/m.thrift", "include \"shared.thrift\"\nstruct S { 1: shared.Thing t }");
        assertEquals(1, run("check", main.toString()).status());
        String first = dir.resolve("first").toString();
        String second = dir.resolve("second").toString();
        assertEquals(0, run("check", "-I", first, "-I", second, main.toString()).status());
        assertEquals(0, run("check", "-I" + first, main.toString()).status());
        assertEquals(1, run("check", "-I", second, "-I", first, main.toString()).status());
    }

    @Test
    void warningsPrintedUnlessQuiet() throws IOException {
        Path file = write("w.thrift", "struct S { i32 a }");
        Run run = run("check", file.toString());
        assertEquals(0, run.status());
        assertTrue(run.err().contains("warning: no field id for a"), run.err());
        assertEquals(new Run(0, "", ""), run("check", "-q", file.toString()));
    }

    @Test
    void missingFileIsAnError() {
        Run run = run("check", dir.resolve("nope.thrift").toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("error: cannot read file: "), run.err());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("check").status());
        assertEquals(2, run("check", "--no-such-option", "x.thrift").status());
        assertEquals(2, run().status());
        assertEquals(2, run("no-such-command").status());
        assertTrue(run("check").err().contains("Missing required parameter: 'FILE'"));
    }

    @Test
    void help() {
        Run run = run("check", "--help");
        assertEquals(0, run.status());
        assertTrue(
                run.out().contains("Usage: zerothrift check [-hqV] [--allow-neg-keys] [-I=DIR]..."),
                run.out());
        Run top = run("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().contains("check"), top.out());
    }
}
