package org.fourpi.toolkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.common.validation.Problem;
import org.fourpi.toolkit.people.InvalidPersonException;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.PeopleImportPreview;
import org.fourpi.toolkit.people.PeopleImportSheet;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.PersonField;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;

/**
 * Anyone the register can hold comes back from an export, read by the import, exactly as saved:
 * names in Welsh, Arabic, with emoji and combining accents, text that looks like a formula, and any
 * date of birth from 1900 to today. Dates after today and hidden control characters are refused.
 */
class PeopleRoundTripPropertiesTest {

    private static final LocalDate TODAY = LocalDate.now(TestServices.CLOCK);

    private static Path temp;
    private static TestServices source;
    private static TestServices target;
    private static int exports;

    @BeforeContainer
    static void open() throws IOException {
        temp = Files.createTempDirectory("round-trip");
        source = TestServices.open(temp.resolve("source"));
        target = TestServices.open(temp.resolve("target"));
    }

    @AfterContainer
    static void close() throws IOException {
        source.close();
        target.close();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Letters from many scripts, by code point: plain ASCII, Welsh, Arabic, combining marks, emoji, Chinese. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(0x175, 0x177, 0x174, 0x176, 0xE2, 0xEA, 0xEE, 0xF4, 0xFB,
                        0xEF, 0xEB, 0xE9)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x621, 0x64A)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x300, 0x36F)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x4E00, 0x9FFF)));
        Arbitrary<String> body = codePoint.list().ofMinSize(1).ofMaxSize(30)
                .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
        // Sometimes start as a formula would, to show it comes back as text.
        return Combinators.combine(Arbitraries.of("", "", "", "=", "+", "@", "-"), body).as(String::concat)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<LocalDate> birthday() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(edges -> edges.add(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28),
                        LocalDate.of(1900, 3, 1), TODAY, TODAY.plusDays(1)));
    }

    private static Person person(String first, String last, String address, LocalDate born) {
        return new Person(null, first, last, "", Perspective.OTHER, Set.of(), "", Set.of(), "", "", address, "", null,
                false, born, Set.of(), "", "", InvolvementStatus.ACTIVE);
    }

    @Property(tries = 60)
    void anyoneSavedComesBackFromAnExportExactly(@ForAll("text") String first, @ForAll("text") String last,
                                                 @ForAll("text") String address, @ForAll("birthday") LocalDate born)
            throws IOException {
        Person person = person(first, last, address, born);
        if (born.isAfter(TODAY)) {
            assertThatThrownBy(() -> source.services().people().save(person))
                    .isInstanceOfSatisfying(InvalidPersonException.class, e -> assertThat(e.problems())
                            .containsEntry(PersonField.DATE_OF_BIRTH, Problem.DATE_IN_FUTURE));
            return;
        }
        Person saved = source.services().people().save(person);
        Path file = temp.resolve("export-" + (++exports) + ".xlsx");
        source.services().peopleExport().export(file, false, Progress.NONE);

        PeopleImportSheet sheet = target.services().peopleImport().read(file, Progress.NONE);
        PeopleImportPreview preview = target.services().peopleImport().preview(sheet, sheet.suggestedMapping(),
                Progress.NONE);
        Files.delete(file);

        assertThat(preview.problems()).isEmpty();
        List<Person> read = preview.rows().stream().map(PeopleImportPreview.Row::person).toList();
        assertThat(read).anySatisfy(back -> {
            assertThat(back.firstName()).isEqualTo(saved.firstName());
            assertThat(back.lastName()).isEqualTo(saved.lastName());
            assertThat(back.address()).isEqualTo(saved.address());
            assertThat(back.dateOfBirth()).isEqualTo(saved.dateOfBirth());
        });
    }

    @Provide
    Arbitrary<Character> hidden() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u0000', '\u0008')),
                net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u000E', '\u001F')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u000B', '\u000C', '\u007F', '\uFFFE', '\uFFFF', '\uD83D')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0080', '\u009F')));
    }

    @Property(tries = 40)
    void aNameWithAHiddenControlCharacterIsRefused(@ForAll("text") String name, @ForAll("hidden") char hidden) {
        String withHidden = "A" + hidden + name;
        assertThatThrownBy(() -> source.services().people().save(person(withHidden, "Lovelace", "", null)))
                .isInstanceOfSatisfying(InvalidPersonException.class, e -> assertThat(e.problems())
                        .containsEntry(PersonField.FIRST_NAME, Problem.HIDDEN_CHARACTER));
    }
}
