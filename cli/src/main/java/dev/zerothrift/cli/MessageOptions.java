package dev.zerothrift.cli;

import dev.zerothrift.cli.json.SchemaDescriptors;
import dev.zerothrift.idl.Diagnostic;
import dev.zerothrift.idl.LoadResult;
import dev.zerothrift.idl.SchemaLoader;
import dev.zerothrift.runtime.protocol.Protocol;
import dev.zerothrift.runtime.view.StructDescriptor;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options {@code inspect} and {@code encode} share: which IDL, which type, which protocol. */
final class MessageOptions {
    /** The protocols, as written on the command line. */
    enum ProtocolName {
        binary(Protocol.BINARY),
        compact(Protocol.COMPACT);

        final Protocol protocol;

        ProtocolName(Protocol protocol) {
            this.protocol = protocol;
        }
    }

    @Option(names = "--idl", required = true, paramLabel = "FILE", description = "The IDL file.")
    Path idl;

    @Option(
            names = "-I",
            paramLabel = "DIR",
            description = "Searches DIR for includes (repeatable, searched in order).")
    List<Path> includePath = new ArrayList<>();

    @Option(
            names = "--type",
            required = true,
            paramLabel = "TYPE",
            description =
                    "A struct, union or exception: Name in the IDL file, program.Name in one it includes.")
    String type;

    @Option(
            names = "--protocol",
            paramLabel = "binary|compact",
            description = "The wire protocol (default: ${DEFAULT-VALUE}).",
            defaultValue = "binary")
    ProtocolName protocol;

    /** Exit status of a load that failed, with its diagnostics printed; 0 when it did not. */
    static final class Loaded {
        final StructDescriptor descriptor;
        final int status;

        Loaded(StructDescriptor descriptor, int status) {
            this.descriptor = descriptor;
            this.status = status;
        }
    }

    /**
     * Loads the IDL and finds the type: exit 1 (diagnostics printed) for an IDL with errors, a
     * usage error for a type it does not have.
     */
    Loaded load(CommandSpec spec, PrintWriter err) {
        LoadResult result = SchemaLoader.builder().includePath(includePath).build().load(idl);
        if (result.hasErrors()) {
            for (Diagnostic d : result.errors()) {
                err.print(d.format());
            }
            err.flush();
            return new Loaded(null, 1);
        }
        Optional<StructDescriptor> descriptor =
                new SchemaDescriptors(result.schema().orElseThrow()).find(type);
        if (descriptor.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "no struct, union or exception " + type + " in " + idl);
        }
        return new Loaded(descriptor.get(), 0);
    }
}
