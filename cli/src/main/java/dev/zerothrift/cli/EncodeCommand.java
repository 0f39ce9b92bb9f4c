package dev.zerothrift.cli;

import dev.zerothrift.cli.json.JsonError;
import dev.zerothrift.cli.json.JsonForm;
import dev.zerothrift.runtime.buffer.Chain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code zerothrift encode}: the JSON form on standard input, the message on standard output. */
@Command(
        name = "encode",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the JSON form of a value of TYPE on standard input, checks it strictly, and"
                    + " writes the encoded message (raw bytes, fields in IDL order as libthrift"
                    + " writes them) to standard output through the builders.",
            "Exit status: 0 when written, 1 when the JSON breaks a rule of the JSON form (one line"
                    + " on standard error names the JSON path), 2 for bad usage."
        })
final class EncodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand Main main;
    @Mixin MessageOptions message;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        MessageOptions.Loaded loaded = message.load(spec, err);
        if (loaded.status != 0) {
            return loaded.status;
        }
        try (Chain chain = new Chain()) {
            try {
                JsonForm.encode(loaded.descriptor, message.protocol.protocol, main.in, chain);
            } catch (JsonError e) {
                err.println("zerothrift encode: " + e.line());
                return 1;
            }
            OutputStream out = main.rawOut;
            for (int i = 0; i < chain.nodeCount(); i++) {
                out.write(chain.nodeArray(i), chain.nodeOffset(i), chain.nodeLength(i));
            }
            out.flush();
        }
        return 0;
    }
}
