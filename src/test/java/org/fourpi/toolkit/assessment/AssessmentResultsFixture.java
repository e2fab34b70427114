package org.fourpi.toolkit.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;

/**
 * Two assessments of the same levels a year apart, made through the service as the wizard would: last
 * year's rated together (Principles all 2, everything else 3), completed; this year's rated by each
 * person first (Principles all 4, Purpose all 2, everything else 3), with service users and staff 3
 * points apart on PRI-1, a formula-looking evidence note, an impact answer and an action.
 */
public final class AssessmentResultsFixture {

    public static final String FORMULA_NOTE = "=HYPERLINK(\"http://example.org\",\"click\")";
    public static final String IMPACT_ANSWER = "Members rewrote the leaflet for the crisis line.";

    private AssessmentResultsFixture() {
    }

    public record Made(long previous, long current) {
    }

    public static Made make(AssessmentService assessments) {
        Framework framework = assessments.framework();
        long before = assessments.start(new AssessmentStart("Annual check 2025", LocalDate.of(2025, 11, 20),
                EnumSet.of(InvolvementLevel.C, InvolvementLevel.D), "Sam Facilitator", AssessmentMode.GROUP,
                List.of(new ParticipantInput(null, null, "Ada Lovelace", Perspective.SERVICE_USER),
                        new ParticipantInput(null, null, "Cy Young", Perspective.STAFF)))).id();
        for (Indicator i : framework.indicators()) {
            assessments.rateAgreed(before, i.code(), i.areaCode().equals("PRINCIPLES") ? Rating.TWO : Rating.THREE);
        }
        assessments.complete(before);

        Assessment now = assessments.start(new AssessmentStart("Annual check 2026", LocalDate.of(2026, 11, 20),
                EnumSet.of(InvolvementLevel.C, InvolvementLevel.D), "Sam Facilitator", AssessmentMode.EACH_THEN_GROUP,
                List.of(new ParticipantInput(null, null, "Ada Lovelace", Perspective.SERVICE_USER),
                        new ParticipantInput(null, null, "Ben Carer", Perspective.CARER),
                        new ParticipantInput(null, null, "Cy Young", Perspective.STAFF))));
        long id = now.id();
        for (Indicator i : framework.indicators()) {
            Rating agreed = switch (i.areaCode()) {
                case "PRINCIPLES" -> Rating.FOUR;
                case "PURPOSE" -> Rating.TWO;
                default -> Rating.THREE;
            };
            assessments.rateAgreed(id, i.code(), agreed);
        }
        assessments.rateAgreed(id, "PRE-1", Rating.DONT_KNOW);
        long ada = participant(now, "Ada Lovelace");
        long ben = participant(now, "Ben Carer");
        long cy = participant(now, "Cy Young");
        assessments.rateOwn(id, ada, "PRI-1", Rating.ONE);
        assessments.rateOwn(id, ben, "PRI-1", Rating.THREE);
        assessments.rateOwn(id, cy, "PRI-1", Rating.FOUR);
        assessments.rateOwn(id, ada, "PRI-2", Rating.FOUR);
        assessments.rateOwn(id, cy, "PRI-2", Rating.FOUR);
        assessments.noteEvidence(id, "PRI-3", FORMULA_NOTE);
        assessments.setPriority(id, "PUR-1", true);
        assessments.answerImpact(id, "Q2", IMPACT_ANSWER);
        assessments.saveAction(id, new ActionInput(null, "Write down why we involve people", "Steering group",
                LocalDate.of(2027, 3, 31), ActionStatus.OPEN, List.of("PUR-1")));
        return new Made(before, id);
    }

    static long participant(Assessment assessment, String name) {
        return assessment.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }
}
