package org.jmatu.planner.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command of the command line and returns its exit code. {@code Application.main} hands over to it
 * when the first argument names a command, so batch work needs no web server, database or Spring context.
 */
public final class CommandLine {

    /** The plan keeps every hard rule, or the command did what it was asked. */
    public static final int OK = 0;
    /** Bad input: unknown options, unreadable or invalid files (the report says which). */
    public static final int BAD_INPUT = 1;
    /** The plan (checked, or solved and checked) breaks at least one hard rule. */
    public static final int RULES_BROKEN = 2;

    /** Every command, in the order help lists them; a new one is one more entry here. */
    private static final Map<String, Command> COMMANDS = index(List.of(new GenerateCommand(), new SolveCommand(),
            new CheckCommand()));

    private CommandLine() {
    }

    /** True when the arguments start with a command (or "help"), so the caller should run the command line. */
    public static boolean isCommand(String[] args) {
        return args != null && args.length > 0 && (COMMANDS.containsKey(args[0]) || "help".equals(args[0]));
    }

    /**
     * Keeps library logging (the solvers' progress lines) out of a command's output: warnings and errors only.
     * {@code Application.main} calls it before {@link #run}; tests leave logging as it is.
     */
    public static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || "help".equals(args[0])) {
            printHelp(out);
            return OK;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("Unknown command '" + args[0] + "'.");
            printHelp(err);
            return BAD_INPUT;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.usage());
            return OK;
        }
        try {
            return command.run(Options.parse(rest, command.options()), out, err);
        } catch (Options.UsageException e) {
            err.println(command.name() + ": " + e.getMessage());
            err.println(command.usage());
            return BAD_INPUT;
        }
    }

    private static void printHelp(PrintStream stream) {
        stream.println("Commands (see docs/cli.md):");
        COMMANDS.values().forEach(command -> stream.println(command.usage()));
        stream.println("Without a command the web application starts.");
    }

    private static Map<String, Command> index(List<Command> commands) {
        Map<String, Command> byName = new LinkedHashMap<>();
        commands.forEach(command -> byName.put(command.name(), command));
        return byName;
    }
}
