package org.fourpi.toolkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.app.Logging;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.meetings.AgendaAsk;
import org.fourpi.toolkit.meetings.AgendaItem;
import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.Meeting;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.Venue;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.PersonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.LoggerContext;

/**
 * Writes personal values into every kind of record and kept file, makes a meeting pack, closes, and then
 * searches every byte under the data folder (its temp folder and logs included) for them.
 */
class CanaryTest {

    private static final String NAME = "Zebedee Quarrington";
    private static final String NOTE = "CANARY-7731";

    @TempDir
    Path dir;

    @AfterEach
    void stopLoggingIntoTheTemporaryFolder() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            var file = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("file");
            if (file != null) {
                file.stop();
                context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(file);
            }
        }
    }

    @Test
    void withProtectionOnNoPersonalValueIsLeftInPlainTextInTheDataFolder() throws Exception {
        Path root = fillWithCanaries(true);

        for (String canary : List.of(NAME, "Quarrington", NOTE, "zq@example.org", "Mill Lane")) {
            assertThat(DataProtectionTest.containsPlain(root, canary)).as(canary).isFalse();
        }
        assertThat(root.resolve("logs").resolve("toolkit.log")).isNotEmptyFile();
        assertThat(root.resolve("temp")).doesNotExist();
    }

    @Test
    void withoutProtectionTheSameSearchFindsThem() throws Exception {
        Path root = fillWithCanaries(false);

        assertThat(DataProtectionTest.containsPlain(root, NOTE)).isTrue();
        assertThat(DataProtectionTest.containsPlain(root, "Quarrington")).isTrue();
    }

    private Path fillWithCanaries(boolean protect) throws Exception {
        Path root = dir.resolve("data");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path receipt = Files.write(outside.resolve("receipt.pdf"),
                ("%PDF-1.4 Train ticket for " + NAME + " " + NOTE).getBytes(StandardCharsets.UTF_8));
        Path role = Files.write(outside.resolve("role.pdf"),
                ("%PDF-1.4 Role description for " + NAME + " " + NOTE).getBytes(StandardCharsets.UTF_8));
        Path paper = paper(outside.resolve("budget.pdf"));
        try (DataFolder folder = DataFolder.open(root)) {
            Logging.writeTo(folder.logFile());
            DataKey key = DataKey.NONE;
            if (protect) {
                DataProtectionTest.services(folder, DataKey.NONE).close();
                key = KeyFile.newDataKey();
                DataProtection.turnOn(folder, key, KeyFile.create(key, DataProtectionTest.PASSPHRASE,
                        RecoveryCode.generate(), KeyFileTest.TEST_COST), step -> { });
            }
            try (Services services = DataProtectionTest.services(folder, key)) {
                long person = services.people().save(DataProtectionTest.zebedee()).id();
                PersonDocument document = services.people().addDocument(person, role, "Role for " + NAME);
                services.claims().create(new ClaimDraft(person, "Steering group " + NOTE, "", LocalDate.of(2026, 11, 12),
                        "Paid to " + NAME, List.of(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Train " + NOTE,
                        Money.of("12.00")).withReceipt(new LineInput.Receipt.NewFile(receipt)))));
                long meeting = services.meetings().save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP,
                        InvolvementLevel.C, LocalDate.of(2026, 12, 10), LocalTime.of(10, 30), LocalTime.of(12, 30),
                        new Venue("Community hall", "1 High Street, Leeds", "", true, true, false, false),
                        "To plan with " + NAME, "Jo Patel, 07700 900123", null, NOTE)).id();
                services.meetings().invite(meeting, person, InvitationRole.MEMBER);
                AgendaItem.Paper kept = services.meetings().keepPaper(paper);
                services.meetings().saveAgenda(meeting, List.of(new AgendaItem("Budget " + NOTE, AgendaAsk.DECIDE,
                        NAME, 45, "Summary by " + NAME, true, List.of(kept))));
                assertThat(services.meetingPacks().write(meeting, false, outside.resolve("pack.pdf"), Progress.NONE))
                        .isGreaterThan(1);
                // Opening the kept copy in the computer's viewer makes a plain copy, removed at close.
                assertThat(services.people().documentFile(document.id()).orElseThrow())
                        .content(StandardCharsets.UTF_8).contains(NOTE);
            }
        }
        return root;
    }

    /** A real PDF whose title and text carry the canaries uncompressed. */
    private static Path paper(Path file) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, stream);
            writer.setCompressionLevel(0);
            document.addTitle("Budget paper " + NOTE + " " + NAME);
            document.open();
            document.add(new Paragraph("Budget paper for " + NAME + " " + NOTE, new Font(Font.HELVETICA, 11)));
            document.close();
        }
        return file;
    }
}
