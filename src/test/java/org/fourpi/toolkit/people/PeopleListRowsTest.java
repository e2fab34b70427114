package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.collections.ListChangeListener;

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.WorkerTaskExecutor;
import org.fourpi.toolkit.people.PeopleListViewModel.Row;
import org.fourpi.toolkit.people.PeopleListViewModel.StatusFilter;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The People list's quick path (one lean read, labels looked up once, filtering only the rows
 * already shown while the text grows) against the plain way of working the same list out: every
 * full record read and each row and filter worked out on its own.
 */
class PeopleListRowsTest {

    private static final Messages MESSAGES = TestServices.MESSAGES;
    private static final String[] FIRST = {"Samira", "Jo", "Ann", "Jo", "Kwame", "Priya", "Tom", "Ann"};
    private static final String[] LAST = {"Okafor", "Patel", "", "Lee", "Patel", "Ó Briain", "Smith-Jones", "Lee"};

    @TempDir
    Path temp;

    private TestServices test;
    private PeopleService people;
    private final SameThreadExecutor executor = new SameThreadExecutor();

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

    /** A register with every kind of row: shared names, no last name, known-as names, sets, statuses. */
    private void register(int count, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String knownAs = random.nextInt(4) == 0 ? "Sam" : "";
            Person saved = people.save(new Person(null, first, last, knownAs,
                    Perspective.values()[random.nextInt(Perspective.values().length)],
                    subset(Role.class, random), "", subset(InvolvementLevel.class, random),
                    random.nextBoolean() ? first.toLowerCase(Locale.UK) + i + "@example.org" : "",
                    random.nextBoolean() ? "07700 900" + String.format("%03d", i) : "", "", "", null, false, null,
                    subset(AccessNeed.class, random), random.nextInt(5) == 0 ? "mornings" : "",
                    random.nextInt(4) == 0 ? "A quiet room" : "", null));
            int status = random.nextInt(3);
            if (status > 0) {
                people.changeStatus(saved.id(), InvolvementStatus.values()[status], people.today(), "");
            }
        }
    }

    private static <E extends Enum<E>> Set<E> subset(Class<E> type, Random random) {
        Set<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(4) == 0) {
                set.add(value);
            }
        }
        return set;
    }

    private PeopleListViewModel list() {
        PeopleListViewModel list = new PeopleListViewModel(people, test.services().peopleExport(), executor,
                new RecordingDialogs(), MESSAGES, id -> { }, () -> { });
        list.refresh();
        return list;
    }

    /** The list as it used to be worked out: full records, then each row's labels looked up one by one. */
    private List<Row> plainRows() {
        return people.all().stream().map(PeopleService::summary).map(PeopleListRowsTest::plainRow).toList();
    }

    private static Row plainRow(PersonSummary p) {
        String perspective = MESSAGES.text(p.perspective().labelKey());
        String roles = plainLabels(p.roles());
        String status = MESSAGES.text(p.status().labelKey());
        String needs = plainLabels(p.needs());
        if (p.otherNeeds()) {
            String other = MESSAGES.text("people.list.otherNeeds");
            needs = needs.isEmpty() ? other : needs + ", " + other;
        }
        String search = String.join(" ", p.displayName(), p.firstName(), p.lastName(), p.email(), p.phone(),
                perspective, roles, status, needs).toLowerCase(Locale.UK);
        return new Row(p.id(), p.displayName(), perspective, roles, status, p.email(), p.phone(), needs, search);
    }

    private static String plainLabels(Set<? extends Labelled> values) {
        return values.stream().map(v -> MESSAGES.text(v.labelKey())).sorted().collect(Collectors.joining(", "));
    }

    /** Every row checked on its own against every word and the status. */
    private static List<Row> plainFilter(List<Row> rows, String text, StatusFilter status) {
        List<String> words = List.of(text.toLowerCase(Locale.UK).strip().split("\\s+"));
        return rows.stream()
                .filter(row -> status == StatusFilter.ALL || row.status().equals(
                        MESSAGES.text(InvolvementStatus.valueOf(status.name()).labelKey())))
                .filter(row -> words.stream().allMatch(word -> row.searchText().contains(word)))
                .toList();
    }

    @Test
    void readsEveryoneForTheListJustAsTheirFullRecordsSayInTheSameOrder() {
        register(80, 1);

        List<PersonSummary> quick = people.list();

        assertThat(quick).hasSize(80);
        assertThat(quick).containsExactlyElementsOf(people.all().stream().map(PeopleService::summary).toList());
        assertThat(quick).anySatisfy(p -> assertThat(p.lastName()).isEmpty())
                .anySatisfy(p -> assertThat(p.displayName()).startsWith("Sam "))
                .anySatisfy(p -> assertThat(p.otherNeeds()).isTrue())
                .anySatisfy(p -> assertThat(p.roles()).hasSizeGreaterThan(1))
                .anySatisfy(p -> assertThat(p.status()).isEqualTo(InvolvementStatus.LEFT));
    }

    @Test
    void makesTheSameRowsAsLookingUpEachLabelForEachPerson() {
        register(80, 2);

        List<Row> shown = list().shownRows();

        assertThat(shown).containsExactlyElementsOf(plainRows());
        assertThat(shown).anySatisfy(row -> assertThat(row.needs()).endsWith(", other needs (see record)"))
                .anySatisfy(row -> assertThat(row.roles()).contains(", "));
    }

    @Test
    void showsTheSameRowsAsCheckingEveryoneWhateverIsTypedOrChosen() {
        register(120, 3);
        PeopleListViewModel list = list();
        List<Row> all = plainRows();
        // Letters typed, a space, letters rubbed out, capitals, spaces round the text, a status chosen mid-way.
        String[] typed = {"p", "pa", "pat", "pate", "patel", "pate", "pat", "pat ", "pat j", "pat jo", "pat j", "",
                "s", "sa", "sam", "SAM", "  sam  ", "sam o", "sam ok", "c", "ca", "car", "carer", "carer e",
                "carer ea", "e", "ea", "eas", "easy", "07700", "07700 9", "@", "@example", "nobody", ""};
        StatusFilter[] statuses = {StatusFilter.ALL, StatusFilter.ACTIVE, StatusFilter.TAKING_A_BREAK,
                StatusFilter.LEFT};
        int narrowed = 0;
        for (int i = 0; i < typed.length; i++) {
            if (i == 9 || i == 21 || i == 27) {
                list.statusFilterProperty().set(statuses[(i / 9) % statuses.length]);
            }
            list.filterTextProperty().set(typed[i]);
            List<Row> expected = plainFilter(all, typed[i], list.statusFilterProperty().get());
            assertThat(list.shownRows()).as("after typing \"%s\" with %s", typed[i],
                    list.statusFilterProperty().get()).containsExactlyElementsOf(expected);
            assertThat(list.countProperty().get())
                    .isEqualTo("Showing " + expected.size() + " of " + all.size() + " people.");
            if (expected.size() > 0 && expected.size() < all.size()) {
                narrowed++;
            }
        }
        assertThat(narrowed).as("the texts typed narrow the list part way").isGreaterThan(10);
    }

    @Test
    void someoneAddedWhileTheListIsFilteredAppearsWhenItIsReadAgain() {
        register(30, 4);
        PeopleListViewModel list = list();
        list.filterTextProperty().set("zan");
        assertThat(list.shownRows()).isEmpty();

        people.save(Person.named("Zanele", "Dube"));
        list.refresh();

        assertThat(list.shownRows()).extracting(Row::name).containsExactly("Zanele Dube");
        list.filterTextProperty().set("zane");
        assertThat(list.shownRows()).extracting(Row::name).containsExactly("Zanele Dube");
        list.filterTextProperty().set("");
        assertThat(list.shownRows()).containsExactlyElementsOf(plainRows());
    }

    @Test
    void showsTheFirstScreenfulWhileTheRestIsReadThenAddsTheRestBelowIt() {
        register(PeopleListViewModel.FIRST_ROWS + 25, 5);
        List<Runnable> work = new ArrayList<>();
        List<Throwable> unexpected = new ArrayList<>();
        PeopleListViewModel list = new PeopleListViewModel(people, test.services().peopleExport(),
                new WorkerTaskExecutor(work::add, Runnable::run, unexpected::add), new RecordingDialogs(), MESSAGES,
                id -> { }, () -> { });
        List<Row> all = plainRows();
        List<String> changes = new ArrayList<>();
        list.shownRows().addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                changes.add((change.wasRemoved() ? "removed " + change.getRemovedSize() + " " : "")
                        + (change.wasAdded() ? "added " + change.getAddedSize() : ""));
            }
        });

        list.refresh();
        work.removeFirst().run();

        assertThat(list.shownRows()).containsExactlyElementsOf(all.subList(0, PeopleListViewModel.FIRST_ROWS));
        assertThat(list.countProperty().get())
                .isEqualTo("Showing 100 of the first 100 people. Still reading the rest of the register.");
        assertThat(list.loadingProperty().get()).isTrue();
        changes.clear();

        work.removeFirst().run();

        assertThat(work).isEmpty();
        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(list.shownRows()).containsExactlyElementsOf(all);
        assertThat(changes).as("the rest are added below, and the first screenful stays as it is")
                .containsExactly("added 25");
        assertThat(list.countProperty().get()).isEqualTo("Showing 125 of 125 people.");
        assertThat(unexpected).isEmpty();
    }

    @Test
    void whatIsTypedWhileTheRestIsReadAppliesToEveryoneOnceTheyAreIn() {
        register(PeopleListViewModel.FIRST_ROWS + 40, 7);
        List<Runnable> work = new ArrayList<>();
        List<Throwable> unexpected = new ArrayList<>();
        PeopleListViewModel list = new PeopleListViewModel(people, test.services().peopleExport(),
                new WorkerTaskExecutor(work::add, Runnable::run, unexpected::add), new RecordingDialogs(), MESSAGES,
                id -> { }, () -> { });
        List<Row> all = plainRows();
        List<Row> first = all.subList(0, PeopleListViewModel.FIRST_ROWS);

        list.refresh();
        work.removeFirst().run();
        list.filterTextProperty().set("sa");
        list.statusFilterProperty().set(StatusFilter.ACTIVE);
        assertThat(list.shownRows()).containsExactlyElementsOf(plainFilter(first, "sa", StatusFilter.ACTIVE));
        assertThat(list.countProperty().get()).isEqualTo("Showing " + list.shownRows().size()
                + " of the first 100 people. Still reading the rest of the register.");

        work.removeFirst().run();
        List<Row> expected = plainFilter(all, "sa", StatusFilter.ACTIVE);
        assertThat(expected).hasSizeGreaterThan(plainFilter(first, "sa", StatusFilter.ACTIVE).size());
        assertThat(list.shownRows()).containsExactlyElementsOf(expected);
        list.filterTextProperty().set("sam");
        assertThat(list.shownRows()).containsExactlyElementsOf(plainFilter(all, "sam", StatusFilter.ACTIVE));
        list.statusFilterProperty().set(StatusFilter.ALL);
        list.filterTextProperty().set("");
        assertThat(list.shownRows()).containsExactlyElementsOf(all);
        assertThat(unexpected).isEmpty();
    }

    @Test
    void aSmallRegisterIsReadOnceAndARefreshReadsEveryoneAtOnce() {
        register(12, 6);
        List<Runnable> work = new ArrayList<>();
        List<Throwable> unexpected = new ArrayList<>();
        PeopleListViewModel list = new PeopleListViewModel(people, test.services().peopleExport(),
                new WorkerTaskExecutor(work::add, Runnable::run, unexpected::add), new RecordingDialogs(), MESSAGES,
                id -> { }, () -> { });

        list.refresh();
        work.removeFirst().run();

        assertThat(work).as("fewer than a screenful is everyone: nothing more to read").isEmpty();
        assertThat(list.shownRows()).containsExactlyElementsOf(plainRows());
        assertThat(list.countProperty().get()).isEqualTo("Showing 12 of 12 people.");
        assertThat(list.loadingProperty().get()).isFalse();

        people.save(Person.named("Zanele", "Dube"));
        list.refresh();
        assertThat(list.shownRows()).as("the list stays as it was while it is read again").hasSize(12);
        work.removeFirst().run();

        assertThat(work).isEmpty();
        assertThat(list.shownRows()).containsExactlyElementsOf(plainRows());
        assertThat(unexpected).isEmpty();
    }
}
