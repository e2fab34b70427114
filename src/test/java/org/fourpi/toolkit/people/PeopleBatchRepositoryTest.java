package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fourpi.toolkit.db.Tables.PERSON;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import's chunked saving writes exactly what saving the same people one by one writes. */
class PeopleBatchRepositoryTest {

    private static final String NOTE = "Changed by the import of test.csv";

    @TempDir
    Path temp;

    @Test
    void writesTheSameRecordsSetsAndHistoryAsSavingOneByOne() {
        try (Database oneByOne = open("one"); Database batched = open("batched")) {
            PeopleService slow = service(oneByOne, "one");
            PeopleService fast = service(batched, "batched");
            for (Person p : startingRegister()) {
                slow.save(p);
                fast.save(p);
            }
            List<Person> register = slow.all();
            assertThat(fast.all()).isEqualTo(register);
            List<Person> toSave = newAndChanged(register);
            LocalDateTime now = LocalDateTime.now(TestServices.CLOCK);

            long slowBatch = oneByOne.transactionResult(db -> {
                long batch = new ImportBatchRepository().insert(db, "test.csv", now, 3, 4);
                slow.saveAllIn(db, toSave, batch, NOTE);
                return batch;
            });
            List<Person> written = batched.transactionResult(db -> {
                long batch = new ImportBatchRepository().insert(db, "test.csv", now, 3, 4);
                Map<Long, Person> byId = new HashMap<>();
                register.forEach(p -> byId.put(p.id(), p));
                return new PeopleBatchRepository().write(db, toSave, byId,
                        new PeopleBatchRepository.Stamp(now, fast.today(), batch, NOTE));
            });

            assertThat(fast.all()).isEqualTo(slow.all());
            assertThat(fast.all()).hasSize(register.size() + 3);
            assertThat(written).extracting(Person::id).doesNotContainNull()
                    .containsExactlyInAnyOrderElementsOf(slow.all().stream()
                            .filter(p -> toSave.stream().anyMatch(s -> sameName(s, p))).map(Person::id).toList());
            for (Person p : slow.all()) {
                assertThat(history(fast, p.id())).as("history of " + p.displayName())
                        .isEqualTo(history(slow, p.id()));
            }
            assertThat(stamps(batched)).isEqualTo(stamps(oneByOne));
            assertThat(stamps(batched)).filteredOn(s -> Long.valueOf(slowBatch).equals(s.get(1))).hasSize(3);
        }
    }

    @Test
    void refusesToUpdateSomeoneNoLongerInTheRegister() {
        try (Database database = open("gone")) {
            PeopleService people = service(database, "gone");
            Person jo = people.save(Person.named("Jo", "Bloggs"));
            LocalDateTime now = LocalDateTime.now(TestServices.CLOCK);

            assertThatThrownBy(() -> database.transaction(db -> new PeopleBatchRepository().write(db,
                    List.of(Person.named("Asha", "Khan"), jo.withStatus(InvolvementStatus.LEFT)), Map.of(),
                    new PeopleBatchRepository.Stamp(now, people.today(), 1L, NOTE))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(people.all()).containsExactly(jo);
        }
    }

    private Database open(String name) {
        return Database.open(temp.resolve(name).resolve("toolkit"), temp, DataKey.NONE);
    }

    private PeopleService service(Database database, String name) {
        return new PeopleService(database, TestServices.CLOCK, new AttachmentStore(temp.resolve(name + "-files")));
    }

    private static List<Person> startingRegister() {
        return List.of(
                PeopleImportServiceTest.person("Jo", "Bloggs", "jo@example.org", "0161 496 0000"),
                PeopleImportServiceTest.person("Sam", "Okafor", "sam@example.org", ""),
                new Person(null, "Ravi", "Shah", "Rav", Perspective.SERVICE_USER,
                        Set.of(Role.PEER_SUPPORTER, Role.TRUSTEE), "", Set.of(InvolvementLevel.A, InvolvementLevel.C),
                        "ravi@example.org", "", "", "", null, false, null, Set.of(), "", "Step-free access",
                        InvolvementStatus.TAKING_A_BREAK),
                Person.named("Lee", "Wong"));
    }

    /** New people between updates: one with everything, one with no sets, and updates that add, clear and change. */
    private static List<Person> newAndChanged(List<Person> register) {
        Person jo = find(register, "Jo");
        Person sam = find(register, "Sam");
        Person ravi = find(register, "Ravi");
        Person lee = find(register, "Lee");
        List<Person> people = new ArrayList<>();
        people.add(new Person(null, "Asha", "Khan", "", Perspective.CARER, Set.of(Role.CRITICAL_FRIEND, Role.TRUSTEE),
                "Co-chair", Set.of(InvolvementLevel.B, InvolvementLevel.D), "asha@example.org", "07700 900123",
                "2 Low Road", "M1 2AB", ContactMethod.PHONE, true, LocalDate.of(1980, 2, 29),
                Set.of(AccessNeed.LARGE_PRINT, AccessNeed.EASY_READ), "Afternoons", "A quiet room",
                InvolvementStatus.ACTIVE));
        people.add(new Person(jo.id(), jo.firstName(), jo.lastName(), "Joe", jo.perspective(), Set.of(Role.TRUSTEE),
                jo.otherRole(), Set.of(InvolvementLevel.D, InvolvementLevel.E), jo.email(), "07700 900999",
                jo.address(), jo.postcode(), ContactMethod.POST, false, jo.dateOfBirth(), Set.of(), "",
                jo.otherNeeds(), InvolvementStatus.LEFT));
        people.add(Person.named("Ben", "Lowe").withStatus(InvolvementStatus.TAKING_A_BREAK));
        people.add(new Person(sam.id(), sam.firstName(), sam.lastName(), sam.knownAs(), sam.perspective(),
                sam.roles(), sam.otherRole(), sam.levels(), "", "0161 496 0001", sam.address(), sam.postcode(),
                sam.preferredContact(), sam.listedInPacks(), sam.dateOfBirth(), sam.needs(), sam.preferredTimes(),
                sam.otherNeeds(), sam.status()));
        people.add(ravi.withStatus(InvolvementStatus.ACTIVE));
        people.add(new Person(lee.id(), lee.firstName(), lee.lastName(), lee.knownAs(), Perspective.CARER,
                Set.of(Role.AMBASSADOR), lee.otherRole(), Set.of(InvolvementLevel.A), "lee@example.org",
                lee.phone(), lee.address(), lee.postcode(), lee.preferredContact(), true, lee.dateOfBirth(),
                Set.of(AccessNeed.STEP_FREE), lee.preferredTimes(), lee.otherNeeds(), lee.status()));
        people.add(Person.named("Mo", "Farah"));
        return people;
    }

    private static Person find(List<Person> people, String firstName) {
        return people.stream().filter(p -> p.firstName().equals(firstName)).findFirst().orElseThrow();
    }

    private static boolean sameName(Person a, Person b) {
        return a.firstName().equals(b.firstName()) && a.lastName().equals(b.lastName());
    }

    /** A person's history as the user sees it: status, date and note, newest first. */
    private static List<List<Object>> history(PeopleService people, long id) {
        return people.find(id).orElseThrow().history().stream()
                .map(c -> List.<Object>of(c.status(), c.effectiveOn(), c.note())).toList();
    }

    /** Each person's number, the import that added them, and when they were added and last changed. */
    private static List<List<Object>> stamps(Database database) {
        return database.dsl().select(PERSON.ID, PERSON.IMPORT_BATCH_ID, PERSON.CREATED_AT, PERSON.UPDATED_AT)
                .from(PERSON).orderBy(PERSON.ID)
                .fetch(r -> java.util.Arrays.asList(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
