package dev.zerothrift.cli;

import dev.zerothrift.idl.Diagnostic;
import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zerothrift check}: parses and resolves IDL files and reports every problem. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Parses and resolves Thrift IDL files with everything they include, and reports every"
                    + " problem as file:line:col: error: message.",
            "Exit status: 0 when every file resolves, 1 when there are errors, 2 for bad usage."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "-I",
            paramLabel = "DIR",
            description =
                    "Searches DIR for includes, after the including file's directory (repeatable,"
                            + " searched in order).")
    List<Path> includePath = new ArrayList<>();

    @Option(
            names = {"-q", "--quiet"},
            description = "Prints errors only, no warnings.")
    boolean quiet;

    @Option(
            names = "--allow-neg-keys",
            description = "Keeps explicit negative field ids (as the Apache compiler's option).")
    boolean allowNegativeFieldIds;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "IDL files to check.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result =
                SchemaLoader.builder()
                        .includePath(includePath)
                        .allowNegativeFieldIds(allowNegativeFieldIds)
                        .build()
                        .load(files);
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Diagnostic.Severity.ERROR || !quiet) {
                err.print(d.format());
            }
        }
        int errors = result.errors().size();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors"));
        }
        err.flush();
        return errors > 0 ? 1 : 0;
    }
}
