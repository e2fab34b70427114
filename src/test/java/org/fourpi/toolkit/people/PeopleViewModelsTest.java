package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleViewModelsTest {

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleService people;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        test = TestServices.open(temp);
        people = test.services().people();
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private Person person(String first, String last, Perspective perspective, Set<Role> roles, String email,
                          Set<AccessNeed> needs) {
        return people.save(new Person(null, first, last, "", perspective, roles, "", Set.of(), email, "", "", "",
                null, false, null, needs, "", "", null));
    }

    private PeopleListViewModel list() {
        PeopleListViewModel list = new PeopleListViewModel(people, test.services().peopleExport(), executor, dialogs,
                TestServices.MESSAGES, opened::add,
                () -> { });
        list.refresh();
        return list;
    }

    @Test
    void findsPeopleAsYouTypeByNameEmailRoleOrNeed() {
        person("Samira", "Okafor", Perspective.SERVICE_USER, Set.of(Role.CRITICAL_FRIEND), "sam@example.org",
                Set.of(AccessNeed.EASY_READ));
        person("Jo", "Patel", Perspective.CARER, Set.of(Role.TRUSTEE), "jo@example.org", Set.of());
        person("Ann", "Lee", Perspective.STAFF, Set.of(), "ann@example.org", Set.of(AccessNeed.HEARING_LOOP));
        PeopleListViewModel list = list();
        assertThat(list.countProperty().get()).isEqualTo("Showing 3 of 3 people.");

        list.filterTextProperty().set("oka");
        assertThat(list.shownRows()).extracting(PeopleListViewModel.Row::name).containsExactly("Samira Okafor");

        list.filterTextProperty().set("trustee");
        assertThat(list.shownRows()).extracting(PeopleListViewModel.Row::name).containsExactly("Jo Patel");

        list.filterTextProperty().set("hearing loop");
        assertThat(list.shownRows()).extracting(PeopleListViewModel.Row::name).containsExactly("Ann Lee");

        list.filterTextProperty().set("carer jo");
        assertThat(list.shownRows()).extracting(PeopleListViewModel.Row::name).containsExactly("Jo Patel");
        assertThat(list.countProperty().get()).isEqualTo("Showing 1 of 3 people.");

        list.filterTextProperty().set("nobody by that name");
        assertThat(list.shownRows()).isEmpty();
    }

    @Test
    void showsPeopleByStatus() {
        Person away = person("Jo", "Patel", Perspective.CARER, Set.of(), "", Set.of());
        person("Ann", "Lee", Perspective.STAFF, Set.of(), "", Set.of());
        people.changeStatus(away.id(), InvolvementStatus.TAKING_A_BREAK, people.today(), "");
        PeopleListViewModel list = list();

        list.statusFilterProperty().set(PeopleListViewModel.StatusFilter.TAKING_A_BREAK);

        assertThat(list.shownRows()).extracting(PeopleListViewModel.Row::name).containsExactly("Jo Patel");
    }

    @Test
    void opensTheChosenPerson() {
        Person jo = person("Jo", "Patel", Perspective.CARER, Set.of(), "", Set.of());
        PeopleListViewModel list = list();
        list.open(list.shownRows().getFirst());
        assertThat(opened).containsExactly(jo.id());
    }

    @Test
    void exportsEveryoneToExcelLeavingOutEqualityAnswersUnlessAsked() throws Exception {
        person("Jo", "Patel", Perspective.CARER, Set.of(), "jo@example.org", Set.of());
        PeopleListViewModel list = list();
        Path file = temp.resolve("people");
        dialogs.chooseFile(file).answerConfirm(false);

        list.exportToExcel();

        Path written = temp.resolve("people.xlsx");
        assertThat(list.messageProperty().get()).isEqualTo("Exported 1 person to " + written + ".");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(written.toFile())) {
            var header = workbook.getSheetAt(0).getRow(0);
            List<String> headings = new ArrayList<>();
            header.forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).contains("First name", "Email").doesNotContain("Ethnicity");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(headings.indexOf("Email")).getStringCellValue())
                    .isEqualTo("jo@example.org");
        }
    }

    @Test
    void namesEveryWrongFieldAndSavesNothing() {
        List<Person> saved = new ArrayList<>();
        PersonDetailsViewModel form = new PersonDetailsViewModel(people, executor, TestServices.MESSAGES, saved::add);
        form.show(Person.named("", ""));
        form.textProperty(PersonField.EMAIL).set("sam at example");
        form.dateOfBirthProperty().set(LocalDate.now(TestServices.CLOCK).plusYears(1));

        assertThat(form.save()).isFalse();

        assertThat(form.errorProperty(PersonField.FIRST_NAME).get()).isEqualTo("First name: please fill this in.");
        assertThat(form.errorProperty(PersonField.EMAIL).get()).startsWith("Email: this does not look like an email");
        assertThat(form.errorProperty(PersonField.DATE_OF_BIRTH).get()).isEqualTo("Date of birth: this date is in the future.");
        assertThat(form.firstInvalidFieldProperty().get()).isEqualTo(PersonField.FIRST_NAME);
        assertThat(saved).isEmpty();
        assertThat(people.list()).isEmpty();
    }

    @Test
    void refusesADateOfBirthThatCannotBeReadInsteadOfIgnoringIt() {
        List<Person> saved = new ArrayList<>();
        PersonDetailsViewModel form = new PersonDetailsViewModel(people, executor, TestServices.MESSAGES, saved::add);
        form.show(Person.named("Jo", "Patel"));
        form.dateOfBirthTypedProperty().set(false);

        assertThat(form.save()).isFalse();

        assertThat(form.errorProperty(PersonField.DATE_OF_BIRTH).get())
                .startsWith("Date of birth: this is not a date that can be read");
        assertThat(saved).isEmpty();
    }

    @Test
    void asksBeforeLeavingEqualityAnswersThatWereNotSaved() {
        Person jo = person("Jo", "Patel", Perspective.CARER, Set.of(), "", Set.of());
        List<Integer> backs = new ArrayList<>();
        PersonEditorViewModel editor = new PersonEditorViewModel(people, test.services().equality(), executor,
                dialogs, TestServices.MESSAGES, file -> { }, () -> backs.add(1));
        editor.open(jo.id());
        assertThat(editor.hasUnsavedChanges()).isFalse();

        editor.equality().religionProperty().set(Religion.BUDDHIST);
        dialogs.answerConfirm(false);
        editor.back();

        assertThat(editor.hasUnsavedChanges()).isTrue();
        assertThat(backs).isEmpty();
        editor.equality().save();
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void tellsOtherPartsOfTheRecordWhichPersonIsShownAndAsksAboutTheirUnsavedChanges() {
        Person jo = person("Jo", "Patel", Perspective.CARER, Set.of(), "", Set.of());
        List<Long> shown = new ArrayList<>();
        boolean[] otherPartChanged = {false};
        List<Integer> backs = new ArrayList<>();
        PersonEditorViewModel editor = new PersonEditorViewModel(people, test.services().equality(), executor,
                dialogs, TestServices.MESSAGES, file -> { }, () -> backs.add(1));
        editor.onPersonShown(shown::add);
        editor.addUnsavedChangesCheck(() -> otherPartChanged[0]);

        editor.open(jo.id());
        editor.startNew();
        assertThat(shown).containsExactly(jo.id(), null);

        otherPartChanged[0] = true;
        dialogs.answerConfirm(false);
        editor.back();
        assertThat(backs).as("stays on the record when asked").isEmpty();
    }

    @Test
    void warnsOfALikelyDuplicateButSavesWhenAskedAgain() {
        person("Samira", "Okafor", Perspective.SERVICE_USER, Set.of(), "sam@example.org", Set.of());
        List<Person> saved = new ArrayList<>();
        PersonDetailsViewModel form = new PersonDetailsViewModel(people, executor, TestServices.MESSAGES, saved::add);
        form.show(Person.named("", ""));
        form.textProperty(PersonField.FIRST_NAME).set("Samira");
        form.textProperty(PersonField.LAST_NAME).set("Okafor");
        form.textProperty(PersonField.EMAIL).set("SAM@example.org");
        form.roleProperty(Role.AMBASSADOR).set(true);

        form.save();
        assertThat(form.duplicateWarningProperty().get()).contains("Samira Okafor (sam@example.org)");
        assertThat(saved).isEmpty();

        form.save();
        assertThat(saved).singleElement().satisfies(p -> assertThat(p.roles()).containsExactly(Role.AMBASSADOR));
        assertThat(people.list()).hasSize(2);
        assertThat(form.statusProperty().get()).isEqualTo("Saved.");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void recordsAndWithdrawsConsentAfterAsking() {
        Person jo = person("Jo", "Patel", Perspective.CARER, Set.of(), "", Set.of());
        PersonRecordViewModel record = new PersonRecordViewModel(people, test.services().equality(), executor,
                dialogs, TestServices.MESSAGES, file -> { });
        record.show(jo.id());
        record.consentPurposeProperty().set(ConsentPurpose.CONTACT_ABOUT_OPPORTUNITIES);
        record.consentWordingProperty().set("v3");
        record.recordConsent();
        assertThat(record.consents()).singleElement().satisfies(c -> {
            assertThat(c.isActive()).isTrue();
            assertThat(c.wordingVersion()).isEqualTo("v3");
        });

        dialogs.answerConfirm(false);
        record.withdraw(record.consents().getFirst());
        assertThat(record.consents().getFirst().isActive()).isTrue();

        dialogs.answerConfirm(true);
        record.withdraw(record.consents().getFirst());
        assertThat(record.consents().getFirst().withdrawnOn()).isEqualTo(people.today());
        assertThat(record.messageProperty().get()).isEqualTo("Consent withdrawn: Being contacted about opportunities.");
    }

    @Test
    void closesEqualityQuestionsOnceThePersonObjects() {
        Person jo = person("Jo", "Patel", Perspective.CARER, Set.of(), "", Set.of());
        PersonEqualityViewModel form = new PersonEqualityViewModel(test.services().equality(), executor, dialogs,
                TestServices.MESSAGES);
        form.show(jo.id());
        form.ethnicityProperty().set(Ethnicity.ASIAN_INDIAN);
        form.save();
        assertThat(test.services().equality().find(jo.id()).ethnicity()).isEqualTo(Ethnicity.ASIAN_INDIAN);

        dialogs.answerConfirm(true);
        form.recordObjection();

        assertThat(form.objectedProperty().get()).isTrue();
        assertThat(form.ethnicityProperty().get()).isNull();
        assertThat(test.services().equality().answersForFigures()).isEmpty();
    }
}
