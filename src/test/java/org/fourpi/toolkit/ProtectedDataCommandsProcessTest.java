package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.meetings.Meeting;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.Venue;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.security.DataProtection;
import org.fourpi.toolkit.security.KdfCost;
import org.fourpi.toolkit.security.KeyFile;
import org.fourpi.toolkit.security.RecoveryCode;
import org.fourpi.toolkit.testing.ChildJvm;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands on protected data ask for the passphrase, and a wrong one changes nothing. */
class ProtectedDataCommandsProcessTest {

    private static final KdfCost CHEAP = new KdfCost(1024, 1, 1);

    @TempDir
    Path temp;


    @Test
    void aCommandOpensProtectedDataOnlyWithThePassphraseFromTheFile() throws Exception {
        Path data = temp.resolve("data");
        try (DataFolder folder = DataFolder.open(data)) {
            new Services(folder, TestServices.CLOCK, TestServices.USER).close();
            DataKey key = KeyFile.newDataKey();
            DataProtection.turnOn(folder, key, KeyFile.create(key, "blue kettle on a Tuesday".toCharArray(),
                    RecoveryCode.generate(), CHEAP), step -> { });
            try (Services services = new Services(folder, TestServices.CLOCK, TestServices.USER, key, () -> CHEAP)) {
                services.meetings().save(new Meeting(null, "Winter planning day", MeetingKind.STEERING_GROUP,
                        InvolvementLevel.C, LocalDate.of(2026, 12, 10), LocalTime.of(10, 30), LocalTime.of(12, 30),
                        new Venue("Community hall", "1 High Street", "", true, true, false, false), "To plan",
                        "Jo Patel", null, ""));
            }
        }
        Path wrong = Files.writeString(temp.resolve("wrong.txt"), "blue kettle on a Monday\n");
        Path right = Files.writeString(temp.resolve("right.txt"), "blue kettle on a Tuesday\r\n");
        Map<String, String> before = checksums(data);

        ChildJvm.Finished refused = run("--data-dir", data.toString(), "--passphrase-file", wrong.toString(), "list-meetings");
        ChildJvm.Finished notGiven = run("--data-dir", data.toString(), "list-meetings");

        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.err()).contains("That passphrase does not open this data.");
        assertThat(notGiven.exitCode()).isEqualTo(6);
        assertThat(notGiven.err()).contains("--passphrase-file");
        assertThat(checksums(data)).isEqualTo(before);

        ChildJvm.Finished listed = run("--data-dir", data.toString(), "--passphrase-file", right.toString(), "list-meetings");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("Winter planning day");

        ChildJvm.Finished window = run("--data-dir", data.toString(), "--passphrase-file", right.toString(),
                "--exit-after-startup");
        assertThat(window.exitCode()).as(window.err()).isZero();
        assertThat(window.out()).containsPattern("(?m)^startup_ms=\\d+$");
    }

    /** Every file but the log, which the program writes to at every start. */
    private static Map<String, String> checksums(Path root) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!root.relativize(file).startsWith("logs")) {
                    sums.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return sums;
    }

    private static ChildJvm.Finished run(String... args) throws IOException, InterruptedException {
        return ChildJvm.run(Launcher.class, true, args);
    }
}
