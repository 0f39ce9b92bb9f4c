package dev.zerothrift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zerothrift} command: its sub-commands are the tool's verbs. */
@Command(
        name = "zerothrift",
        mixinStandardHelpOptions = true,
        version = "zerothrift 0.1.0-SNAPSHOT",
        description = "Zero-copy Thrift for Java: checks IDL and generates code.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool and returns its exit code: 0 fine, 1 errors in the input, 2 bad usage. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a sub-command");
    }
}
