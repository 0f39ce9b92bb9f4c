package dev.zerothrift.cli;

import dev.zerothrift.cli.json.JsonError;
import dev.zerothrift.cli.json.JsonForm;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code zerothrift inspect}: one message, decoded through a view, printed as its JSON form. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = {
            "Decodes one message (a struct, union or exception) from FILE or standard input"
                    + " through the views, and prints its JSON form.",
            "Exit status: 0 when the bytes are a valid message of TYPE, 1 when they are not (one"
                    + " line on standard error names the JSON path and byte offset), 2 for bad"
                    + " usage."
        })
final class InspectCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand Main main;
    @Mixin MessageOptions message;

    @Option(
            names = "--lenient",
            description =
                    "Accepts what is legal on the wire: a known field of another wire type goes to"
                            + " _unknown, a repeated field keeps its last value, invalid UTF-8"
                            + " becomes U+FFFD.")
    boolean lenient;

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE.bin",
            description = "The message (default: standard input).")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        MessageOptions.Loaded loaded = message.load(spec, err);
        if (loaded.status != 0) {
            return loaded.status;
        }
        byte[] bytes;
        try {
            bytes = file != null ? Files.readAllBytes(file) : main.in.readAllBytes();
        } catch (IOException e) {
            err.println(
                    "zerothrift inspect: cannot read "
                            + (file != null ? file : "standard input")
                            + ": "
                            + e.getMessage());
            return 1;
        }
        byte[] json;
        try {
            json = JsonForm.inspect(loaded.descriptor, message.protocol.protocol, lenient, bytes);
        } catch (JsonError e) {
            err.println("zerothrift inspect: " + e.line());
            return 1;
        }
        main.rawOut.write(json);
        main.rawOut.flush();
        return 0;
    }
}
