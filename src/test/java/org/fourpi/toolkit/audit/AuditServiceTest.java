package org.fourpi.toolkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.EarningsLimit;
import org.fourpi.toolkit.payments.FeeUnit;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.payments.PaymentPreferences;
import org.fourpi.toolkit.payments.PaymentRates;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.AgeBand;
import org.fourpi.toolkit.people.Answer;
import org.fourpi.toolkit.people.ConsentMethod;
import org.fourpi.toolkit.people.ConsentPurpose;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.Ethnicity;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.PeopleImportSheet;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Religion;
import org.fourpi.toolkit.settings.Appearance;
import org.fourpi.toolkit.settings.OrganisationProfile;
import org.fourpi.toolkit.settings.Theme;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each change to people, payments and settings leaves its entries in the audit log, with who and the values. */
class AuditServiceTest {

    @TempDir
    Path temp;

    private TestServices test;
    private Services services;
    private AuditService audit;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        services = test.services();
        audit = services.audit();
    }

    @AfterEach
    void close() {
        try {
            AuditWords words = new AuditWords(TestServices.MESSAGES);
            assertThat(entries()).as("every kind of change and field logged has words").allSatisfy(e -> {
                assertThat(words.what(e.what())).isNotEqualTo(e.what());
                if (e.field() != null) {
                    assertThat(words.field(e.field())).isNotEqualTo(e.field());
                }
            });
        } finally {
            test.close();
        }
    }

    private List<AuditEntryRow> entries() {
        return audit.page(AuditFilter.ALL, 0, 10_000);
    }

    private List<AuditEntryRow> entries(String what) {
        return entries().stream().filter(e -> e.what().equals(what)).toList();
    }

    private long addAda() {
        return services.people().save(Person.named("Ada", "Lovelace")).id();
    }

    @Test
    void addingAPersonIsLoggedWithWhoAndWhenAndTheirName() {
        long id = addAda();

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.what()).isEqualTo("person.created");
            assertThat(e.area()).isEqualTo(AuditArea.PEOPLE);
            assertThat(e.changedBy()).isEqualTo(TestServices.USER);
            assertThat(e.changedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 26, 10, 0));
            assertThat(e.recordId()).isEqualTo(id);
            assertThat(e.personId()).isEqualTo(id);
            assertThat(e.after()).isEqualTo("Ada Lovelace");
        });
    }

    @Test
    void editingAPersonLogsEachChangedFieldWithItsValueBeforeAndAfter() {
        long id = addAda();
        Person ada = services.people().find(id).orElseThrow().person();
        Person changed = new Person(id, "Ada", "King", ada.knownAs(), ada.perspective(), ada.roles(), ada.otherRole(),
                ada.levels(), "ada@example.org", ada.phone(), ada.address(), ada.postcode(), ada.preferredContact(),
                true, LocalDate.of(1985, 11, 27), Set.of(AccessNeed.LARGE_PRINT), "Afternoons", ada.otherNeeds(),
                ada.status());

        services.people().save(changed);

        assertThat(entries("person.changed")).extracting(AuditEntryRow::field, AuditEntryRow::before,
                AuditEntryRow::after, AuditEntryRow::personId).containsExactlyInAnyOrder(
                tuple("lastName", "Lovelace", "King", id),
                tuple("email", null, "ada@example.org", id),
                tuple("listedInPacks", "No", "Yes", id),
                tuple("dateOfBirth", null, "27/11/1985", id));
        assertThat(entries("person.needs")).extracting(AuditEntryRow::field, AuditEntryRow::before,
                AuditEntryRow::after).containsExactlyInAnyOrder(
                tuple("needs", null, "Large print"),
                tuple("preferredTimes", null, "Afternoons"));
    }

    @Test
    void savingAPersonWithNothingChangedLogsNothingMore() {
        long id = addAda();
        services.people().save(services.people().find(id).orElseThrow().person());

        assertThat(entries()).hasSize(1);
    }

    @Test
    void statusConsentAndDocumentsAreLogged() throws IOException {
        long id = addAda();
        services.people().changeStatus(id, InvolvementStatus.TAKING_A_BREAK, LocalDate.of(2026, 11, 20), "Busy at work");
        long consent = services.people().recordConsent(id, ConsentPurpose.KEEP_DETAILS, LocalDate.of(2026, 11, 1),
                ConsentMethod.IN_WRITING, "v2");
        services.people().withdrawConsent(consent, services.equality());
        Path role = Files.writeString(temp.resolve("role.txt"), "Role description");
        services.people().addDocument(id, role, "Role description");

        assertThat(entries("person.status")).extracting(AuditEntryRow::field, AuditEntryRow::before,
                AuditEntryRow::after).containsExactlyInAnyOrder(
                tuple("status", "Active", "Taking a break"),
                tuple("effectiveOn", null, "20/11/2026"),
                tuple("note", null, "Busy at work"));
        assertThat(entries("person.consent.given")).extracting(AuditEntryRow::field, AuditEntryRow::after)
                .contains(tuple("givenOn", "01/11/2026"));
        assertThat(entries("person.consent.withdrawn")).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(id);
            assertThat(new AuditWords(TestServices.MESSAGES).record(e)).isEqualTo("Consent " + consent);
        });
        assertThat(entries("person.document.added")).singleElement().satisfies(e -> {
            assertThat(e.personId()).isEqualTo(id);
            assertThat(e.after()).isEqualTo("Role description (role.txt)");
        });
    }

    @Test
    void equalityChangesSayWhichQuestionsChangedButNeverTheAnswers() {
        long id = addAda();
        services.equality().save(id, new EqualityAnswers(AgeBand.values()[2], Ethnicity.WHITE_IRISH, null, null,
                Answer.YES, null, Religion.values()[1], null, null));
        services.equality().save(id, new EqualityAnswers(AgeBand.values()[2], Ethnicity.WHITE_ROMA, null, null,
                Answer.YES, null, Religion.values()[1], null, null));

        List<AuditEntryRow> equality = entries("person.equality.changed");
        assertThat(equality).extracting(AuditEntryRow::field).containsExactlyInAnyOrder("equality.ageBand",
                "equality.ethnicity", "equality.disability", "equality.religion", "equality.ethnicity");
        assertThat(equality).allSatisfy(e -> {
            assertThat(e.before()).isNull();
            assertThat(e.after()).isNull();
            assertThat(e.personId()).isEqualTo(id);
        });
        String everything = entries().toString();
        for (String answer : List.of("WHITE_IRISH", "Irish", "Roma", TestServices.MESSAGES.text(
                Religion.values()[1].labelKey()), TestServices.MESSAGES.text(AgeBand.values()[2].labelKey()))) {
            assertThat(everything).doesNotContain(answer);
        }
    }

    @Test
    void anImportAndItsUndoAreOneEntryEachWithTheFileAndHowMany() throws IOException {
        Path file = Files.writeString(temp.resolve("people.csv"), """
                First name,Last name,Email
                Grace,Hopper,grace@example.org
                Alan,Turing,alan@example.org
                """);
        PeopleImportSheet sheet = services.peopleImport().read(file, Progress.NONE);
        var result = services.peopleImport().commit(services.peopleImport().preview(sheet, sheet.suggestedMapping(),
                Progress.NONE), false, Progress.NONE);
        services.peopleImport().undo();

        assertThat(entries("peopleImport.done")).extracting(AuditEntryRow::recordId, AuditEntryRow::field,
                AuditEntryRow::after).containsExactlyInAnyOrder(
                tuple(result.batchId(), "file", "people.csv"),
                tuple(result.batchId(), "peopleAdded", "2"),
                tuple(result.batchId(), "peopleUpdated", "0"));
        assertThat(entries("peopleImport.undone")).extracting(AuditEntryRow::field, AuditEntryRow::after)
                .contains(tuple("peopleRemoved", "2"));
        assertThat(entries("person.created")).as("the import is logged as a batch, not person by person").isEmpty();
    }

    @Test
    void paymentRatesPolicyTextPreferencesAndBudgetAreLoggedWithMoneyAsPoundsAndPence() {
        PaymentRates current = services.paymentPolicy().ratesOn(LocalDate.of(2026, 11, 1)).orElseThrow();
        services.paymentPolicy().save(new PaymentRates(LocalDate.of(2026, 12, 1), Money.of("22.5"),
                current.feeHalfDay(), current.feeDay(), current.mileageFirst10000(), current.mileageAfter10000(),
                current.mileagePerPassenger(), current.childcareHourly(), current.replacementCarerHourly(),
                current.supportWorkerHourly(), current.subsistenceLimitDay(), current.targetDaysToPay(),
                current.esaWeeklyLimit(), current.carersAllowanceWeeklyLimit(), current.tradingAllowance()));
        services.paymentPolicy().savePolicyText("We pay within a week.");
        long id = addAda();
        services.paymentPreferences().save(id, new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false,
                EarningsLimit.CUSTOM_WEEKLY, Money.of("100")));
        Map<ClaimCategory, Money> budget = new EnumMap<>(ClaimCategory.class);
        budget.put(ClaimCategory.FEE, Money.of("1250"));
        services.budget().save(TaxYear.starting(2026), budget);

        assertThat(entries("rates.added")).extracting(AuditEntryRow::field, AuditEntryRow::before,
                AuditEntryRow::after).containsExactlyInAnyOrder(
                tuple("effectiveFrom", "06/04/2026", "01/12/2026"),
                tuple("rates.feeHourly", current.feeHourly().amount().setScale(2).toPlainString(), "22.50"));
        assertThat(entries("rates.policyText")).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("We pay within a week."));
        assertThat(entries("paymentPreferences.changed")).extracting(AuditEntryRow::field, AuditEntryRow::after,
                AuditEntryRow::personId).containsExactlyInAnyOrder(
                tuple("preferences.method", "Bank transfer", id),
                tuple("preferences.limit", TestServices.MESSAGES.text(EarningsLimit.CUSTOM_WEEKLY.labelKey()), id),
                tuple("preferences.customLimit", "100.00", id));
        assertThat(entries("budget.changed")).extracting(AuditEntryRow::recordId, AuditEntryRow::field,
                AuditEntryRow::before, AuditEntryRow::after)
                .containsExactly(tuple(2026L, "payments.category.FEE", null, "1250.00"));
        assertThat(entries()).filteredOn(e -> !e.what().equals("person.created"))
                .allSatisfy(e -> assertThat(e.area()).isEqualTo(AuditArea.PAYMENTS));
    }

    @Test
    void claimChangesJoinTheLogWithThePersonTheyAreFor() {
        long id = addAda();
        long claim = services.claims().create(new ClaimDraft(id, "Steering group", "", LocalDate.of(2026, 11, 12), "",
                List.of(LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))))).id();
        services.claims().submit(claim);

        assertThat(entries()).filteredOn(e -> e.what().startsWith("claim."))
                .extracting(AuditEntryRow::what, AuditEntryRow::recordId, AuditEntryRow::personId)
                .containsExactlyInAnyOrder(tuple("claim.CREATED", claim, id), tuple("claim.SUBMITTED", claim, id));
        assertThat(services.claims().audit(claim)).as("the claim keeps its own trail too").hasSize(2);
    }

    @Test
    void organisationProfileAndPreferencesAreLoggedAsSettings() {
        services.organisations().save(new OrganisationProfile("Voices Together", "", "", "", "", "Sam", "", "", "", "",
                "", null));
        services.organisations().save(new OrganisationProfile("Voices Together CIO", "", "", "", "", "Sam", "", "", "",
                "", "", null));
        services.preferences().saveAppearance(new Appearance(Theme.DARK, 150));
        services.preferences().saveMeetingEarliestStart(LocalTime.of(11, 0));

        assertThat(entries("settings.profile")).extracting(AuditEntryRow::field, AuditEntryRow::before,
                AuditEntryRow::after).containsExactlyInAnyOrder(
                tuple("profile.field.NAME", null, "Voices Together"),
                tuple("profile.field.CONTACT_NAME", null, "Sam"),
                tuple("profile.field.NAME", "Voices Together", "Voices Together CIO"));
        assertThat(entries("settings.preference")).extracting(AuditEntryRow::field, AuditEntryRow::after)
                .contains(tuple("appearance_theme", "DARK"), tuple("appearance_text_size_percent", "150"),
                        tuple("meeting-earliest-start", "11:00"));
        assertThat(entries()).allSatisfy(e -> assertThat(e.area()).isEqualTo(AuditArea.SETTINGS));
    }

    @Test
    void aChangeThatFailsLeavesNoEntryAndAnEntryThatFailsLeavesNoChange() {
        try (Database database = Database.open(temp.resolve("other").resolve("toolkit"), temp, DataKey.NONE)) {
            AuditService log = new AuditService(database, TestServices.CLOCK, () -> "sam", TestServices.MESSAGES);
            AttachmentStore files = new AttachmentStore(temp.resolve("files"));
            AuditTrail thenFails = (db, changes) -> {
                log.record(db, changes);
                throw new IllegalStateException("something after the entry went wrong");
            };
            PeopleService failing = new PeopleService(database, TestServices.CLOCK, files, thenFails);
            PeopleService people = new PeopleService(database, TestServices.CLOCK, files, log);

            assertThatThrownBy(() -> failing.save(Person.named("Grace", "Hopper")))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(people.all()).as("the change went with its entry").isEmpty();
            assertThat(log.count(AuditFilter.ALL)).isZero();

            long id = people.save(Person.named("Grace", "Hopper")).id();
            Person renamed = people.find(id).orElseThrow().person();
            assertThatThrownBy(() -> failing.save(new Person(id, "Grace", "Murray", "", renamed.perspective(),
                    Set.of(), "", Set.of(), "", "", "", "", null, false, null, Set.of(), "", "", renamed.status())))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(people.find(id).orElseThrow().person().lastName()).isEqualTo("Hopper");
            assertThat(log.count(AuditFilter.ALL)).as("only the first save's entry").isEqualTo(1);

            assertThatThrownBy(() -> people.save(Person.named("", "Nameless")))
                    .as("a person the rules refuse").isNotNull();
            assertThat(log.count(AuditFilter.ALL)).isEqualTo(1);
        }
    }

    @Test
    void filtersByAreaDaysAndWordsAndCountsWhatItShows() {
        long id = addAda();
        services.paymentPolicy().savePolicyText("We pay within a week.");
        services.preferences().saveAppearance(new Appearance(Theme.DARK, 125));
        AuditWords words = new AuditWords(TestServices.MESSAGES);

        assertThat(audit.count(AuditFilter.ALL)).isEqualTo(4);
        assertThat(audit.page(words.filter(AuditArea.PAYMENTS, null, null, ""), 0, 10))
                .extracting(AuditEntryRow::what).containsExactly("rates.policyText");
        assertThat(audit.count(words.filter(null, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), "")))
                .isEqualTo(4);
        assertThat(audit.count(words.filter(null, LocalDate.of(2026, 11, 27), null, ""))).isZero();
        assertThat(audit.count(words.filter(null, null, LocalDate.of(2026, 11, 25), ""))).isZero();
        assertThat(audit.page(words.filter(null, null, null, "lovelace"), 0, 10))
                .extracting(AuditEntryRow::recordId).containsExactly(id);
        assertThat(audit.page(words.filter(null, null, null, "policy text"), 0, 10))
                .as("the name of the kind of change").extracting(AuditEntryRow::what)
                .containsExactly("rates.policyText");
        assertThat(audit.page(words.filter(null, null, null, "theme"), 0, 10))
                .as("the name of the field").extracting(AuditEntryRow::field).containsExactly("appearance_theme");
        assertThat(audit.count(words.filter(null, null, null, TestServices.USER))).isEqualTo(4);
        assertThat(audit.count(words.filter(null, null, null, "100%_"))).isZero();
    }

    @Test
    void pagesGoFromTheNewestToTheOldest() {
        try (Database database = Database.open(temp.resolve("other").resolve("toolkit"), temp, DataKey.NONE)) {
            AuditService log = new AuditService(database, TestServices.CLOCK, () -> "sam", TestServices.MESSAGES);
            database.transaction(db -> {
                for (int i = 1; i <= 600; i++) {
                    log.record(db, new AuditChange(AuditArea.SETTINGS, "settings.preference", null, null, "n", null,
                            Integer.toString(i)));
                }
            });

            assertThat(log.count(AuditFilter.ALL)).isEqualTo(600);
            assertThat(log.page(AuditFilter.ALL, 0, 250)).first().extracting(AuditEntryRow::after).isEqualTo("600");
            assertThat(log.page(AuditFilter.ALL, 500, 250)).hasSize(100).last().extracting(AuditEntryRow::after)
                    .isEqualTo("1");
            List<String> all = new java.util.ArrayList<>();
            log.forEach(AuditFilter.ALL, e -> all.add(e.after()), Progress.NONE, "");
            assertThat(all).hasSize(600).startsWith("600", "599").endsWith("1");
        }
    }
}
