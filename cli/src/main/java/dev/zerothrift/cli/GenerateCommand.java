package dev.zerothrift.cli;

import dev.zerothrift.codegen.DirectoryOutput;
import dev.zerothrift.codegen.GeneratorException;
import dev.zerothrift.codegen.GeneratorOptions;
import dev.zerothrift.codegen.GeneratorOptions.Artifact;
import dev.zerothrift.codegen.GeneratorOptions.FieldOrder;
import dev.zerothrift.codegen.ThriftGenerator;
import dev.zerothrift.idl.Diagnostic;
import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zerothrift generate}: Java code for IDL files, one directory per package under DIR. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generates Java for Thrift IDL files: enums, constants, and POJOs with fast codecs"
                    + " for every struct, union and exception, under DIR by package.",
            "Exit status: 0 when the code is written, 1 when the IDL has errors or cannot become"
                    + " Java, 2 for bad usage."
        })
final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Writes the Java sources under DIR, one directory per package.")
    Path out;

    @Option(
            names = "-I",
            paramLabel = "DIR",
            description =
                    "Searches DIR for includes, after the including file's directory (repeatable,"
                            + " searched in order).")
    List<Path> includePath = new ArrayList<>();

    @Option(
            names = "--field-order",
            paramLabel = "ORDER",
            description =
                    "FIXED_FIRST (default: fixed-size fields written first) or IDL (byte-identical"
                            + " to libthrift).")
    FieldOrder fieldOrder = FieldOrder.FIXED_FIRST;

    @Option(
            names = "--generate",
            split = ",",
            paramLabel = "KIND",
            description =
                    "What to generate besides enums, constants and plain POJOs, comma-separated:"
                            + " FAST_CODECS, VIEWS, SERVICES (default: all).")
    List<Artifact> artifacts = new ArrayList<>(EnumSet.allOf(Artifact.class));

    @Option(
            names = "--included",
            description = "Also generates the programs the files include (not only the files).")
    boolean included;

    @Option(
            names = {"-q", "--quiet"},
            description = "Prints errors only, no warnings, and not the files written.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "IDL files to generate.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = SchemaLoader.builder().includePath(includePath).build().load(files);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Diagnostic.Severity.ERROR || !quiet) {
                err.print(d.format());
            }
        }
        if (result.hasErrors()) {
            int errors = result.errors().size();
            err.println(errors + (errors == 1 ? " error" : " errors"));
            err.flush();
            return 1;
        }
        GeneratorOptions options =
                new GeneratorOptions(
                        artifacts.isEmpty()
                                ? EnumSet.noneOf(Artifact.class)
                                : EnumSet.copyOf(artifacts),
                        fieldOrder,
                        included);
        DirectoryOutput output = new DirectoryOutput(out);
        try {
            new ThriftGenerator(options).generate(result.schema().orElseThrow(), output);
        } catch (GeneratorException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (!quiet) {
            PrintWriter stdout = spec.commandLine().getOut();
            for (Path written : output.written()) {
                stdout.println(written);
            }
            stdout.flush();
        }
        err.flush();
        return 0;
    }
}
