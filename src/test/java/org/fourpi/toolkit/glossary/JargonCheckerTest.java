package org.fourpi.toolkit.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JargonCheckerTest {

    private static final GlossaryTerm CMHT = new GlossaryTerm(1, "CMHT", "Community Mental Health Team.");
    private static final GlossaryTerm LIVED = new GlossaryTerm(2, "Lived experience", "What someone knows from their life.");
    private static final GlossaryTerm NHS_TRUST = new GlossaryTerm(3, "NHS trust", "An organisation that runs NHS services.");
    private static final GlossaryTerm CO_PRODUCTION = new GlossaryTerm(4, "Co-production", "Working as equal partners.");
    private static final List<GlossaryTerm> GLOSSARY = List.of(CMHT, CO_PRODUCTION, LIVED, NHS_TRUST);

    private static List<String> unexplained(String text) {
        return JargonChecker.check("Item", text, GLOSSARY).unexplained().stream().map(UnexplainedTerm::term).toList();
    }

    @Test
    void findsAbbreviationsThatNobodyExplained() {
        JargonReport report = JargonChecker.check("Agenda item 2: title", "The ICB will ask the PCN about S117 and 4PI.",
                GLOSSARY);

        assertThat(report.unexplained()).extracting(UnexplainedTerm::term).containsExactly("4PI", "ICB", "PCN", "S117");
        assertThat(report.unexplained().getFirst().places()).containsExactly(new Place("Agenda item 2: title", 1));
    }

    @Test
    void countsAPluralWithItsSingular() {
        JargonReport report = JargonChecker.check("Notes", "One PCN spoke. Two PCNs wrote. The PCN's reply came.", List.of());

        assertThat(report.unexplained()).hasSize(1);
        UnexplainedTerm pcn = report.unexplained().getFirst();
        assertThat(pcn.term()).isEqualTo("PCN");
        assertThat(pcn.times()).isEqualTo(3);
    }

    @Test
    void takesCapitalsIntoAccountForAbbreviations() {
        assertThat(unexplained("the icb and the Icb met")).isEmpty();
        assertThat(unexplained("the ICB met")).containsExactly("ICB");
    }

    @Test
    void countsWholeWordsOnly() {
        assertThat(unexplained("ABCDEFG is too long; xICBx and ICB2x are parts of words; DWP counts"))
                .containsExactly("DWP");
    }

    @Test
    void leavesOutAbbreviationsEverybodyKnowsAndWordsInCapitalsForStress() {
        assertThat(unexplained("I am OK. The NHS and your GP in the UK at 10AM. Please do NOT bring a PDF. TV at 7 PM."))
                .isEmpty();
    }

    @Test
    void leavesOutRomanNumeralsAndShortCodes() {
        assertThat(unexplained("Part II, section IV, chapter XII, on A4 paper in Q3")).isEmpty();
    }

    @Test
    void acceptsAnExplanationInBracketsAfterTheWords() {
        assertThat(unexplained("The Integrated Care Board (ICB) met. Later the ICB wrote.")).isEmpty();
    }

    @Test
    void acceptsAnExplanationInBracketsAfterTheAbbreviation() {
        assertThat(unexplained("The ICB (Integrated Care Board) met. The PCN (primary care network) too.")).isEmpty();
        assertThat(unexplained("Community Mental Health Teams (CMHTs) and Primary Care Networks (PCNs)")).isEmpty();
    }

    @Test
    void doesNotTakeOtherWordsInBracketsForAnExplanation() {
        assertThat(unexplained("The ICB (see page 4) met.")).containsExactly("ICB");
        assertThat(unexplained("We wrote to the board (ICB).")).containsExactly("ICB");
    }

    @Test
    void takesAnExplanationOnlyWithinTheSamePiece() {
        JargonReport report = JargonChecker.check(List.of(
                new TextPiece("Item 1", "The Integrated Care Board (ICB) met."),
                new TextPiece("Item 2", "The ICB wrote.")), List.of());

        assertThat(report.unexplained()).containsExactly(new UnexplainedTerm("ICB", List.of(new Place("Item 2", 1))));
    }

    @Test
    void countsAbbreviationsInTheGlossaryAsExplained() {
        assertThat(unexplained("The CMHT and the cmht and CMHTs")).isEmpty();
        List<GlossaryTerm> shared = List.of(new GlossaryTerm(9, "CCG/ICB", "The local NHS bodies."));
        assertThat(JargonChecker.check("Item", "The CCG became the ICB.", shared).unexplained()).isEmpty();
    }

    @Test
    void skipsHeadingsWrittenWhollyInCapitals() {
        assertThat(unexplained("MINUTES OF THE MEETING\nThe DWP replied.")).containsExactly("DWP");
    }

    @Test
    void findsGlossaryTermsInAnyCaseAndAcrossLines() {
        JargonReport report = JargonChecker.check(List.of(
                new TextPiece("Lay summary of item 3", "Her LIVED EXPERIENCE matters, and lived\nexperiences differ."),
                new TextPiece("Paper: budget.pdf page 4", "Each nhs trust and the CMHTs, by co-production.")),
                GLOSSARY);

        assertThat(report.usedTerms()).containsExactly(CMHT, CO_PRODUCTION, LIVED, NHS_TRUST);
        UsedTerm lived = report.used().get(2);
        assertThat(lived.places()).containsExactly(new Place("Lay summary of item 3", 2));
        assertThat(report.used().getFirst().places()).containsExactly(new Place("Paper: budget.pdf page 4", 1));
    }

    @Test
    void findsGlossaryTermsAsWholeWordsOnly() {
        GlossaryTerm cpa = new GlossaryTerm(5, "CPA", "Care Programme Approach.");
        JargonReport report = JargonChecker.check("Item", "The CPAP machine and the NHS trustees.", List.of(cpa, NHS_TRUST));

        assertThat(report.used()).isEmpty();
    }

    @Test
    void saysWhereEachTermWasFoundAndHowOften() {
        JargonReport report = JargonChecker.check(List.of(
                new TextPiece("Agenda item 1: title", "DWP update"),
                new TextPiece("Agenda item 2: title", "The CMHT and the DWP"),
                new TextPiece("Agenda item 1: title", "DWP again"),
                new TextPiece("Agenda item 3: title", "DWP, DWP and the CMHT")), GLOSSARY);

        UnexplainedTerm dwp = report.unexplained().getFirst();
        assertThat(dwp.places()).containsExactly(new Place("Agenda item 1: title", 2),
                new Place("Agenda item 2: title", 1), new Place("Agenda item 3: title", 2));
        assertThat(dwp.times()).isEqualTo(5);
        UsedTerm cmht = report.used().getFirst();
        assertThat(cmht.places()).containsExactly(new Place("Agenda item 2: title", 1), new Place("Agenda item 3: title", 1));
        assertThat(cmht.times()).isEqualTo(2);
    }

    @Test
    void findsNothingInEmptyText() {
        JargonReport report = JargonChecker.check(List.of(new TextPiece("Item", ""), new TextPiece("Other", null)), GLOSSARY);

        assertThat(report.used()).isEmpty();
        assertThat(report.unexplained()).isEmpty();
    }

    @Test
    void tellsWhichWordsLookLikeJargon() {
        assertThat(JargonChecker.looksLikeJargon("CMHT")).isTrue();
        assertThat(JargonChecker.looksLikeJargon("CMHTs")).isTrue();
        assertThat(JargonChecker.looksLikeJargon("NHS")).isFalse();
        assertThat(JargonChecker.looksLikeJargon("IV")).isFalse();
        assertThat(JargonChecker.looksLikeJargon("Board")).isFalse();
    }
}
