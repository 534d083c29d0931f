package org.jmatu.planner.cli;

import java.io.PrintStream;
import java.util.Set;

/** One command of the command line. */
interface Command {

    String name();

    /** The options it accepts, without the leading "--". */
    Set<String> options();

    /** One or two lines: the synopsis and what it does. */
    String usage();

    /** Runs the command and returns its exit code ({@link CommandLine#OK} and so on). */
    int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException;
}
