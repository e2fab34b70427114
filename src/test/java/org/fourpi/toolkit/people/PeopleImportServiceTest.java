package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleImportServiceTest {

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleImportService imports;
    private PeopleService people;

    @BeforeEach
    void open() {
        test = TestServices.open(temp.resolve("data"));
        imports = test.services().peopleImport();
        people = test.services().people();
    }

    @AfterEach
    void close() {
        test.close();
    }

    static Person person(String first, String last, String email, String phone) {
        return new Person(null, first, last, "", Perspective.CARER, Set.of(Role.CRITICAL_FRIEND), "",
                Set.of(InvolvementLevel.B), email, phone, "1 High Street", "M1 2AB", ContactMethod.EMAIL, true,
                LocalDate.of(1970, 5, 1), Set.of(AccessNeed.LARGE_PRINT), "Mornings", "", InvolvementStatus.ACTIVE);
    }

    private PeopleImportPreview preview(Path file) {
        PeopleImportSheet sheet = imports.read(file, Progress.NONE);
        return imports.preview(sheet, sheet.suggestedMapping(), Progress.NONE);
    }

    private static List<String> messages(PeopleImportPreview preview) {
        return preview.problems().stream().map(PeopleImportPreview.Problem::message).toList();
    }

    // ---- reading ----------------------------------------------------------------------------------

    @Test
    void readsAUtf8CsvWithAByteOrderMarkAndHeadingsWrittenAnyWay() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("people.csv"), """
                 Forename ,SURNAME,Known as,E-mail address,Mobile,Post code,Role(s),Level(s),Access needs,Status,DOB,Perspective,Listed in packs,Preferred contact,Shoe size
                Zoë,Brontë,Zo,zoe@example.org,07700 900123,m1 2ab,Critical friend; trustee,"A, C",BSL / large print,Taking a break,12/03/1985,service user,yes,text,9
                """, StandardCharsets.UTF_8, true);

        PeopleImportSheet sheet = imports.read(file, Progress.NONE);

        assertThat(sheet.headers().getFirst()).isEqualTo("Forename");
        assertThat(sheet.suggestedMapping().asMap()).containsExactly(
                Map.entry(0, PeopleImportColumn.FIRST_NAME), Map.entry(1, PeopleImportColumn.LAST_NAME),
                Map.entry(2, PeopleImportColumn.KNOWN_AS), Map.entry(3, PeopleImportColumn.EMAIL),
                Map.entry(4, PeopleImportColumn.PHONE), Map.entry(5, PeopleImportColumn.POSTCODE),
                Map.entry(6, PeopleImportColumn.ROLES), Map.entry(7, PeopleImportColumn.LEVELS),
                Map.entry(8, PeopleImportColumn.ACCESS_NEEDS), Map.entry(9, PeopleImportColumn.STATUS),
                Map.entry(10, PeopleImportColumn.DATE_OF_BIRTH), Map.entry(11, PeopleImportColumn.PERSPECTIVE),
                Map.entry(12, PeopleImportColumn.LISTED_IN_PACKS), Map.entry(13, PeopleImportColumn.PREFERRED_CONTACT));
        PeopleImportPreview preview = imports.preview(sheet, sheet.suggestedMapping(), Progress.NONE);
        assertThat(messages(preview)).isEmpty();
        PeopleImportPreview.Row row = preview.rows().getFirst();
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.outcome()).isEqualTo(PeopleImportPreview.Outcome.NEW);
        Person zoe = row.person();
        assertThat(zoe.firstName()).isEqualTo("Zoë");
        assertThat(zoe.lastName()).isEqualTo("Brontë");
        assertThat(zoe.postcode()).isEqualTo("M1 2AB");
        assertThat(zoe.roles()).containsExactlyInAnyOrder(Role.CRITICAL_FRIEND, Role.TRUSTEE);
        assertThat(zoe.levels()).containsExactlyInAnyOrder(InvolvementLevel.A, InvolvementLevel.C);
        assertThat(zoe.needs()).containsExactlyInAnyOrder(AccessNeed.BSL_INTERPRETER, AccessNeed.LARGE_PRINT);
        assertThat(zoe.status()).isEqualTo(InvolvementStatus.TAKING_A_BREAK);
        assertThat(zoe.dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(zoe.perspective()).isEqualTo(Perspective.SERVICE_USER);
        assertThat(zoe.listedInPacks()).isTrue();
        assertThat(zoe.preferredContact()).isEqualTo(ContactMethod.TEXT_MESSAGE);
    }

    @Test
    void readsACsvThatExcelSavedInWindows1252() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("excel.csv"),
                "First name,Last name,Other needs\r\nZoë,Ní Bhriain,Taxi fare up to £12\r\n",
                Charset.forName("windows-1252"), false);

        Person zoe = preview(file).rows().getFirst().person();

        assertThat(zoe.firstName()).isEqualTo("Zoë");
        assertThat(zoe.lastName()).isEqualTo("Ní Bhriain");
        assertThat(zoe.otherNeeds()).isEqualTo("Taxi fare up to £12");
    }

    @Test
    void readsACsvSeparatedBySemicolonsWithLineBreaksInsideQuotes() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("semi.csv"),
                "First name;Address;Date of birth\r\nAsha;\"1 High Street\r\nLeeds\";31118\r\nBen;;\r\n");

        PeopleImportPreview preview = preview(file);

        assertThat(preview.rows()).extracting(PeopleImportPreview.Row::number).containsExactly(2, 3);
        assertThat(preview.rows().getFirst().person().address()).isEqualTo("1 High Street\r\nLeeds");
        assertThat(preview.rows().getFirst().person().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @Test
    void readsExcelDatesWhicheverWayTheyWereWritten() throws IOException {
        Path file = SpreadsheetFiles.xlsx(temp.resolve("dates.xlsx"),
                new Object[] {"Given name", "Family name", "Date of birth"},
                new Object[] {"Asha", "Khan", LocalDate.of(1985, 3, 12)},
                new Object[] {"Ben", "Lowe", 31118},
                new Object[] {"Cara", "Moss", "12/03/1985"},
                new Object[] {"Dev", "Nair", "1985-03-12"},
                new Object[] {"Eve", "Owen", "2/3/1985"});

        List<LocalDate> dates = preview(file).rows().stream().map(r -> r.person().dateOfBirth()).toList();

        assertThat(dates).containsExactly(LocalDate.of(1985, 3, 12), LocalDate.of(1985, 3, 12),
                LocalDate.of(1985, 3, 12), LocalDate.of(1985, 3, 12), LocalDate.of(1985, 3, 2));
    }

    @Test
    void givesBackTheLeadingZeroExcelDropsFromAPhoneNumber() throws IOException {
        Path file = SpreadsheetFiles.xlsx(temp.resolve("phones.xlsx"),
                new Object[] {"First name", "Telephone"},
                new Object[] {"Asha", 7700900123L});

        assertThat(preview(file).rows().getFirst().person().phone()).isEqualTo("07700900123");
    }

    @Test
    void matchesAPersonWhosePhoneIsWrittenTheInternationalWay() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "", "+44 (0)7700 900123"));
        Path file = SpreadsheetFiles.csv(temp.resolve("phones.csv"),
                "First name,Last name,Phone,Address\nJo,Bloggs,07700900123,2 Low Road\n");

        PeopleImportPreview.Row row = preview(file).rows().getFirst();

        assertThat(row.outcome()).isEqualTo(PeopleImportPreview.Outcome.UPDATE);
        assertThat(row.existingId()).isEqualTo(jo.id());
    }

    @Test
    void takesOffAnApostropheOnlyWhereItKeepsFormulaLikeTextAsText() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("quoted.csv"),
                "First name,Last name,Phone,Preferred times\nAsha,'Brien,'+44 7700 900123,'=after 6\n");

        Person asha = preview(file).rows().getFirst().person();

        assertThat(asha.phone()).isEqualTo("+44 7700 900123");
        assertThat(asha.preferredTimes()).isEqualTo("=after 6");
        assertThat(asha.lastName()).isEqualTo("'Brien");
    }

    @Test
    void asksForTheFullDateWhenADateOfBirthIsOnlyAYear() throws IOException {
        Path csv = SpreadsheetFiles.csv(temp.resolve("years.csv"), """
                First name,Last name,Email,Phone,Address,Postcode,Date of birth
                Asha,Khan,,,,,1975
                Ben,Lowe,,,,,60000
                Cara,Moss,,,,,31118
                """);
        Path xlsx = SpreadsheetFiles.xlsx(temp.resolve("years.xlsx"),
                new Object[] {"First name", "Last name", "Email", "Phone", "Address", "Postcode", "DOB"},
                new Object[] {"Asha", "Khan", null, null, null, null, 1975});

        PeopleImportPreview fromCsv = preview(csv);

        assertThat(fromCsv.rows()).extracting(PeopleImportPreview.Row::outcome).containsExactly(
                PeopleImportPreview.Outcome.ERROR, PeopleImportPreview.Outcome.ERROR,
                PeopleImportPreview.Outcome.NEW);
        assertThat(messages(fromCsv)).containsExactly(
                "Row 2, column G, Date of birth: 1975 is only a year; please give the full date, for example"
                        + " 21/03/1975.",
                "Row 3, column G, Date of birth: 60000 is a number, not a date of birth. Please write the full date,"
                        + " for example 21/03/1975.");
        assertThat(fromCsv.rows().get(2).person().dateOfBirth()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(messages(preview(xlsx))).containsExactly(
                "Row 2, column G, DOB: 1975 is only a year; please give the full date, for example 21/03/1975.");
    }

    // ---- problems -------------------------------------------------------------------------------

    @Test
    void namesTheRowColumnAndReasonForEachProblem() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("problems.csv"), """
                First name,Surname,Email,Date of birth,Perspective
                Asha,Khan,asha@example.org,01/02/1980,Carer
                Ben,Lowe,ben at example,01/02/1980,Carer
                Cara,Moss,cara@example.org,01/02/2030,Carer
                ,Nair,dev@example.org,31/02/1980,Gardener
                """);

        PeopleImportPreview preview = preview(file);

        assertThat(preview.rows()).extracting(PeopleImportPreview.Row::outcome).containsExactly(
                PeopleImportPreview.Outcome.NEW, PeopleImportPreview.Outcome.ERROR,
                PeopleImportPreview.Outcome.ERROR, PeopleImportPreview.Outcome.ERROR);
        assertThat(messages(preview)).containsExactly(
                "Row 3, column C, Email: this does not look like an email address. An example: name@example.org.uk",
                "Row 4, column D, Date of birth: this date is in the future.",
                "Row 5, column D, Date of birth: \"31/02/1980\" is not a date the program can read. Please write it"
                        + " like 31/12/1980.",
                "Row 5, column E, Perspective: \"Gardener\" is not one of the choices. Please use one of these: "
                        + "Service user (lived experience); Carer; Service user and carer; Staff; Volunteer; Other.");
        assertThat(preview.hasErrors()).isTrue();
    }

    @Test
    void saysWhenNoColumnHoldsFirstNames() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("names.csv"), "Name,Email\nAsha Khan,asha@example.org\n");

        PeopleImportPreview preview = preview(file);

        assertThat(preview.mappingProblems()).containsExactly(
                "No column is chosen for First name, which every person needs. Please say which column holds first names.");
        assertThat(messages(preview)).containsExactly("Row 2, First name: please fill this in.");
    }

    @Test
    void skipsAPersonWhoAppearsTwiceInTheFile() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("twice.csv"), """
                First name,Last name,Email,Phone
                Asha,Khan,asha@example.org,
                Ben,Lowe,,07700 900123
                ASHA,khan,ASHA@example.org,0161 496 0000
                Ben,Lowe,,+44 7700 900123

                Ben,Lowe,,07700 900123
                """);

        PeopleImportPreview preview = preview(file);

        assertThat(preview.rows()).extracting(PeopleImportPreview.Row::number, PeopleImportPreview.Row::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, PeopleImportPreview.Outcome.NEW),
                        org.assertj.core.groups.Tuple.tuple(3, PeopleImportPreview.Outcome.NEW),
                        org.assertj.core.groups.Tuple.tuple(4, PeopleImportPreview.Outcome.DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple(5, PeopleImportPreview.Outcome.DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple(7, PeopleImportPreview.Outcome.DUPLICATE));
        assertThat(preview.rows().get(2).note())
                .isEqualTo("The same person as row 2 (same name, and the same email or phone), so only row 2 is used.");
        assertThat(preview.rows().get(4).note()).isEqualTo("The same as row 3, so only row 3 is used.");
    }

    @Test
    void updatesAPersonAlreadyInTheRegisterAndLeavesBlankCellsAlone() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "jo@example.org", "0161 496 0000"));
        Path file = SpreadsheetFiles.csv(temp.resolve("update.csv"), """
                First name,Last name,Email,Phone,Address,Status
                jo,BLOGGS,Jo@Example.org,07700 900123,,Left
                """);

        PeopleImportPreview.Row row = preview(file).rows().getFirst();

        assertThat(row.outcome()).isEqualTo(PeopleImportPreview.Outcome.UPDATE);
        assertThat(row.existingId()).isEqualTo(jo.id());
        assertThat(row.changes()).containsExactlyInAnyOrder(PeopleImportColumn.PHONE, PeopleImportColumn.STATUS);
        assertThat(row.person().firstName()).isEqualTo("Jo");
        assertThat(row.person().email()).isEqualTo("jo@example.org");
        assertThat(row.person().address()).isEqualTo("1 High Street");
        assertThat(row.person().phone()).isEqualTo("07700 900123");
        assertThat(row.note()).isEqualTo("Updates Jo Bloggs, who is already in the register: Phone, Status.");
    }

    @Test
    void skipsAPersonAlreadyInTheRegisterWithTheSameDetails() throws IOException {
        people.save(person("Jo", "Bloggs", "jo@example.org", "0161 496 0000"));
        Path file = SpreadsheetFiles.csv(temp.resolve("same.csv"), "First name,Last name,Phone,Postcode\n"
                + "Jo,Bloggs,0161 496 0000,m1 2ab\n");

        PeopleImportPreview.Row row = preview(file).rows().getFirst();

        assertThat(row.outcome()).isEqualTo(PeopleImportPreview.Outcome.DUPLICATE);
        assertThat(row.note()).isEqualTo("Jo Bloggs is already in the register with these details, so nothing changes.");
    }

    // ---- saving and undoing ---------------------------------------------------------------------

    @Test
    void previewAndReadingSaveNothing() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("new.csv"), "First name,Last name\nAsha,Khan\n");

        preview(file);

        assertThat(people.all()).isEmpty();
        assertThat(imports.lastImport()).isEmpty();
        assertThat(imports.read(file, Progress.NONE).mappingRemembered()).isFalse();
    }

    @Test
    void savesTheWholeBatchAndUndoPutsBackExactlyWhatWasThere() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "jo@example.org", "0161 496 0000"));
        Person sam = people.save(person("Sam", "Okafor", "sam@example.org", ""));
        List<Person> before = people.all();
        Path file = SpreadsheetFiles.csv(temp.resolve("batch.csv"), """
                First name,Last name,Email,Phone,Roles,Levels,Access needs,Date of birth,Listed in packs,Preferred contact
                Jo,Bloggs,jo@example.org,07700 900123,Trustee,"D, E",,01/01/1961,no,Post
                Asha,Khan,asha@example.org,,,,,,,
                Sam,Okafor,sam@example.org,,,,,,,
                """);

        PeopleImportResult result = imports.commit(preview(file), false, Progress.NONE);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.skippedDuplicates()).isEqualTo(1);
        assertThat(people.all()).hasSize(3);
        Person updated = people.find(jo.id()).orElseThrow().person();
        assertThat(updated.phone()).isEqualTo("07700 900123");
        assertThat(updated.roles()).containsExactly(Role.TRUSTEE);
        assertThat(updated.levels()).containsExactly(InvolvementLevel.D, InvolvementLevel.E);
        assertThat(updated.needs()).containsExactly(AccessNeed.LARGE_PRINT);
        assertThat(updated.dateOfBirth()).isEqualTo(LocalDate.of(1961, 1, 1));
        assertThat(updated.listedInPacks()).isFalse();
        assertThat(updated.preferredContact()).isEqualTo(ContactMethod.POST);
        assertThat(imports.lastImport()).hasValueSatisfying(batch -> {
            assertThat(batch.id()).isEqualTo(result.batchId());
            assertThat(batch.fileName()).isEqualTo("batch.csv");
            assertThat(batch.created()).isEqualTo(1);
            assertThat(batch.updated()).isEqualTo(1);
        });

        assertThat(imports.undo()).hasValueSatisfying(u -> assertThat(u.peopleRemoved()).isEqualTo(1));

        assertThat(people.all()).isEqualTo(before);
        assertThat(people.find(sam.id())).isPresent();
        assertThat(imports.lastImport()).isEmpty();
        assertThat(imports.undo()).isEmpty();
    }

    @Test
    void undoesImportsInTurnNewestFirst() throws IOException {
        Path first = SpreadsheetFiles.csv(temp.resolve("first.csv"), "First name,Last name,Email\nAsha,Khan,a@example.org\n");
        Path second = SpreadsheetFiles.csv(temp.resolve("second.csv"),
                "First name,Last name,Email,Phone\nAsha,Khan,a@example.org,07700 900123\n");
        imports.commit(preview(first), false, Progress.NONE);
        imports.commit(preview(second), false, Progress.NONE);

        imports.undo();
        assertThat(people.all()).singleElement().satisfies(p -> assertThat(p.phone()).isEmpty());
        assertThat(imports.lastImport()).hasValueSatisfying(b -> assertThat(b.fileName()).isEqualTo("first.csv"));

        imports.undo();
        assertThat(people.all()).isEmpty();
    }

    @Test
    void addsAStatusChangedByAnImportAndPutBackByUndoToThePersonsHistory() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "jo@example.org", ""));
        Path file = SpreadsheetFiles.csv(temp.resolve("leavers.csv"),
                "First name,Last name,Email,Status\nJo,Bloggs,jo@example.org,Left\n");

        imports.commit(preview(file), false, Progress.NONE);

        PersonDetails afterImport = people.find(jo.id()).orElseThrow();
        assertThat(afterImport.person().status()).isEqualTo(InvolvementStatus.LEFT);
        assertThat(afterImport.history().getFirst()).satisfies(change -> {
            assertThat(change.status()).isEqualTo(InvolvementStatus.LEFT);
            assertThat(change.effectiveOn()).isEqualTo(people.today());
            assertThat(change.note()).isEqualTo("Changed by the import of leavers.csv");
        });
        assertThat(afterImport.history()).hasSize(2);

        imports.undo();

        PersonDetails afterUndo = people.find(jo.id()).orElseThrow();
        assertThat(afterUndo.person().status()).isEqualTo(InvolvementStatus.ACTIVE);
        assertThat(afterUndo.history()).hasSize(3);
        assertThat(afterUndo.history().getFirst()).satisfies(change -> {
            assertThat(change.status()).isEqualTo(InvolvementStatus.ACTIVE);
            assertThat(change.note()).isEqualTo("Put back by undoing the import of leavers.csv");
        });
    }

    @Test
    void addsNoHistoryWhenAnImportLeavesTheStatusAsItWas() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "jo@example.org", ""));
        Path file = SpreadsheetFiles.csv(temp.resolve("phone.csv"),
                "First name,Last name,Email,Phone,Status\nJo,Bloggs,jo@example.org,07700 900123,Active\n");

        imports.commit(preview(file), false, Progress.NONE);
        imports.undo();

        assertThat(people.find(jo.id()).orElseThrow().history()).hasSize(1);
    }

    @Test
    void undoRemovesTheDocumentFilesOfThePeopleItAdded() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "jo@example.org", ""));
        Path file = SpreadsheetFiles.csv(temp.resolve("new.csv"), "First name,Last name\nAsha,Khan\n");
        imports.commit(preview(file), false, Progress.NONE);
        Person asha = people.all().stream().filter(p -> p.firstName().equals("Asha")).findFirst().orElseThrow();
        Path paper = Files.writeString(temp.resolve("role description.txt"), "Trustee role");
        PersonDocument ashas = people.addDocument(asha.id(), paper, "Role description");
        PersonDocument jos = people.addDocument(jo.id(), paper, "Role description");
        Path ashasCopy = people.documentFile(ashas.id()).orElseThrow();
        Path josCopy = people.documentFile(jos.id()).orElseThrow();
        assertThat(ashasCopy).exists();

        assertThat(imports.undo()).hasValueSatisfying(undone -> assertThat(undone.peopleRemoved()).isEqualTo(1));

        assertThat(people.find(asha.id())).isEmpty();
        assertThat(ashasCopy).doesNotExist();
        assertThat(josCopy).exists();
        assertThat(paper).exists();
    }

    @Test
    void undoLeavesAloneWhatSomeoneChangedSinceTheImportAndSaysHowMany() throws IOException {
        Person jo = people.save(person("Jo", "Bloggs", "jo@example.org", "0161 496 0000"));
        Path file = SpreadsheetFiles.csv(temp.resolve("update.csv"), """
                First name,Last name,Email,Phone,Address,Preferred times,Status
                Jo,Bloggs,jo@example.org,07700 900123,2 Low Road,Evenings,Taking a break
                """);
        imports.commit(preview(file), false, Progress.NONE);
        Person imported = people.find(jo.id()).orElseThrow().person();
        // Since the import: the phone is corrected by hand, and the times set back to what they were.
        people.save(new Person(imported.id(), imported.firstName(), imported.lastName(), imported.knownAs(),
                imported.perspective(), imported.roles(), imported.otherRole(), imported.levels(), imported.email(),
                "07700 900999", imported.address(), imported.postcode(), imported.preferredContact(),
                imported.listedInPacks(), imported.dateOfBirth(), imported.needs(), "Mornings",
                imported.otherNeeds(), imported.status()));

        assertThat(imports.previewUndo()).hasValueSatisfying(plan -> {
            assertThat(plan.batch().fileName()).isEqualTo("update.csv");
            assertThat(plan.valuesPutBack()).isEqualTo(2);
            assertThat(plan.valuesChangedSince()).isEqualTo(1);
            assertThat(plan.peopleRemoved()).isZero();
            assertThat(TestServices.MESSAGES.text("import.ui.undo.changedSince", plan.valuesChangedSince()))
                    .isEqualTo("One value the import wrote has been changed since, so it will be left as it is now.");
        });
        assertThat(people.find(jo.id()).orElseThrow().person().address()).isEqualTo("2 Low Road");

        PeopleImportUndo undone = imports.undo().orElseThrow();

        assertThat(undone.valuesPutBack()).isEqualTo(2);
        assertThat(undone.valuesChangedSince()).isEqualTo(1);
        assertThat(undone.batch().undoneAt()).isNotNull();
        Person after = people.find(jo.id()).orElseThrow().person();
        assertThat(after.phone()).isEqualTo("07700 900999");
        assertThat(after.address()).isEqualTo("1 High Street");
        assertThat(after.preferredTimes()).isEqualTo("Mornings");
        assertThat(after.status()).isEqualTo(InvolvementStatus.ACTIVE);
        assertThat(TestServices.MESSAGES.text("import.ui.undone.changedSince", undone.valuesChangedSince()))
                .isEqualTo("Left as it is now: one value changed since the import.");
        assertThat(imports.previewUndo()).isEmpty();
    }

    @Test
    void savesNothingWhenARowHasAProblemUnlessToldToSkipIt() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("mixed.csv"),
                "First name,Email\nAsha,asha@example.org\nBen,not an email\n");
        PeopleImportPreview preview = preview(file);

        assertThatThrownBy(() -> imports.commit(preview, false, Progress.NONE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Nothing was imported, because one row needs checking first.");
        assertThat(people.all()).isEmpty();

        PeopleImportResult result = imports.commit(preview, true, Progress.NONE);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skippedErrors()).isEqualTo(1);
        assertThat(people.all()).extracting(Person::firstName).containsExactly("Asha");
    }

    @Test
    void remembersTheMappingLastUsedForTheSameHeadings() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("nick.csv"), "First name,Nick,Email\nAsha,Ash,a@example.org\n");
        PeopleImportSheet sheet = imports.read(file, Progress.NONE);
        assertThat(sheet.suggestedMapping().columnAt(1)).isEmpty();
        PeopleImportMapping chosen = sheet.suggestedMapping().with(1, PeopleImportColumn.KNOWN_AS);

        imports.commit(imports.preview(sheet, chosen, Progress.NONE), false, Progress.NONE);

        Path another = SpreadsheetFiles.csv(temp.resolve("another.csv"), "first NAME ,nick,E-mail\nBen,B,b@example.org\n");
        PeopleImportSheet again = imports.read(another, Progress.NONE);
        assertThat(again.mappingRemembered()).isTrue();
        assertThat(again.suggestedMapping()).isEqualTo(chosen);
    }

    @Test
    void stopsWhenAskedAndSavesNothing() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("stop.csv"), "First name\nAsha\nBen\n");
        PeopleImportPreview preview = preview(file);
        Progress stopping = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelRequested() {
                return true;
            }
        };

        assertThatThrownBy(() -> imports.commit(preview, false, stopping)).isInstanceOf(CancellationException.class);
        assertThat(people.all()).isEmpty();
        assertThat(imports.lastImport()).isEmpty();
    }

    @Test
    void importsTenThousandRows() throws IOException {
        StringBuilder csv = new StringBuilder("First name,Last name,Email,Levels\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("Person").append(i).append(",Number").append(i).append(",p").append(i)
                    .append("@example.org,B;C\n");
        }
        Path file = SpreadsheetFiles.csv(temp.resolve("many.csv"), csv.toString());
        java.util.concurrent.atomic.AtomicLong lastReport = new java.util.concurrent.atomic.AtomicLong();
        Progress watching = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                lastReport.set(done);
            }

            @Override
            public boolean isCancelRequested() {
                return false;
            }
        };

        PeopleImportSheet sheet = imports.read(file, watching);
        PeopleImportResult result = imports.commit(imports.preview(sheet, sheet.suggestedMapping(), watching), false,
                watching);

        assertThat(result.created()).isEqualTo(10_000);
        assertThat(lastReport.get()).isEqualTo(10_000);
        assertThat(people.all()).hasSize(10_000);
    }

    // ---- refusing files -------------------------------------------------------------------------

    @Test
    void refusesAFileOverTwentyMegabytes() throws IOException {
        Path file = temp.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(21L * 1024 * 1024);
        }

        assertRefused(file, SpreadsheetRefusedException.Reason.TOO_LARGE,
                "The file huge.csv is larger than 20 MB, which is more than the program can import at once.");
    }

    @Test
    void refusesACellLongerThanASpreadsheetAllows() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("long.csv"), "First name,Notes\nAsha,ok\nBen," + "x".repeat(40_000) + "\n");

        assertRefused(file, SpreadsheetRefusedException.Reason.CELL_TOO_LONG,
                "In the file long.csv, the cell at row 3, column B holds more than 32,767 characters");
    }

    @Test
    void refusesMoreThanFiftyThousandRows() throws IOException {
        Path file = SpreadsheetFiles.csv(temp.resolve("rows.csv"), "First name\n" + "a\n".repeat(50_001));

        assertRefused(file, SpreadsheetRefusedException.Reason.TOO_MANY_ROWS,
                "The file rows.csv has more than 50,000 rows");
    }

    @Test
    void refusesAWorkbookThatWouldUnpackToFarMoreThanItsSize() throws IOException {
        Path workbook = SpreadsheetFiles.xlsx(temp.resolve("plain.xlsx"), new Object[] {"First name"},
                new Object[] {"Asha"});
        Path bomb = SpreadsheetFiles.padded(workbook, temp.resolve("bomb.xlsx"), 5_000_000);
        assertThat(Files.size(bomb)).isLessThan(100_000);

        assertRefused(bomb, SpreadsheetRefusedException.Reason.ZIP_BOMB, "The file bomb.xlsx was not opened, for safety");
    }

    @Test
    void refusesFilesThatAreNotWhatTheirNameSays() throws IOException {
        Path text = Files.writeString(temp.resolve("fake.xlsx"), "First name\nAsha\n");
        Path zip = SpreadsheetFiles.padded(SpreadsheetFiles.xlsx(temp.resolve("real.xlsx"), new Object[] {"A"}),
                temp.resolve("renamed.csv"), 0);
        Path oldExcel = Files.write(temp.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Path notAZipWorkbook = Files.write(temp.resolve("broken.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
        Path other = Files.writeString(temp.resolve("people.ods"), "x");

        assertRefused(text, SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET,
                "The file fake.xlsx could not be read: it is not a working Excel workbook or CSV file");
        assertRefused(zip, SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET, "The file renamed.csv could not be read");
        assertRefused(oldExcel, SpreadsheetRefusedException.Reason.OLD_EXCEL, "The file old.xls is in the older Excel format");
        assertRefused(notAZipWorkbook, SpreadsheetRefusedException.Reason.NOT_A_SPREADSHEET, "broken.xlsx");
        assertRefused(other, SpreadsheetRefusedException.Reason.UNSUPPORTED_TYPE, "The file people.ods cannot be imported");
        assertRefused(temp.resolve("missing.csv"), SpreadsheetRefusedException.Reason.NOT_FOUND,
                "The file missing.csv could not be found");
    }

    @Test
    void namesTheRowWhereACsvQuoteMarkIsNotClosed() throws IOException {
        Path members = SpreadsheetFiles.csv(temp.resolve("members.csv"),
                "First name,Last name\n\"Asha,Khan\nBen,Lowe\n");
        Path multiLine = SpreadsheetFiles.csv(temp.resolve("addresses.csv"),
                "First name,Address\r\nAsha,\"1 High Street\r\nLeeds\"\r\nBen,\"2 Low Road\r\nCara,\r\n");
        Path textAfter = SpreadsheetFiles.csv(temp.resolve("names.csv"),
                "First name,Known as\nAsha,Ash\nBen,\"Benny\" B\n");

        assertRefused(members, SpreadsheetRefusedException.Reason.QUOTE_NOT_CLOSED,
                "members.csv, row 2: a quote mark (\") is not closed");
        assertRefused(multiLine, SpreadsheetRefusedException.Reason.QUOTE_NOT_CLOSED,
                "addresses.csv, row 3: a quote mark (\") is not closed");
        assertRefused(textAfter, SpreadsheetRefusedException.Reason.TEXT_AFTER_QUOTE,
                "names.csv, row 3: a cell has more text straight after its closing quote mark");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.writeString(temp.resolve("empty.csv"), "\n\n");

        assertRefused(file, SpreadsheetRefusedException.Reason.NO_HEADINGS, "The file empty.csv is empty.");
    }

    private void assertRefused(Path file, SpreadsheetRefusedException.Reason reason, String message) {
        assertThatThrownBy(() -> imports.read(file, Progress.NONE))
                .isInstanceOfSatisfying(SpreadsheetRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(message);
                });
    }
}
