package dev.zerothrift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code zerothrift} command: its sub-commands are the tool's verbs. */
@Command(
        name = "zerothrift",
        mixinStandardHelpOptions = true,
        version = "zerothrift 0.1.0-SNAPSHOT",
        description = "Zero-copy Thrift for Java: checks IDL and generates code.",
        subcommands = {CheckCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool and returns its exit code: 0 fine, 1 errors in the input, 2 bad usage. */
    public static int run(String... args) {
        return run(
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                args);
    }

    /** Runs the tool with its output and error streams given, as tests do. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main()).setOut(out).setErr(err);
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
