package org.fourpi.toolkit.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryServiceTest {

    @TempDir Path dataDir;
    private TestServices test;
    private GlossaryService glossary;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        glossary = test.services().glossary();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static Map<GlossaryField, GlossaryProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidTermException e) {
            return e.problems();
        }
        throw new AssertionError("Saved, but should have been refused");
    }

    @Test
    void startsWithCommonTermsInAlphabeticalOrder() {
        assertThat(glossary.list()).extracting(GlossaryTerm::term)
                .contains("CMHT", "Co-production", "ICB", "Lived experience", "NHS trust", "Safeguarding", "4PI")
                .isSortedAccordingTo((a, b) -> a.compareToIgnoreCase(b));
        assertThat(glossary.list()).allSatisfy(term -> assertThat(term.explanation()).isNotBlank());
    }

    @Test
    void addsATermThatIsThenListedAndFound() {
        GlossaryTerm added = glossary.add("  PCN ", " Primary Care Network: GP surgeries working together. ");

        assertThat(added.term()).isEqualTo("PCN");
        assertThat(added.explanation()).isEqualTo("Primary Care Network: GP surgeries working together.");
        assertThat(glossary.find("pcn")).contains(added);
        assertThat(glossary.list()).contains(added);
    }

    @Test
    void refusesATermThatIsThereAlreadyWhateverItsCapitals() {
        assertThat(problems(() -> glossary.add("cmht", "Another explanation.")))
                .containsExactly(Map.entry(GlossaryField.TERM, GlossaryProblem.ALREADY_THERE));
        assertThat(problems(() -> glossary.add("Lived   EXPERIENCE", "Another explanation.")))
                .containsExactly(Map.entry(GlossaryField.TERM, GlossaryProblem.ALREADY_THERE));
    }

    @Test
    void refusesEmptyAndOverlongFieldsNamingEach() {
        assertThat(problems(() -> glossary.add(" ", "")))
                .containsOnly(Map.entry(GlossaryField.TERM, GlossaryProblem.REQUIRED),
                        Map.entry(GlossaryField.EXPLANATION, GlossaryProblem.REQUIRED));
        assertThat(problems(() -> glossary.add("x".repeat(101), "y".repeat(1001))))
                .containsOnly(Map.entry(GlossaryField.TERM, GlossaryProblem.TOO_LONG),
                        Map.entry(GlossaryField.EXPLANATION, GlossaryProblem.TOO_LONG));
        glossary.add("x".repeat(100), "y".repeat(1000));
        assertThat(glossary.find("x".repeat(100))).isPresent();
    }

    @Test
    void changesATermAndItsExplanation() {
        GlossaryTerm cmht = glossary.find("CMHT").orElseThrow();

        glossary.edit(cmht.id(), "CMHT", "A team that supports people where they live.");
        glossary.edit(cmht.id(), "cmht", "A team that supports people where they live.");

        assertThat(glossary.find("CMHT")).contains(new GlossaryTerm(cmht.id(), "cmht",
                "A team that supports people where they live."));
    }

    @Test
    void refusesToRenameATermToOneThatIsThere() {
        GlossaryTerm cmht = glossary.find("CMHT").orElseThrow();

        assertThat(problems(() -> glossary.edit(cmht.id(), "ICB", "Anything.")))
                .containsExactly(Map.entry(GlossaryField.TERM, GlossaryProblem.ALREADY_THERE));
        assertThat(glossary.find("CMHT")).contains(cmht);
    }

    @Test
    void refusesToChangeATermThatIsNotThere() {
        assertThatThrownBy(() -> glossary.edit(99_999, "New", "Words.")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removesATerm() {
        GlossaryTerm cmht = glossary.find("CMHT").orElseThrow();

        assertThat(glossary.remove(cmht.id())).isTrue();
        assertThat(glossary.find("CMHT")).isEmpty();
        assertThat(glossary.remove(cmht.id())).isFalse();
        glossary.add("CMHT", "Back again.");
        assertThat(glossary.find("cmht").orElseThrow().explanation()).isEqualTo("Back again.");
    }
}
