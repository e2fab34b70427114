package org.fourpi.toolkit.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets this process is listening on, found as Linux shows them: the kernel's tables of TCP
 * and UDP sockets, matched by inode against the process's own open files.
 */
public final class ListeningSockets {

    private static final Path PROC = Path.of("/proc");

    private ListeningSockets() {
    }

    /** True where the tables can be read (Linux). */
    public static boolean canLook() {
        return Files.isReadable(PROC.resolve("net/tcp")) && Files.isDirectory(PROC.resolve("self/fd"));
    }

    /** Each listening socket of this process, as "tcp 0100007F:1F90" (protocol, address and port in hex). */
    public static List<String> ofThisProcess() throws IOException {
        Set<String> mine = socketInodes();
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = PROC.resolve("net").resolve(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length < 10) {
                    continue;
                }
                // TCP state 0A is LISTEN; a UDP socket in state 07 is bound and waiting for anyone.
                boolean waiting = table.startsWith("tcp") ? fields[3].equals("0A") : fields[3].equals("07");
                if (waiting && mine.contains(fields[9])) {
                    listening.add(table + " " + fields[1]);
                }
            }
        }
        return listening;
    }

    private static Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(PROC.resolve("self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // The file closed while we looked.
                }
            }
        }
        return inodes;
    }
}
