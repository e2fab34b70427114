package org.fourpi.toolkit.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.settings.PreferencesService;
import org.fourpi.toolkit.testing.TestServices;

/** A data folder with its database open and a backup service on it, for tests that need the service's seams. */
final class BackupFixture implements AutoCloseable {

    final DataFolder folder;
    final Database database;
    final PreferencesService preferences;
    private final DataKey key;

    BackupFixture(Path dataDir, DataKey key) {
        this.folder = DataFolder.open(dataDir);
        this.key = key;
        this.database = Database.open(folder, key);
        this.preferences = new PreferencesService(database);
    }

    BackupFixture(Path dataDir) {
        this(dataDir, DataKey.NONE);
    }

    BackupService service(Clock clock) {
        return service(clock, file -> { });
    }

    BackupService service(Clock clock, Consumer<Path> beforeCheck) {
        return new BackupService(database, folder, key, clock, preferences, TestServices.MESSAGES, beforeCheck);
    }

    BackupService service() {
        return service(TestServices.CLOCK);
    }

    @Override
    public void close() {
        database.close();
        folder.close();
    }

    /** Copies a backup, replacing entries by name (a null value leaves the entry out). */
    static void rewrite(Path from, Path to, Map<String, byte[]> replaced) {
        try (ZipFile zip = new ZipFile(from.toFile());
             OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = replaced.containsKey(entry.getName()) ? replaced.get(entry.getName())
                        : zip.getInputStream(entry).readAllBytes();
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String manifestText(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(BackupManifest.NAME)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
