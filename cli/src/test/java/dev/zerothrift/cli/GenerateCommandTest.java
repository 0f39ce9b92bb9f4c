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
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

class GenerateCommandTest {
    @TempDir Path dir;

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
    void writesCodeThatCompilesAgainstTheRuntime() throws IOException {
        write("inc/shared.thrift", "namespace java com.example.shared\nenum Kind { A = 1, B = 2 }");
        Path file =
                write(
                        "main.thrift",
                        "namespace java com.example\ninclude \"shared.thrift\"\n"
                                + "struct S { 1: required i32 a, 2: shared.Kind kind }\n"
                                + "const i32 ANSWER = 42\n");
        Path out = dir.resolve("out");
        Run run =
                run(
                        "generate",
                        "--out",
                        out.toString(),
                        "-I",
                        dir.resolve("inc").toString(),
                        "--included",
                        "--field-order",
                        "IDL",
                        file.toString());
        assertEquals(0, run.status(), run::err);
        assertEquals("", run.err());
        List<Path> expected =
                List.of(
                        out.resolve("com/example/shared/Kind.java"),
                        out.resolve("com/example/S.java"),
                        out.resolve("com/example/SView.java"),
                        out.resolve("com/example/MainConstants.java"));
        assertEquals(expected.stream().map(p -> p + "\n").reduce("", String::concat), run.out());

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args =
                new ArrayList<>(
                        List.of("-Xlint:all", "-Werror", "-d", dir.resolve("classes").toString()));
        args.add("-cp");
        args.add(System.getProperty("java.class.path"));
        for (Path p : expected) {
            args.add(p.toString());
        }
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(new String[0]));
        assertEquals(0, status, diagnostics::toString);
        assertTrue(Files.exists(dir.resolve("classes/com/example/S.class")));
        assertTrue(Files.exists(dir.resolve("classes/com/example/SView.class")));
    }

    @Test
    void idlErrorsExitOneAndWriteNothing() throws IOException {
        Path file = write("bad.thrift", "struct S { 1: Missing m }\n");
        Path out = dir.resolve("out");
        Run run = run("generate", "--out", out.toString(), file.toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("error: unknown type: Missing"), run::err);
        assertTrue(run.err().endsWith("1 error\n"), run::err);
        assertTrue(Files.notExists(out));
    }

    @Test
    void javaThatCannotCompileIsAnErrorSayingWhatToChange() throws IOException {
        write("plain.thrift", "struct P { 1: i32 x }");
        Path file =
                write(
                        "main.thrift",
                        "namespace java com.example\ninclude \"plain.thrift\"\n"
                                + "struct S { 1: plain.P p }\n");
        Run run = run("generate", "--out", dir.resolve("out").toString(), file.toString());
        assertEquals(1, run.status());
        assertTrue(
                run.err().contains("has no 'namespace java': Java code in package com.example"),
                run::err);
    }

    @Test
    void outIsRequired() throws IOException {
        Path file = write("ok.thrift", "struct S { 1: i32 a }");
        Run run = run("generate", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Missing required option: '--out=DIR'"), run::err);
    }
}
