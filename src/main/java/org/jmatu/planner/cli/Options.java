package org.jmatu.planner.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The "--name value" options of one command, checked against the options it accepts. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(List<String> args, Set<String> accepted) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int index = 0; index < args.size(); index++) {
            String arg = args.get(index);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!accepted.contains(name)) {
                throw new UsageException("unknown option '--" + name + "'");
            }
            if (value == null) {
                if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
                    throw new UsageException("option '--" + name + "' needs a value");
                }
                value = args.get(++index);
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option '--" + name + "' is given twice");
            }
        }
        return new Options(values);
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("option '--" + name + "' is required");
        }
        return value;
    }

    String optional(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    Path path(String name) throws UsageException {
        try {
            return Path.of(required(name));
        } catch (InvalidPathException e) {
            throw new UsageException("option '--" + name + "': '" + values.get(name) + "' is not a file name");
        }
    }

    long number(String name, long fallback) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("option '--" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    /** Wrong use of the command line: the message says what, and the command's usage follows it. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }
}
