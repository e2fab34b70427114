package org.fourpi.toolkit.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.ui.Messages;

/** Opens the program's services on a temporary data folder, with a fixed clock; closes both. */
public final class TestServices implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/London"));
    public static final String USER = "coordinator";
    public static final Messages MESSAGES = Messages.forLocale(Locale.UK);

    private final DataFolder folder;
    private final Services services;

    private TestServices(DataFolder folder, Services services) {
        this.folder = folder;
        this.services = services;
    }

    public static TestServices open(Path dataDir) {
        DataFolder folder = DataFolder.open(dataDir);
        try {
            return new TestServices(folder, new Services(folder, CLOCK, USER));
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    public Services services() {
        return services;
    }

    @Override
    public void close() {
        services.close();
        folder.close();
    }
}
