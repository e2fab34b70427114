package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.payments.ActivityFee;
import org.fourpi.toolkit.payments.Claim;
import org.fourpi.toolkit.payments.ClaimLine;
import org.fourpi.toolkit.payments.ClaimStatus;
import org.fourpi.toolkit.payments.EarningsLimit;
import org.fourpi.toolkit.payments.FeeRates;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.payments.PaymentPreferences;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

class MeetingServiceTest {

    static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private MeetingService meetings;
    private long samira;
    private long tom;
    private long ade;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        meetings = test.services().meetings();
        samira = person("Samira", "Okafor", Perspective.SERVICE_USER, Set.of(AccessNeed.STEP_FREE));
        tom = person("Tom", "Reilly", Perspective.CARER, Set.of());
        ade = person("Ade", "Bello", Perspective.STAFF, Set.of());
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long person(String first, String last, Perspective perspective, Set<AccessNeed> needs) {
        Person p = Person.named(first, last).withStatus(InvolvementStatus.ACTIVE);
        p = new Person(null, p.firstName(), p.lastName(), "", perspective, Set.of(), "", Set.of(), "", "", "", "",
                null, false, null, needs, "", "", InvolvementStatus.ACTIVE);
        return test.services().people().save(p).id();
    }

    private Meeting steering(LocalTime start, LocalTime end) {
        return new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP, InvolvementLevel.C, DEC_10, start, end,
                new Venue("Community hall", "1 High Street", "", false, true, true, false),
                "To plan next year's work together", "Jo Patel, 07700 900123", null, "");
    }

    @Test
    void savesAMeetingWithPapersDueAWeekBeforeUnlessToldOtherwise() {
        Meeting saved = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30)));

        MeetingPlan plan = meetings.find(saved.id()).orElseThrow();
        assertThat(plan.meeting().papersDue()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(plan.meeting().venue().hearingLoop()).isTrue();
        assertThat(meetings.list()).extracting(MeetingSummary::title).containsExactly("Steering group");
    }

    @Test
    void namesEveryProblemAndSavesNothing() {
        Meeting bad = new Meeting(null, " ", null, null, DEC_10, LocalTime.of(12, 0), LocalTime.of(11, 0),
                Venue.NONE, "", "", DEC_10.plusDays(1), "");

        assertThatThrownBy(() -> meetings.save(bad)).isInstanceOfSatisfying(InvalidMeetingException.class,
                e -> assertThat(e.problems()).containsExactly(MeetingProblem.TITLE_MISSING,
                        MeetingProblem.KIND_MISSING, MeetingProblem.ENDS_BEFORE_START,
                        MeetingProblem.PAPERS_DUE_AFTER_MEETING));
        assertThat(meetings.list()).isEmpty();
    }

    @Test
    void gathersEachInvitedPersonsAccessNeedsAndTravelInOnePlace() {
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();
        meetings.invite(id, samira, InvitationRole.MEMBER);
        meetings.invite(id, tom, InvitationRole.MEMBER);
        meetings.setTravel(id, tom, true, true, "Return train from Leeds", Money.of("18.40"));

        List<Invitation> invited = meetings.find(id).orElseThrow().invitations();
        assertThat(invited).extracting(Invitation::personName).containsExactlyInAnyOrder("Samira Okafor", "Tom Reilly");
        Invitation samiraInvited = invited.stream().filter(i -> i.personId() == samira).findFirst().orElseThrow();
        assertThat(samiraInvited.needs()).containsExactly(AccessNeed.STEP_FREE);
        Invitation tomInvited = invited.stream().filter(i -> i.personId() == tom).findFirst().orElseThrow();
        assertThat(tomInvited.travelCost()).isEqualTo(Money.of("18.40"));
        assertThatThrownBy(() -> meetings.recordAttendance(id, ade, Attendance.ATTENDED))
                .isInstanceOf(InvalidMeetingException.class);
    }

    @Test
    void makesDraftClaimsForThoseWhoCameWithTheFeeForTheLengthAndTheTravelWeBooked() {
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 45))).id();
        meetings.invite(id, samira, InvitationRole.MEMBER);
        meetings.invite(id, tom, InvitationRole.MEMBER);
        meetings.invite(id, ade, InvitationRole.STAFF);
        meetings.setTravel(id, tom, true, true, "Return train", Money.of("18.40"));
        long absent = person("Rosa", "Delgado", Perspective.SERVICE_USER, Set.of());
        meetings.invite(id, absent, InvitationRole.MEMBER);
        test.services().paymentPreferences().save(tom,
                new PaymentPreferences(PaymentMethod.CASH, true, EarningsLimit.NONE, null));
        for (long person : List.of(samira, tom, ade)) {
            meetings.recordAttendance(id, person, Attendance.ATTENDED);
        }
        meetings.recordAttendance(id, absent, Attendance.APOLOGIES);

        List<Long> made = meetings.createDraftClaims(id);

        List<Claim> drafts = made.stream().map(c -> test.services().claims().find(c).orElseThrow()).toList();
        assertThat(drafts).extracting(Claim::personId).containsExactlyInAnyOrder(samira, tom);
        assertThat(drafts).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ClaimStatus.DRAFT);
            assertThat(c.meetingId()).isEqualTo(id);
            assertThat(c.activity()).isEqualTo("Steering group");
        });
        Claim samiras = drafts.stream().filter(c -> c.personId() == samira).findFirst().orElseThrow();
        // Two and a quarter hours is paid as two and a half hours at £20.
        assertThat(samiras.lines()).extracting(ClaimLine::amount).containsExactly(Money.of("50.00"));
        Claim toms = drafts.stream().filter(c -> c.personId() == tom).findFirst().orElseThrow();
        assertThat(toms.fees()).isEqualTo(Money.ZERO);
        assertThat(toms.paidByOrganisation()).isEqualTo(Money.of("18.40"));
        assertThat(toms.owed()).isEqualTo(Money.ZERO);

        assertThat(meetings.createDraftClaims(id)).as("nobody gets a second claim").isEmpty();
    }

    @Test
    void givesAMeetingWhoseKindHasFeesOfItsOwnThoseFeesInItsDraftClaims() {
        LocalDate ratesFrom = test.services().paymentPolicy().ratesOn(DEC_10).orElseThrow().effectiveFrom();
        test.services().paymentPolicy().saveActivityFees(ratesFrom, List.of(new ActivityFee("training",
                new FeeRates(Money.of("30.00"), Money.of("80.00"), Money.of("150.00")))));
        long id = meetings.save(new Meeting(null, "Recovery stories", MeetingKind.TRAINING, null, DEC_10,
                LocalTime.of(10, 30), LocalTime.of(12, 30), Venue.NONE, "", "", null, "")).id();
        meetings.invite(id, samira, InvitationRole.MEMBER);
        meetings.recordAttendance(id, samira, Attendance.ATTENDED);

        Claim claim = test.services().claims().find(meetings.createDraftClaims(id).getFirst()).orElseThrow();

        assertThat(claim.activityType()).isEqualTo("training");
        // Two hours at the training fee of £30 an hour, not the general £20.
        assertThat(claim.lines()).extracting(ClaimLine::amount).containsExactly(Money.of("60.00"));
    }

    @Test
    void keepsTheGeneralFeesForAMeetingWhoseKindHasNoFeesOfItsOwn() {
        LocalDate ratesFrom = test.services().paymentPolicy().ratesOn(DEC_10).orElseThrow().effectiveFrom();
        test.services().paymentPolicy().saveActivityFees(ratesFrom, List.of(new ActivityFee("Training",
                new FeeRates(Money.of("30.00"), Money.of("80.00"), Money.of("150.00")))));
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();
        meetings.invite(id, samira, InvitationRole.MEMBER);
        meetings.recordAttendance(id, samira, Attendance.ATTENDED);

        Claim claim = test.services().claims().find(meetings.createDraftClaims(id).getFirst()).orElseThrow();

        assertThat(claim.activityType()).isEmpty();
        assertThat(claim.lines()).extracting(ClaimLine::amount).containsExactly(Money.of("40.00"));
    }

    @Test
    void discardsPapersNeverSavedButKeepsThoseOnASavedAgenda() throws IOException {
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();
        Path pdf = Files.write(files.resolve("budget.pdf"), "%PDF-1.4 the budget".getBytes());
        AgendaItem.Paper saved = meetings.keepPaper(pdf);
        AgendaItem.Paper neverSaved = meetings.keepPaper(pdf);
        meetings.saveAgenda(id, List.of(new AgendaItem("Budget", AgendaAsk.DECIDE, "", 30, "", true, List.of(saved))));

        meetings.discardPapers(List.of(saved.storedFile(), neverSaved.storedFile()));

        assertThat(meetings.paperFile(saved.storedFile())).exists();
        assertThat(meetings.paperFile(neverSaved.storedFile())).doesNotExist();
    }

    @Test
    void paysByTheHourUpToThreeHoursThenAHalfDayThenADay() {
        assertThat(MeetingService.feeFor(Duration.ofMinutes(90))).isEqualTo(LineInput.fee(FeeUnit.HOURS, new BigDecimal("1.5")));
        assertThat(MeetingService.feeFor(Duration.ofMinutes(100))).isEqualTo(LineInput.fee(FeeUnit.HOURS, new BigDecimal("2.0")));
        assertThat(MeetingService.feeFor(Duration.ofMinutes(180))).isEqualTo(LineInput.fee(FeeUnit.HOURS, new BigDecimal("3.0")));
        assertThat(MeetingService.feeFor(Duration.ofMinutes(181))).isEqualTo(LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE));
        assertThat(MeetingService.feeFor(Duration.ofMinutes(271))).isEqualTo(LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
    }

    @Test
    void keepsPdfPapersOnTheAgendaAndRemovesThoseTakenOff() throws IOException {
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();
        Path pdf = Files.write(files.resolve("budget.pdf"), "%PDF-1.4 the budget".getBytes());
        Path notPdf = Files.write(files.resolve("budget.docx"), "PK not a pdf".getBytes());

        AgendaItem.Paper paper = meetings.keepPaper(pdf);
        assertThatThrownBy(() -> meetings.keepPaper(notPdf)).isInstanceOfSatisfying(InvalidMeetingException.class,
                e -> assertThat(e.problems()).containsExactly(MeetingProblem.PAPER_NOT_PDF));
        meetings.saveAgenda(id, List.of(
                new AgendaItem("Welcome", AgendaAsk.NOTE, "Chair", 5, "", false, List.of()),
                new AgendaItem("Next year's budget", AgendaAsk.DECIDE, "Treasurer", 30,
                        "How we plan to spend next year's money.", true, List.of(paper))));

        List<AgendaItem> agenda = meetings.find(id).orElseThrow().agenda();
        assertThat(agenda).extracting(AgendaItem::title).containsExactly("Welcome", "Next year's budget");
        assertThat(agenda.get(1).papers()).extracting(AgendaItem.Paper::fileName).containsExactly("budget.pdf");
        Path kept = meetings.paperFile(paper.storedFile());
        assertThat(kept).exists();

        meetings.saveAgenda(id, List.of(new AgendaItem("Welcome", AgendaAsk.NOTE, "", null, "", false, List.of())));
        assertThat(kept).doesNotExist();
    }

    @Test
    void recordsWhenPacksWentOutAndRefusesDatesStillToCome() {
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();
        meetings.invite(id, samira, InvitationRole.MEMBER);

        assertThatThrownBy(() -> meetings.recordPackSent(id, List.of(samira), LocalDate.of(2026, 11, 27), PackSentBy.EMAIL))
                .isInstanceOf(InvalidMeetingException.class);
        meetings.recordPackSent(id, List.of(samira), LocalDate.of(2026, 11, 26), PackSentBy.POST);

        Invitation sent = meetings.find(id).orElseThrow().invitations().getFirst();
        assertThat(sent.packSentOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(sent.packSentBy()).isEqualTo(PackSentBy.POST);
    }

    @Test
    void takesTheOrganisationsOwnEarliestStartWhenItHasOne() {
        long id = meetings.save(steering(LocalTime.of(9, 45), LocalTime.of(11, 45))).id();
        assertThat(meetings.checks(id, AccessNeed::name)).extracting(MeetingCheck::kind)
                .contains(MeetingCheck.Kind.EARLY_START);

        test.services().preferences().remember(MeetingChecks.EARLIEST_START_KEY, "09:30");
        assertThat(meetings.checks(id, AccessNeed::name)).extracting(MeetingCheck::kind)
                .doesNotContain(MeetingCheck.Kind.EARLY_START);
    }

    @Test
    void findsThePreviousMeetingOfTheSameSeriesForItsActions() {
        Meeting october = meetings.save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP, null,
                LocalDate.of(2026, 10, 8), LocalTime.of(10, 30), LocalTime.of(12, 0), Venue.NONE, "", "", null,
                "Agreed: ask the trust for a quiet room."));
        meetings.save(new Meeting(null, "Board", MeetingKind.BOARD, InvolvementLevel.D, LocalDate.of(2026, 11, 5),
                LocalTime.of(14, 0), LocalTime.of(16, 0), Venue.NONE, "", "", null, "Not this one."));
        long december = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();

        assertThat(meetings.previous(december)).hasValueSatisfying(m -> {
            assertThat(m.id()).isEqualTo(october.id());
            assertThat(m.notes()).isEqualTo("Agreed: ask the trust for a quiet room.");
        });
        assertThat(meetings.previous(october.id())).isEmpty();
    }

    @Test
    void warnsOfJargonInTheAgendaAndPapersUntilTheGlossaryExplainsIt() throws Exception {
        long id = meetings.save(steering(LocalTime.of(10, 30), LocalTime.of(12, 30))).id();
        Path pdf = files.resolve("benefits.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Letters from the DWP about PIP reviews."));
            document.close();
        }
        meetings.saveAgenda(id, List.of(new AgendaItem("Benefits", AgendaAsk.DISCUSS, "", 20,
                "What the ICB told us.", false, List.of(meetings.keepPaper(pdf)))));

        MeetingCheck jargon = meetings.checks(id, AccessNeed::name).stream()
                .filter(c -> c.kind() == MeetingCheck.Kind.UNEXPLAINED_JARGON).findFirst().orElseThrow();
        assertThat(jargon.details()).containsExactly("DWP", "PIP");

        test.services().glossary().add("DWP", "The Department for Work and Pensions, which pays benefits.");
        test.services().glossary().add("PIP", "Personal Independence Payment, a benefit for extra costs of disability.");
        assertThat(meetings.checks(id, AccessNeed::name)).extracting(MeetingCheck::kind)
                .doesNotContain(MeetingCheck.Kind.UNEXPLAINED_JARGON);
    }
}
