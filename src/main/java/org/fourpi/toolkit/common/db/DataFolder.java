package org.fourpi.toolkit.common.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the database, logs and (later) backups and attachments. Opening it takes
 * an exclusive lock, so a second copy of the program is told the data is already open before it
 * touches any file.
 */
public final class DataFolder implements AutoCloseable {

    static final String LOCK_FILE = "toolkit.lock";
    private static final String APP_FOLDER = "4PI Involvement Toolkit";
    private static final String LINUX_FOLDER = "involvement-toolkit";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Where the operating system expects programs to keep their data for this user. */
    public static Path defaultLocation(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve(LINUX_FOLDER);
    }

    /** The default location on this computer. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home"));
    }

    /**
     * Creates the folder when it is missing and locks it for this process.
     *
     * @throws DataFolderException NOT_WRITABLE when it cannot be created or written,
     *                             ALREADY_OPEN when another copy of the program holds it
     */
    public static DataFolder open(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, root, e);
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, root, null);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(root.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, root, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new DataFolderException(DataFolderException.Reason.ALREADY_OPEN, root, null);
            }
            return new DataFolder(root, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataFolderException(DataFolderException.Reason.ALREADY_OPEN, root, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path databaseBase() {
        return root.resolve("database").resolve("toolkit");
    }

    public Path logFolder() {
        return root.resolve("logs");
    }

    public Path logFile() {
        return logFolder().resolve("toolkit.log");
    }

    public Path backupFolder() {
        return root.resolve("backups");
    }

    public Path attachmentFolder() {
        return root.resolve("attachments");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The lock goes with the channel anyway.
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more can be done; the operating system releases it when the process ends.
        }
    }
}
