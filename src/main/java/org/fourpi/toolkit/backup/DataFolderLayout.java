package org.fourpi.toolkit.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which parts of the data folder a backup holds and where restore keeps its work: the database folder,
 * the attachments folder, and every other file in the folder's top level apart from the lock, the logs,
 * the backups and the program's own working folders.
 */
final class DataFolderLayout {

    static final String DATABASE = "database";
    static final String ATTACHMENTS = "attachments";
    /** The backup being put in place, unpacked. */
    static final String STAGING = "restore-staging";
    /** The data being replaced, set aside until the restore is finished. */
    static final String SET_ASIDE = "restore-old";
    /** Says a restore is under way; whoever finds it finishes the restore. */
    static final String MARKER = "restore.marker";
    /** Copies made while a backup is written or checked. */
    static final String WORK = "backup-work";

    private static final Set<String> NOT_DATA = Set.of("toolkit.lock", "logs", "backups", DATABASE, ATTACHMENTS,
            STAGING, SET_ASIDE, MARKER, MARKER + ".part", WORK);

    private DataFolderLayout() {
    }

    /** True for a top-level file name a backup may hold and put back. */
    static boolean isDataFileName(String name) {
        return isSafeName(name) && !NOT_DATA.contains(name);
    }

    /** A plain file name: no folders and no dots that climb. */
    static boolean isSafeName(String name) {
        return !name.isEmpty() && name.length() <= 200 && !name.equals(".") && !name.equals("..")
                && !name.endsWith(".part") && !name.contains("/")
                && !name.contains("\\") && !name.contains(":") && name.indexOf('\0') < 0;
    }

    /** The top-level files of the data folder that a backup holds, by name. */
    static List<Path> dataFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> isDataFileName(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    /** The files in a folder, or none when it is missing. */
    static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> isSafeName(f.getFileName().toString()))
                    .sorted().toList();
        }
    }

    /** Removes a file or a folder with everything in it; nothing when it is missing. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(path);
    }
}
