package org.jmatu.planner.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP ports this JVM listens on, read from Linux's /proc: the sockets of /proc/net/tcp and tcp6 in state
 * LISTEN (0A) whose inode is one of this process's open file descriptors (so another process's sockets, such
 * as an embedded PostgreSQL's, do not count).
 */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    static boolean readable() {
        return Files.isReadable(Path.of("/proc/net/tcp")) && Files.isDirectory(Path.of("/proc/self/fd"));
    }

    static Set<Integer> portsOfThisProcess() {
        Set<String> ownInodes = ownSocketInodes();
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(Path.of(table))) {
                String[] columns = line.strip().split("\\s+");
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                if (columns.length > 9 && LISTEN.equals(columns[3]) && ownInodes.contains(columns[9])) {
                    String localAddress = columns[1];
                    ports.add(Integer.parseInt(localAddress.substring(localAddress.indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    private static Set<String> ownSocketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed between listing and reading is no listening socket of ours
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    private static List<String> lines(Path table) {
        if (!Files.isReadable(table)) {
            return List.of();
        }
        try {
            return Files.readAllLines(table).stream().skip(1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
