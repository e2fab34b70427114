package org.fourpi.toolkit.hostile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.fourpi.toolkit.assessment.AssessmentMode;
import org.fourpi.toolkit.assessment.AssessmentStart;
import org.fourpi.toolkit.assessment.ParticipantInput;
import org.fourpi.toolkit.assessment.ResponseFormCheck;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.glossary.PdfText;
import org.fourpi.toolkit.glossary.UnreadablePdfException;
import org.fourpi.toolkit.meetings.AgendaAsk;
import org.fourpi.toolkit.meetings.AgendaItem;
import org.fourpi.toolkit.meetings.InvalidMeetingException;
import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.Meeting;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.PaperUnreadableException;
import org.fourpi.toolkit.meetings.Venue;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.InvalidClaimException;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.people.InvalidDocumentException;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.PeopleImportSheet;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.people.SpreadsheetRefusedException;
import org.fourpi.toolkit.settings.Logo;
import org.fourpi.toolkit.settings.LogoException;
import org.fourpi.toolkit.testing.TestServices;

/**
 * Every way a file the user chooses comes into the program, each run as the program runs it, with
 * the words the user would be shown when the file is refused.
 */
final class HostileIntake implements AutoCloseable {

    /** What happened to a file: taken (with what was read), refused (with the words shown), or a crash. */
    record Outcome(Kind kind, String message, Object result) {
        enum Kind { ACCEPTED, REFUSED, CRASHED }

        static Outcome accepted(Object result) {
            return new Outcome(Kind.ACCEPTED, "", result);
        }

        static Outcome refused(String message) {
            return new Outcome(Kind.REFUSED, message, null);
        }
    }

    private static final Messages MESSAGES = TestServices.MESSAGES;

    private final TestServices test;
    private final Path data;
    private final Path out;
    private final long personId;
    private final long assessmentId;
    private final long meetingId;

    HostileIntake(Path data, Path out) {
        this.data = data;
        this.out = out;
        this.test = TestServices.open(data);
        var services = test.services();
        personId = services.people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        assessmentId = services.assessments().start(new AssessmentStart("Annual check 2026", LocalDate.of(2026, 11, 20),
                EnumSet.of(InvolvementLevel.C), "Sam Facilitator", AssessmentMode.EACH_THEN_GROUP,
                List.of(new ParticipantInput(null, null, "Ada Lovelace", Perspective.SERVICE_USER)))).id();
        meetingId = services.meetings().save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP,
                InvolvementLevel.C, LocalDate.of(2026, 12, 10), LocalTime.of(10, 30), LocalTime.of(12, 30),
                new Venue("Community hall", "1 High Street, Leeds", "", true, true, false, false),
                "To plan next year's work together", "Jo Patel, 07700 900123", null, "")).id();
        services.meetings().invite(meetingId, personId, InvitationRole.MEMBER);
    }

    Outcome feed(HostileFiles.Use use, Path file) {
        try {
            return switch (use) {
                case PEOPLE_IMPORT -> peopleImport(file);
                case RESPONSE_FORM -> responseForm(file);
                case PERSON_DOCUMENT -> document(file);
                case RECEIPT -> receipt(file);
                case PAPER -> paper(file);
                case PDF_TEXT -> pdfText(file);
                case LOGO -> logo(file);
            };
        } catch (RuntimeException | Error e) {
            return new Outcome(Outcome.Kind.CRASHED, e.toString(), e);
        } catch (Exception e) {
            return new Outcome(Outcome.Kind.CRASHED, e.toString(), e);
        }
    }

    private Outcome peopleImport(Path file) {
        var imports = test.services().peopleImport();
        try {
            PeopleImportSheet sheet = imports.read(file, Progress.NONE);
            return Outcome.accepted(imports.preview(sheet, sheet.suggestedMapping(), Progress.NONE));
        } catch (SpreadsheetRefusedException e) {
            return Outcome.refused(e.getMessage());
        }
    }

    private Outcome responseForm(Path file) {
        ResponseFormCheck check = test.services().responseForms().preview(assessmentId, List.of(file), Progress.NONE)
                .forms().getFirst();
        return check.problems().isEmpty() ? Outcome.accepted(check) : Outcome.refused(String.join(" ", check.problems()));
    }

    private Outcome document(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return Outcome.accepted(test.services().people().addDocument(personId, file, "Role description"));
        } catch (AttachmentStore.RefusedException e) {
            // As the person's record shows it.
            return Outcome.refused(e.reason() == AttachmentStore.RefusedException.Reason.TOO_LARGE
                    ? MESSAGES.text("people.record.document.problem.tooLarge", name,
                    PeopleService.MAX_DOCUMENT_BYTES / (1024 * 1024))
                    : MESSAGES.text("people.record.document.problem.unreadable", name));
        } catch (InvalidDocumentException e) {
            return Outcome.refused(MESSAGES.text(e.problem().messageKey(), name));
        }
    }

    private Outcome receipt(Path file) {
        try {
            return Outcome.accepted(test.services().claims().create(new ClaimDraft(personId, "Steering group", "",
                    LocalDate.of(2026, 11, 12), "", List.of(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Train",
                    Money.of(new BigDecimal("12.00"))).withReceipt(new LineInput.Receipt.NewFile(file))))));
        } catch (InvalidClaimException e) {
            return Outcome.refused(e.problems().stream().map(p -> MESSAGES.text(p.messageKey()))
                    .collect(Collectors.joining(" ")));
        }
    }

    /** A paper is kept, put on the agenda and made into a pack, as the meetings screens do. */
    private Outcome paper(Path file) {
        var meetings = test.services().meetings();
        AgendaItem.Paper paper;
        try {
            paper = meetings.keepPaper(file);
        } catch (InvalidMeetingException e) {
            return Outcome.refused(e.problems().stream().map(p -> MESSAGES.text(p.messageKey()))
                    .collect(Collectors.joining(" ")));
        }
        meetings.saveAgenda(meetingId, List.of(new AgendaItem("Budget", AgendaAsk.DECIDE, "", 20, "", true,
                List.of(paper))));
        String before = databaseChecksum();
        try {
            return Outcome.accepted(test.services().meetingPacks().write(meetingId, false, out.resolve("pack.pdf"),
                    Progress.NONE));
        } catch (PaperUnreadableException e) {
            // Putting the paper on the agenda changed the database; making the pack must not.
            return before.equals(databaseChecksum()) ? Outcome.refused(e.getMessage())
                    : new Outcome(Outcome.Kind.CRASHED, "The refused pack changed the database", e);
        } finally {
            meetings.saveAgenda(meetingId, List.of());
        }
    }

    private Outcome pdfText(Path file) throws java.io.IOException {
        try {
            return Outcome.accepted(PdfText.pages(file));
        } catch (UnreadablePdfException e) {
            return Outcome.refused(e.getMessage());
        }
    }

    private Outcome logo(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return Outcome.accepted(test.services().organisations().readLogo(file));
        } catch (LogoException e) {
            // As the organisation profile shows it.
            return Outcome.refused(switch (e.problem()) {
                case TOO_LARGE -> MESSAGES.text("profile.logo.problem.tooLarge", name, Logo.MAX_BYTES / (1024 * 1024));
                case NOT_AN_IMAGE -> MESSAGES.text("profile.logo.problem.notImage", name);
                case UNREADABLE -> MESSAGES.text("profile.logo.problem.unreadable", name);
                case DAMAGED -> MESSAGES.text("profile.logo.problem.damaged", name);
                case TOO_MANY_PIXELS -> MESSAGES.text("profile.logo.problem.tooManyPixels", name,
                        Logo.MAX_SIDE_PIXELS);
                case NOT_A_FILE -> MESSAGES.text("files.refused.notAFile", name);
            });
        }
    }

    /** A fingerprint of every row of every table, to show that a refused file changed nothing. */
    String databaseChecksum() {
        String url = "jdbc:h2:file:" + test.services().folder().databaseBase().toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet script = statement.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int lines = 0;
            while (script.next()) {
                digest.update(script.getString(1).getBytes(StandardCharsets.UTF_8));
                lines++;
            }
            return lines + ":" + HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dataFolder() {
        return data;
    }

    @Override
    public void close() {
        test.close();
    }
}
