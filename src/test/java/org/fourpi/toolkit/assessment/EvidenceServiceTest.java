package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.glossary.GlossaryTerm;
import org.fourpi.toolkit.meetings.Attendance;
import org.fourpi.toolkit.meetings.InvitationRole;
import org.fourpi.toolkit.meetings.Meeting;
import org.fourpi.toolkit.meetings.MeetingChecks;
import org.fourpi.toolkit.meetings.MeetingKind;
import org.fourpi.toolkit.meetings.PackSentBy;
import org.fourpi.toolkit.meetings.Venue;
import org.fourpi.toolkit.payments.Claim;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.people.AgeBand;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "What your records show" on known records; today is 26 November 2026. */
class EvidenceServiceTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private Services services;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        services = test.services();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private Map<EvidenceKind, List<String>> figures() {
        return services.evidence().figures();
    }

    private List<String> figures(EvidenceKind kind) {
        return figures().get(kind);
    }

    private long person(String first, Perspective perspective, InvolvementStatus status, InvolvementLevel... levels) {
        Person p = Person.named(first, "Example");
        return services.people().save(new Person(null, p.firstName(), p.lastName(), "", perspective, Set.of(), "",
                Set.of(levels), "", "", "", "", null, false, null, Set.of(), "", "", status)).id();
    }

    /** Three service users, two carers, one who is both and one staff member active; one who left. */
    private final class Register {
        final long ada = person("Ada", Perspective.SERVICE_USER, InvolvementStatus.ACTIVE, InvolvementLevel.C,
                InvolvementLevel.D);
        final long ben = person("Ben", Perspective.SERVICE_USER, InvolvementStatus.ACTIVE, InvolvementLevel.C);
        final long cy = person("Cy", Perspective.SERVICE_USER, InvolvementStatus.ACTIVE, InvolvementLevel.D);
        final long dee = person("Dee", Perspective.CARER, InvolvementStatus.ACTIVE, InvolvementLevel.C);
        final long eve = person("Eve", Perspective.CARER, InvolvementStatus.ACTIVE, InvolvementLevel.C,
                InvolvementLevel.E);
        final long fay = person("Fay", Perspective.BOTH, InvolvementStatus.ACTIVE, InvolvementLevel.D);
        final long sam = person("Sam", Perspective.STAFF, InvolvementStatus.ACTIVE, InvolvementLevel.C);
        final long lee = person("Lee", Perspective.SERVICE_USER, InvolvementStatus.LEFT, InvolvementLevel.A,
                InvolvementLevel.B);
    }

    private long meeting(String title, LocalDate date, LocalTime start) {
        return services.meetings().save(new Meeting(null, title, MeetingKind.STEERING_GROUP, InvolvementLevel.C, date,
                start, start.plusHours(2), new Venue("Community hall", "1 High Street", "", true, true, true, true),
                "To plan the year", "Jo, 07700 900123", null, "")).id();
    }

    @Test
    void saysNothingIsRecordedYetInAnEmptyFolder() {
        services.glossary().list().forEach(t -> services.glossary().remove(t.id()));

        Map<EvidenceKind, List<String>> figures = figures();

        assertThat(figures).containsOnlyKeys(EvidenceKind.values());
        assertThat(figures.get(EvidenceKind.ACTIVE_BY_PERSPECTIVE))
                .containsExactly("No service users or carers are recorded as active yet.");
        assertThat(figures.get(EvidenceKind.ACTIVE_BY_LEVEL))
                .containsExactly("No service users or carers are recorded as active yet.");
        assertThat(figures.get(EvidenceKind.EQUALITY_COVERAGE))
                .containsExactly("Nobody is recorded as active in the register yet.");
        assertThat(figures.get(EvidenceKind.ROLE_DESCRIPTIONS))
                .containsExactly("Nobody is recorded as active in the register yet.");
        assertThat(figures.get(EvidenceKind.MEETINGS_FEW_VOICES))
                .containsExactly("No meetings are recorded for the last 12 months yet.");
        assertThat(figures.get(EvidenceKind.EARLY_MEETINGS))
                .containsExactly("No meetings are recorded for the last 12 months yet.");
        assertThat(figures.get(EvidenceKind.PACKS_AHEAD))
                .containsExactly("No meeting packs are recorded as sent for the last 12 months yet.");
        assertThat(figures.get(EvidenceKind.TRAVEL_BOOKED))
                .containsExactly("No travel was recorded as needed for meetings in the last 12 months.");
        assertThat(figures.get(EvidenceKind.GLOSSARY)).containsExactly("The glossary has no terms yet.");
        assertThat(figures.get(EvidenceKind.TIME_TO_PAY))
                .containsExactly("No claims have been paid in the last 12 months.");
        assertThat(figures.values()).flatMap(l -> l).noneMatch(s -> s.contains("!") || s.contains("{"));
    }

    @Test
    void countsActiveServiceUsersAndCarersByPerspectiveAndLevel() {
        new Register();

        assertThat(figures(EvidenceKind.ACTIVE_BY_PERSPECTIVE)).containsExactly(
                "3 service users, 2 carers and 1 person who is both are active.",
                "That is 6 of the 7 people active in the register.");
        assertThat(figures(EvidenceKind.ACTIVE_BY_LEVEL)).containsExactly(
                "Active service users and carers at each level: A 0, B 0, C 4, D 3, E 1.",
                "Levels with fewer than two of them: A, B, E.");
    }

    @Test
    void saysEveryLevelHasEnoughWhenItDoes() {
        for (String name : List.of("Ada", "Ben")) {
            person(name, Perspective.CARER, InvolvementStatus.ACTIVE, InvolvementLevel.values());
        }

        assertThat(figures(EvidenceKind.ACTIVE_BY_LEVEL)).containsExactly(
                "Active service users and carers at each level: A 2, B 2, C 2, D 2, E 2.",
                "Every level has at least two of them.");
        assertThat(figures(EvidenceKind.ACTIVE_BY_PERSPECTIVE)).first()
                .isEqualTo("No service users, 2 carers and nobody who is both are active.");
    }

    @Test
    void countsEqualityAnswersOnlyInBandsWhenGroupsAreSmall() {
        Register r = new Register();
        // Some groups in the register are small, so even "nobody" is shown as fewer than 5.
        List<String> none = figures(EvidenceKind.EQUALITY_COVERAGE);

        EqualityAnswers answers = new EqualityAnswers(AgeBand.values()[2], null, null, null, null, null, null, null,
                null);
        services.equality().save(r.ada, answers);
        services.equality().save(r.dee, answers);
        services.equality().save(r.lee, answers);

        assertThat(figures(EvidenceKind.EQUALITY_COVERAGE)).containsExactly(
                "Fewer than 5 of the people active now have answered the equality questions.",
                "The figure is shown in a band of five, so that nobody in a small group can be picked out.");
        assertThat(figures(EvidenceKind.EQUALITY_COVERAGE)).isEqualTo(none);
    }

    @Test
    void countsRoleDescriptionsOnFileForActivePeopleOnly() throws IOException {
        Register r = new Register();
        Path paper = Files.writeString(files.resolve("paper.txt"), "A paper");
        Path named = Files.writeString(files.resolve("expert-role.txt"), "A role");
        services.people().addDocument(r.ada, paper, "Role description: expert by experience");
        services.people().addDocument(r.ben, paper, "Consent form");
        services.people().addDocument(r.dee, named, "");
        services.people().addDocument(r.lee, paper, "Role description");
        services.people().addDocument(r.eve, paper, "Payroll letter");

        assertThat(figures(EvidenceKind.ROLE_DESCRIPTIONS)).containsExactly(
                "2 of the 7 people active now have a role description on file.",
                "This counts documents on people's records with the word \"role\" in the title or file name.");
    }

    @Test
    void saysWhenNoActivePersonHasARoleDescription() {
        new Register();

        assertThat(figures(EvidenceKind.ROLE_DESCRIPTIONS)).first()
                .isEqualTo("No role description is on file for anyone active now.");
    }

    @Test
    void readsMeetingsOfTheLastTwelveMonths() {
        Register r = new Register();
        // Attendance recorded: one service user came, the carer sent apologies, so too few voices.
        long october = meeting("Steering group", LocalDate.of(2026, 10, 1), LocalTime.of(9, 30));
        services.meetings().invite(october, r.ada, InvitationRole.MEMBER);
        services.meetings().invite(october, r.dee, InvitationRole.MEMBER);
        services.meetings().invite(october, r.sam, InvitationRole.STAFF);
        services.meetings().recordPackSent(october, List.of(r.ada), LocalDate.of(2026, 9, 20), PackSentBy.EMAIL);
        services.meetings().recordPackSent(october, List.of(r.dee), LocalDate.of(2026, 9, 28), PackSentBy.POST);
        services.meetings().recordAttendance(october, r.ada, Attendance.ATTENDED);
        services.meetings().recordAttendance(october, r.dee, Attendance.APOLOGIES);
        services.meetings().recordAttendance(october, r.sam, Attendance.ATTENDED);
        // No attendance recorded: three invited, packs a fortnight ahead, travel for two, one booked.
        long june = meeting("Reading group", LocalDate.of(2026, 6, 15), LocalTime.of(10, 0));
        for (long person : List.of(r.ben, r.eve, r.fay)) {
            services.meetings().invite(june, person, InvitationRole.MEMBER);
        }
        services.meetings().recordPackSent(june, List.of(r.ben, r.eve, r.fay), LocalDate.of(2026, 6, 1),
                PackSentBy.EMAIL);
        services.meetings().setTravel(june, r.ben, true, true, "Taxi", Money.of("12.00"));
        services.meetings().setTravel(june, r.eve, true, false, "", null);
        // Longer ago than a year, and still to come: neither counts.
        long old = meeting("Steering group", LocalDate.of(2025, 10, 1), LocalTime.of(8, 0));
        services.meetings().invite(old, r.ada, InvitationRole.MEMBER);
        services.meetings().setTravel(old, r.ada, true, false, "", null);
        long next = meeting("Steering group", LocalDate.of(2026, 12, 10), LocalTime.of(9, 0));
        services.meetings().invite(next, r.ada, InvitationRole.MEMBER);
        services.meetings().recordPackSent(next, List.of(r.ada), LocalDate.of(2026, 11, 20), PackSentBy.EMAIL);

        Map<EvidenceKind, List<String>> figures = figures();

        assertThat(figures.get(EvidenceKind.MEETINGS_FEW_VOICES)).containsExactly(
                "1 of 2 meetings in the last 12 months had fewer than two service users or carers there.",
                "Where attendance was not recorded, the people invited are counted instead.");
        assertThat(figures.get(EvidenceKind.EARLY_MEETINGS)).containsExactly(
                "1 of 2 meetings in the last 12 months started before 10:00, the earliest start you have set.");
        assertThat(figures.get(EvidenceKind.PACKS_AHEAD)).containsExactly(
                "4 of 5 packs for meetings in the last 12 months (80%) went out 7 or more days before the meeting.",
                "1 pack for past meetings went out less than 7 days before.",
                "1 person invited to past meetings had no pack recorded as sent.");
        assertThat(figures.get(EvidenceKind.TRAVEL_BOOKED)).containsExactly(
                "Travel was needed twice for meetings in the last 12 months, and booked ahead once.");

        services.preferences().remember(MeetingChecks.EARLIEST_START_KEY, "09:00");
        assertThat(figures(EvidenceKind.EARLY_MEETINGS)).containsExactly(
                "0 of 2 meetings in the last 12 months started before 09:00, the earliest start you have set.");
    }

    @Test
    void countsGlossaryTerms() {
        int before = services.glossary().list().size();
        services.glossary().add("Commissioner", "The organisation that pays for a service.");

        assertThat(figures(EvidenceKind.GLOSSARY)).containsExactly(
                "The glossary explains " + (before + 1) + " terms.");

        List<GlossaryTerm> terms = services.glossary().list();
        terms.stream().skip(1).forEach(t -> services.glossary().remove(t.id()));
        assertThat(figures(EvidenceKind.GLOSSARY)).containsExactly("The glossary explains 1 term.");
    }

    @Test
    void saysWhetherAPolicyRatesAndThisYearsBudgetAreRecorded() {
        assertThat(figures(EvidenceKind.PAYMENT_POLICY)).containsExactly(
                "A payment policy is written down.",
                "Payment rates are recorded. The rates in force today have applied since 6 April 2026.",
                "No budget is set for this tax year (2026-27) yet.");

        services.paymentPolicy().savePolicyText("");
        services.budget().save(TaxYear.of(LocalDate.of(2026, 11, 26)),
                Map.of(ClaimCategory.FEE, Money.of("1200.00"), ClaimCategory.TAXI, Money.of("300.00")));
        services.budget().save(TaxYear.starting(2027), Map.of(ClaimCategory.FEE, Money.of("9.00")));

        assertThat(figures(EvidenceKind.PAYMENT_POLICY)).containsExactly(
                "No payment policy is written down yet.",
                "Payment rates are recorded. The rates in force today have applied since 6 April 2026.",
                "A budget of £1,500.00 is set for this tax year (2026-27).");
    }

    @Test
    void givesTheMedianDaysToPayAndTheShareWithinTarget() {
        long ada = person("Ada", Perspective.SERVICE_USER, InvolvementStatus.ACTIVE, InvolvementLevel.C);
        paid(ada, LocalDate.of(2026, 9, 1), 5);
        paid(ada, LocalDate.of(2026, 10, 1), 10);
        paid(ada, LocalDate.of(2026, 10, 10), 20);
        // Paid more than 12 months ago: left out.
        paid(ada, LocalDate.of(2025, 9, 1), 60);

        assertThat(figures(EvidenceKind.TIME_TO_PAY)).containsExactly(
                "3 claims were paid in the last 12 months. Half were paid within 10 days of the activity (the median).",
                "2 of 3 (67%) were paid within the target of 14 days.");
    }

    private void paid(long person, LocalDate activity, int days) {
        var claims = services.claims();
        Claim draft = claims.create(new ClaimDraft(person, "Steering group", "", activity, "",
                List.of(LineInput.cost(ClaimCategory.TAXI, "", Money.of("10.00")))));
        claims.submit(draft.id(), activity);
        claims.approve(draft.id(), activity);
        claims.markPaid(draft.id(), activity.plusDays(days), PaymentMethod.BANK_TRANSFER, "BACS");
    }

    @Test
    void neverNamesAnyone() {
        Register r = new Register();
        long october = meeting("Steering group", LocalDate.of(2026, 10, 1), LocalTime.of(9, 30));
        services.meetings().invite(october, r.ada, InvitationRole.MEMBER);
        services.meetings().setTravel(october, r.ada, true, true, "Taxi", Money.of("12.00"));

        assertThat(figures().values()).flatMap(l -> l)
                .noneMatch(s -> s.matches(".*\\b(Ada|Ben|Cy|Dee|Eve|Fay|Sam|Lee|Example)\\b.*"));
    }
}
