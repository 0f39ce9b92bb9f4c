package dev.zerothrift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code zerothrift} command: its sub-commands are the tool's verbs. */
@Command(
        name = "zerothrift",
        mixinStandardHelpOptions = true,
        version = "zerothrift 0.1.0-SNAPSHOT",
        description =
                "Zero-copy Thrift for Java: checks IDL, generates code, and decodes and encodes"
                        + " messages as JSON.",
        subcommands = {
            CheckCommand.class,
            GenerateCommand.class,
            InspectCommand.class,
            EncodeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Standard input, for the commands that read a message or a JSON form from it. */
    InputStream in = System.in;

    /** Standard output as bytes, for the commands that write a message or a JSON form. */
    OutputStream rawOut = System.out;

    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    /** Runs the tool and returns its exit code: 0 fine, 1 errors in the input, 2 bad usage. */
    public static int run(String... args) {
        return run(System.in, System.out, System.err, args);
    }

    /** Runs the tool over the given standard streams (bytes, as a shell gives them). */
    public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
        PrintWriter outText =
                new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true);
        PrintWriter errText =
                new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true);
        Main main = new Main();
        main.in = in;
        main.rawOut = out;
        return execute(main, outText, errText, args);
    }

    /** Runs the tool with its output and error streams given, as tests do. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return execute(new Main(), out, err, args);
    }

    private static int execute(Main main, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(main).setOut(out).setErr(err);
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a sub-command");
    }
}
