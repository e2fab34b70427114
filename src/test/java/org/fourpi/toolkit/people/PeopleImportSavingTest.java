package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving an import gives the register the preview promised, chunk after chunk, and checks the rows
 * again when the register has changed since the preview.
 */
class PeopleImportSavingTest {

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

    private PeopleImportPreview preview(Path file) {
        PeopleImportSheet sheet = imports.read(file, Progress.NONE);
        return imports.preview(sheet, sheet.suggestedMapping(), Progress.NONE);
    }

    @Test
    void savesEveryRowAsThePreviewShowedItOverSeveralChunksAndUndoPutsTheRegisterBack() throws IOException {
        for (int i = 0; i < 40; i++) {
            people.save(PeopleImportServiceTest.person("Kept" + i, "Person", "kept" + i + "@example.org", ""));
        }
        List<Person> before = people.all();
        StringBuilder csv = new StringBuilder("First name,Last name,Email,Phone,Roles,Levels,Access needs,Status\n");
        for (int i = 0; i < 1000; i++) {
            switch (i % 7) {
                // an update that changes the status, one that leaves it, and one with nothing new
                case 0 -> csv.append("Kept").append(i / 7 % 40).append(",Person,kept").append(i / 7 % 40)
                        .append("@example.org,07700 9").append(String.format("%05d", i)).append(",Trustee,,,Left\n");
                case 1 -> csv.append("Kept").append(i % 40).append(",Person,kept").append(i % 40)
                        .append("@example.org,,,\"D, E\",Easy read,\n");
                case 2 -> csv.append("Kept").append(i % 40).append(",Person,kept").append(i % 40)
                        .append("@example.org,,,,,\n");
                case 3 -> csv.append("Ben,Lowe,,07700 900123,,,,\n");
                case 4 -> csv.append("Bad").append(i).append(",Row,not an email,,,,,\n");
                default -> csv.append("New").append(i).append(",Person").append(i).append(",new").append(i)
                        .append("@example.org,,Ambassador;Trustee,B;C,Large print,Taking a break\n");
            }
        }
        PeopleImportPreview preview = preview(SpreadsheetFiles.csv(temp.resolve("mixed.csv"), csv.toString()));
        Map<PeopleImportPreview.Outcome, Integer> outcomes = preview.rows().stream()
                .collect(Collectors.groupingBy(PeopleImportPreview.Row::outcome, Collectors.summingInt(r -> 1)));
        assertThat(outcomes).containsOnlyKeys(PeopleImportPreview.Outcome.values());
        List<Person> expected = expectedRegister(before, preview);

        PeopleImportResult result = imports.commit(preview, true, Progress.NONE);

        assertThat(result.created()).isEqualTo(outcomes.get(PeopleImportPreview.Outcome.NEW));
        assertThat(result.updated()).isEqualTo(outcomes.get(PeopleImportPreview.Outcome.UPDATE));
        assertThat(result.skippedDuplicates()).isEqualTo(outcomes.get(PeopleImportPreview.Outcome.DUPLICATE));
        assertThat(result.skippedErrors()).isEqualTo(outcomes.get(PeopleImportPreview.Outcome.ERROR));
        assertThat(result.created() + result.updated()).as("more than one chunk").isGreaterThan(250);
        List<Person> after = people.all();
        assertThat(after.stream().map(p -> p.withId(null)).toList()).isEqualTo(expected);
        Set<Long> keptIds = before.stream().map(Person::id).collect(Collectors.toSet());
        Map<Long, Person> beforeById = before.stream().collect(Collectors.toMap(Person::id, Function.identity()));
        String note = TestServices.MESSAGES.text("import.history.imported", "mixed.csv");
        for (Person p : after) {
            List<StatusChange> history = people.find(p.id()).orElseThrow().history();
            if (!keptIds.contains(p.id())) {
                assertThat(history).singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(p.status());
                    assertThat(c.effectiveOn()).isEqualTo(people.today());
                    assertThat(c.note()).isEmpty();
                });
            } else if (beforeById.get(p.id()).status() != p.status()) {
                assertThat(history).hasSize(2);
                assertThat(history.getFirst().status()).isEqualTo(p.status());
                assertThat(history.getFirst().note()).isEqualTo(note);
            } else {
                assertThat(history).hasSize(1);
            }
        }
        assertThat(imports.previewUndo()).hasValueSatisfying(plan -> {
            assertThat(plan.peopleRemoved()).isEqualTo(result.created());
            assertThat(plan.valuesPutBack()).isEqualTo(preview.rows().stream()
                    .filter(r -> r.outcome() == PeopleImportPreview.Outcome.UPDATE)
                    .mapToInt(r -> r.changes().size()).sum());
            assertThat(plan.valuesChangedSince()).isZero();
        });

        imports.undo();

        assertThat(people.all()).isEqualTo(before);
    }

    @Test
    void checksAgainWhenSomeoneChangedAPersonSinceThePreview() throws IOException {
        Person jo = people.save(PeopleImportServiceTest.person("Jo", "Bloggs", "jo@example.org", ""));
        PeopleImportPreview preview = preview(SpreadsheetFiles.csv(temp.resolve("jo.csv"),
                "First name,Last name,Email,Phone\nJo,Bloggs,jo@example.org,07700 900123\n"));
        assertThat(preview.rows()).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(PeopleImportPreview.Outcome.UPDATE));
        // Since the preview, on the same day and at the same time by the clock: a new email by hand.
        Person edited = people.save(new Person(jo.id(), jo.firstName(), jo.lastName(), jo.knownAs(), jo.perspective(),
                jo.roles(), jo.otherRole(), jo.levels(), "jo.bloggs@example.org", jo.phone(), jo.address(),
                jo.postcode(), jo.preferredContact(), jo.listedInPacks(), jo.dateOfBirth(), jo.needs(),
                jo.preferredTimes(), jo.otherNeeds(), jo.status()));

        PeopleImportResult result = imports.commit(preview, false, Progress.NONE);

        assertThat(result.updated()).isZero();
        assertThat(result.created()).isEqualTo(1);
        assertThat(people.find(jo.id()).orElseThrow().person()).isEqualTo(edited);
        assertThat(people.all()).extracting(Person::email)
                .containsExactlyInAnyOrder("jo.bloggs@example.org", "jo@example.org");
    }

    @Test
    void checksAgainWhenSomeoneAddedThePersonSinceThePreview() throws IOException {
        PeopleImportPreview preview = preview(SpreadsheetFiles.csv(temp.resolve("asha.csv"),
                "First name,Last name,Email\nAsha,Khan,asha@example.org\n"));
        people.save(PeopleImportServiceTest.person("Asha", "Khan", "asha@example.org", ""));

        PeopleImportResult result = imports.commit(preview, false, Progress.NONE);

        assertThat(result.created()).isZero();
        assertThat(result.skippedDuplicates()).isEqualTo(1);
        assertThat(people.all()).hasSize(1);
    }

    /** The register the preview describes: updated people as their rows say, then the new people. */
    private static List<Person> expectedRegister(List<Person> before, PeopleImportPreview preview) {
        Map<Long, Person> updates = preview.rows().stream()
                .filter(r -> r.outcome() == PeopleImportPreview.Outcome.UPDATE)
                .collect(Collectors.toMap(PeopleImportPreview.Row::existingId, PeopleImportPreview.Row::person));
        List<Person> expected = new ArrayList<>();
        for (Person p : before) {
            expected.add(updates.getOrDefault(p.id(), p).withId(null));
        }
        preview.rows().stream().filter(r -> r.outcome() == PeopleImportPreview.Outcome.NEW)
                .forEach(r -> expected.add(r.person().withId(null)));
        expected.sort(java.util.Comparator.comparing(Person::lastName).thenComparing(Person::firstName));
        return expected;
    }
}
