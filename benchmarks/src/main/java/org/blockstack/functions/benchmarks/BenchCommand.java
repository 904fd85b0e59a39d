package org.blockstack.functions.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** What the bench commands share: {@code --option value} arguments, and a usage line for bad ones. */
final class BenchCommand {
    private BenchCommand() {
    }

    /** A parsed command, ready to run. */
    interface Command {
        void run() throws Exception;
    }

    /** One {@code --option value} argument. */
    record Option(String name, String value) {
    }

    /** The arguments as {@code --option value} pairs, in order. */
    static List<Option> options(String[] args) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            options.add(new Option(args[i], args[i + 1]));
        }
        return options;
    }

    /**
     * Parses with {@code parse} and runs the command, then exits (the HTTP clients' threads would
     * keep the JVM up); bad options (an {@link IllegalArgumentException} from parsing) print the
     * reason and {@code usage} and exit with 2.
     */
    static void main(String usage, Callable<Command> parse) throws Exception {
        Command command;
        try {
            command = parse.call();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage);
            System.exit(2);
            return;
        }
        command.run();
        System.exit(0);
    }
}
