package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.fourpi.toolkit.payments.Claim;
import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimService;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The example season of meetings, filled once with all the example data into a fresh folder (today is 26 November 2026). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleMeetingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir static Path dataDir;
    private TestServices test;
    private MeetingService meetings;
    private List<MeetingPlan> plans;
    private long fillMillis;

    @BeforeAll
    void fill() {
        test = TestServices.open(dataDir);
        meetings = test.services().meetings();
        long start = System.nanoTime();
        test.services().exampleData().fill();
        fillMillis = (System.nanoTime() - start) / 1_000_000;
        plans = meetings.list().stream().map(s -> meetings.find(s.id()).orElseThrow()).toList();
    }

    @AfterAll
    void close() {
        test.close();
    }

    private List<MeetingPlan> past() {
        return plans.stream().filter(p -> p.meeting().date().isBefore(TODAY)).toList();
    }

    private List<MeetingPlan> upcoming() {
        return plans.stream().filter(p -> p.meeting().date().isAfter(TODAY)).toList();
    }

    /**
     * The checks on a meeting, leaving out unexplained jargon: that one depends on the organisation's
     * glossary, not on the meeting's plan.
     */
    private List<MeetingCheck.Kind> checks(MeetingPlan plan) {
        return meetings.checks(plan.meeting().id(), AccessNeed::name).stream().map(MeetingCheck::kind)
                .filter(kind -> kind != MeetingCheck.Kind.UNEXPLAINED_JARGON).toList();
    }

    @Test
    void fillsAboutEightPastMeetingsAndThreeUpcomingOfEveryKind() {
        assertThat(past()).hasSize(8).allMatch(p -> !p.meeting().date().isBefore(TODAY.minusMonths(6)));
        assertThat(upcoming()).hasSize(3).allMatch(p -> !p.meeting().date().isAfter(TODAY.plusWeeks(5)));
        assertThat(plans).extracting(p -> p.meeting().kind()).contains(MeetingKind.BOARD,
                MeetingKind.STEERING_GROUP, MeetingKind.FOCUS_GROUP, MeetingKind.TRAINING, MeetingKind.CONSULTATION);
        assertThat(plans).anyMatch(p -> p.meeting().venue().isOnlineOnly());
        assertThat(plans).filteredOn(p -> !p.meeting().venue().isOnlineOnly())
                .allMatch(p -> !p.meeting().venue().address().isEmpty())
                .anyMatch(p -> p.meeting().venue().stepFree() && p.meeting().venue().hearingLoop());
        assertThat(plans).allMatch(p -> !p.meeting().supportContact().isEmpty());
        assertThat(test.services().exampleData().isEmpty()).isFalse();
        System.out.println("All example data added in " + fillMillis + " ms");
        assertThat(fillMillis).isLessThan(60_000);
    }

    @Test
    void invitesMostlyServiceUsersAndCarersWithAStaffMember() {
        for (MeetingPlan plan : plans) {
            assertThat(plan.invitations()).filteredOn(Invitation::hasLivedExperience).hasSizeGreaterThanOrEqualTo(3);
            assertThat(plan.invitations()).anyMatch(i -> i.role() == InvitationRole.STAFF);
            assertThat(plan.agenda()).hasSizeBetween(2, 4).allMatch(i -> !i.laySummary().isEmpty());
        }
        assertThat(plans).anyMatch(p -> p.invitations().stream().anyMatch(i -> i.travelBooked()
                && i.travelCost() != null && !i.travelCost().isZero()));
    }

    @Test
    void strategicBoardsHaveAReserveSoNoReserveCheckShows() {
        List<MeetingPlan> boards = plans.stream().filter(p -> p.meeting().level() == InvolvementLevel.D).toList();
        assertThat(boards).isNotEmpty().anyMatch(p -> p.meeting().date().isAfter(TODAY));
        for (MeetingPlan board : boards) {
            assertThat(board.invitations()).anyMatch(i -> i.role() == InvitationRole.RESERVE);
            assertThat(checks(board)).doesNotContain(MeetingCheck.Kind.NO_RESERVE,
                    MeetingCheck.Kind.FEW_SERVICE_USERS_OR_CARERS);
        }
    }

    @Test
    void theChecksFireWhereIntended() {
        MeetingPlan next = upcoming().stream().min((a, b) -> a.meeting().date().compareTo(b.meeting().date()))
                .orElseThrow();
        assertThat(next.agenda()).anyMatch(AgendaItem::missingPaper);
        assertThat(checks(next)).containsExactly(MeetingCheck.Kind.PAPERS_MISSING);

        MeetingPlan early = plans.stream().filter(p -> p.meeting().startsAt().isBefore(LocalTime.of(10, 0)))
                .findFirst().orElseThrow();
        assertThat(early.meeting().startsAt()).isEqualTo(LocalTime.of(9, 30));
        assertThat(early.meeting().date()).isAfter(TODAY);
        assertThat(checks(early)).containsExactly(MeetingCheck.Kind.EARLY_START);

        MeetingPlan board = upcoming().stream().filter(p -> p.meeting().level() == InvolvementLevel.D).findFirst()
                .orElseThrow();
        assertThat(checks(board)).containsExactly(MeetingCheck.Kind.TRAVEL_NOT_BOOKED);

        assertThat(plans).filteredOn(p -> p.meeting().startsAt().isBefore(LocalTime.of(10, 0))).hasSize(1);
        assertThat(past()).allMatch(p -> p.agenda().stream().noneMatch(AgendaItem::missingPaper));
    }

    @Test
    void pastMeetingsHavePacksSentOneLateAndAttendanceButNoNewClaims() {
        for (MeetingPlan plan : past()) {
            assertThat(plan.invitations()).allMatch(i -> i.packSentOn() != null && i.packSentBy() != null
                    && i.attendance() != null);
            assertThat(plan.invitations()).filteredOn(i -> i.attendance() == Attendance.ATTENDED
                    && i.hasLivedExperience()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(plan.meeting().notes()).isNotEmpty();
        }
        assertThat(past()).flatExtracting(MeetingPlan::invitations).extracting(Invitation::attendance)
                .contains(Attendance.APOLOGIES, Attendance.DID_NOT_ATTEND);
        assertThat(past()).flatExtracting(p -> p.invitations().stream()
                .filter(i -> i.packSentOn().isAfter(p.meeting().papersDue())).toList()).hasSize(1);
        for (MeetingPlan plan : upcoming()) {
            assertThat(plan.invitations()).allMatch(i -> i.packSentOn() == null && i.attendance() == null);
        }
        ClaimService claims = test.services().claims();
        assertThat(claims.list(ClaimFilter.ALL)).allMatch(s -> {
            Claim claim = claims.find(s.id()).orElseThrow();
            return claim.meetingId() == null;
        });
    }

    @Test
    void papersAreRealPdfsOfOneOrTwoPagesInPlainEnglishWithAcronyms() throws IOException {
        List<AgendaItem.Paper> papers = plans.stream().flatMap(p -> p.agenda().stream())
                .flatMap(i -> i.papers().stream()).toList();
        assertThat(papers).hasSizeGreaterThan(10);
        StringBuilder all = new StringBuilder();
        for (AgendaItem.Paper paper : papers) {
            Path file = meetings.paperFile(paper.storedFile());
            assertThat(paper.fileName()).endsWith(".pdf");
            PdfReader reader = new PdfReader(Files.readAllBytes(file));
            try {
                assertThat(reader.getNumberOfPages()).isBetween(1, 2);
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    all.append(extractor.getTextFromPage(page).replaceAll("\\s+", " ")).append('\n');
                }
            } finally {
                reader.close();
            }
        }
        String text = all.toString();
        assertThat(text).contains("ICB (Integrated Care Board", "CMHT", "Care Programme Approach", "CPA",
                "Questions for members");
        assertThat(papers.stream().map(AgendaItem.Paper::storedFile).distinct()).hasSameSizeAs(papers);
    }
}
