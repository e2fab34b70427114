package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FrameworkFileTest {

    private final Framework framework = FrameworkFile.current();

    @Test
    void coversTheFiveAreasAndTheFourPartsOfProcess() {
        assertThat(framework.areas()).extracting(Area::name)
                .containsExactly("Principles", "Purpose", "Presence", "Process", "Impact");
        assertThat(framework.area(Framework.PROCESS).orElseThrow().groups()).extracting(IndicatorGroup::name)
                .containsExactly("Engagement", "Communication", "Support and training", "Practical issues");
        assertThat(framework.groups()).allSatisfy(g -> {
            assertThat(g.indicators()).as(g.name()).isNotEmpty();
            assertThat(g.questions()).as(g.name()).isNotEmpty();
        });
    }

    @Test
    void everyIndicatorHasAStatementAHintAndAPromptInPlainWords() {
        assertThat(framework.indicators()).hasSizeGreaterThan(45).allSatisfy(i -> {
            assertThat(i.statement()).as(i.code()).endsWith(".").hasSizeLessThan(160);
            assertThat(i.hint()).as(i.code()).startsWith("Good looks like:");
            assertThat(i.prompt()).as(i.code()).isNotBlank();
        });
    }

    @Test
    void impactAddsTheFiveQuestionsAndTheSixAreas() {
        assertThat(framework.impactQuestions()).extracting(ImpactQuestion::code)
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5");
        assertThat(framework.indicators()).filteredOn(Indicator::impactArea).hasSize(6)
                .allSatisfy(i -> assertThat(i.areaCode()).isEqualTo(Framework.IMPACT));
    }

    @Test
    void coversTheStandardsThatTheProgramHasFiguresFor() {
        assertThat(framework.indicators()).extracting(Indicator::evidence).contains(EvidenceKind.values());
        assertThat(framework.indicator("COM-3").orElseThrow().evidence()).isEqualTo(EvidenceKind.PACKS_AHEAD);
        assertThat(framework.indicator("PRE-7").orElseThrow().statement()).contains("two", "reserve");
        assertThat(framework.indicator("ENG-6").orElseThrow().statement()).contains("not starting too early");
    }

    @Test
    void theScaleRunsFromNotStartedToEverywhereWithTwoOtherAnswers() {
        assertThat(framework.scale()).extracting(ScaleEntry::rating).containsExactly(Rating.values());
        assertThat(framework.scale(Rating.ONE).label()).isEqualTo("Not started");
        assertThat(framework.scale(Rating.FIVE).description()).contains("consistently, everywhere");
        assertThat(framework.scale(Rating.DONT_KNOW).label()).isEqualTo("Don't know");
        assertThat(framework.scale(Rating.NOT_RELEVANT).label()).isEqualTo("Not relevant here");
        assertThat(framework.source()).contains("NSUN", "2013");
    }

    @Test
    void stepsRunFromStartThroughEachGroupToTheSummary() {
        List<String> steps = AssessmentSteps.keys(framework);
        assertThat(steps).startsWith("START", "PRINCIPLES", "PURPOSE", "PRESENCE", "ENGAGEMENT")
                .endsWith("PRACTICAL", "IMPACT", "ACTIONS", "SUMMARY").hasSize(11);
    }

    @Test
    void refusesAFileWithAnIndicatorTwice() {
        String xml = """
                <framework version="9" source="x">
                  <area code="A" name="A"><question>q</question>
                    <indicator code="X-1"><statement>We do.</statement><hint>h</hint><prompt>p?</prompt></indicator>
                    <indicator code="X-1"><statement>We do.</statement><hint>h</hint><prompt>p?</prompt></indicator>
                  </area>
                  <scale><level value="1" label="a">a</level></scale>
                </framework>""";
        assertThatThrownBy(() -> FrameworkFile.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("X-1");
    }
}
