package org.fourpi.toolkit.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup of data locked with a key holds nothing readable that the data folder keeps locked. */
class LockedBackupTest {

    @TempDir Path lockedData;
    @TempDir Path openData;
    @TempDir Path stick;

    @Test
    void aBackupOfLockedDataShowsNoNameInPlainWords() throws IOException {
        byte[] key = new byte[32];
        key[5] = 42;
        Path locked = backUpSomeoneIn(lockedData, DataKey.of(key), stick.resolve("locked"));
        Path open = backUpSomeoneIn(openData, DataKey.NONE, stick.resolve("open"));

        assertThat(readable(open)).contains("Zebedee");
        assertThat(readable(locked)).doesNotContain("Zebedee").contains("encrypted=true");
    }

    private static Path backUpSomeoneIn(Path dataDir, DataKey key, Path target) {
        try (DataFolder folder = DataFolder.open(dataDir);
             Services services = new Services(folder, TestServices.CLOCK, TestServices.USER, key)) {
            services.people().save(Person.named("Zebedee", "Quill"));
            return services.backups().backupTo(target, Progress.NONE);
        }
    }

    /** Every entry of the zip, unpacked, as text. */
    private static String readable(Path zipFile) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return text.toString();
    }
}
