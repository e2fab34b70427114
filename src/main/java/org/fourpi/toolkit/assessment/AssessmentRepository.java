package org.fourpi.toolkit.assessment;

import static org.fourpi.toolkit.db.Tables.ASSESSMENT;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_ACTION;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_ACTION_INDICATOR;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_AGREED;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_IMPACT_ANSWER;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_OWN_RATING;
import static org.fourpi.toolkit.db.Tables.ASSESSMENT_PARTICIPANT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fourpi.toolkit.db.tables.records.AssessmentRecord;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads and writes assessments, their participants, ratings, impact answers and actions. */
final class AssessmentRepository {

    long insert(DSLContext db, AssessmentStart start, int frameworkVersion, LocalDateTime now) {
        return db.insertInto(ASSESSMENT)
                .set(ASSESSMENT.TITLE, AssessmentRules.clean(start.title()))
                .set(ASSESSMENT.HELD_ON, start.heldOn())
                .set(ASSESSMENT.SCOPE_LEVELS, Assessment.scopeCode(start.scope()))
                .set(ASSESSMENT.FACILITATOR, blankToNull(start.facilitator()))
                .set(ASSESSMENT.MODE, start.mode().name())
                .set(ASSESSMENT.FRAMEWORK_VERSION, frameworkVersion)
                .set(ASSESSMENT.STATUS, AssessmentStatus.IN_PROGRESS.name())
                .set(ASSESSMENT.CURRENT_STEP, AssessmentSteps.START)
                .set(ASSESSMENT.CREATED_AT, now)
                .set(ASSESSMENT.UPDATED_AT, now)
                .returning(ASSESSMENT.ID)
                .fetchOne(ASSESSMENT.ID);
    }

    boolean updateStart(DSLContext db, long id, AssessmentStart start, LocalDateTime now) {
        return db.update(ASSESSMENT)
                .set(ASSESSMENT.TITLE, AssessmentRules.clean(start.title()))
                .set(ASSESSMENT.HELD_ON, start.heldOn())
                .set(ASSESSMENT.SCOPE_LEVELS, Assessment.scopeCode(start.scope()))
                .set(ASSESSMENT.FACILITATOR, blankToNull(start.facilitator()))
                .set(ASSESSMENT.MODE, start.mode().name())
                .set(ASSESSMENT.UPDATED_AT, now)
                .where(ASSESSMENT.ID.eq(id))
                .execute() == 1;
    }

    /** Replaces the participants: keeps those with an id (renamed as given), adds new ones, removes the rest. */
    void saveParticipants(DSLContext db, long assessmentId, List<ParticipantInput> participants) {
        List<Long> kept = participants.stream().map(ParticipantInput::id).filter(java.util.Objects::nonNull).toList();
        db.deleteFrom(ASSESSMENT_PARTICIPANT).where(ASSESSMENT_PARTICIPANT.ASSESSMENT_ID.eq(assessmentId))
                .and(ASSESSMENT_PARTICIPANT.ID.notIn(kept)).execute();
        int position = 0;
        for (ParticipantInput p : participants) {
            if (p.id() == null) {
                db.insertInto(ASSESSMENT_PARTICIPANT)
                        .set(ASSESSMENT_PARTICIPANT.ASSESSMENT_ID, assessmentId)
                        .set(ASSESSMENT_PARTICIPANT.PERSON_ID, p.personId())
                        .set(ASSESSMENT_PARTICIPANT.NAME, AssessmentRules.clean(p.name()))
                        .set(ASSESSMENT_PARTICIPANT.PERSPECTIVE, p.perspective().name())
                        .set(ASSESSMENT_PARTICIPANT.POSITION, position)
                        .execute();
            } else {
                int changed = db.update(ASSESSMENT_PARTICIPANT)
                        .set(ASSESSMENT_PARTICIPANT.PERSON_ID, p.personId())
                        .set(ASSESSMENT_PARTICIPANT.NAME, AssessmentRules.clean(p.name()))
                        .set(ASSESSMENT_PARTICIPANT.PERSPECTIVE, p.perspective().name())
                        .set(ASSESSMENT_PARTICIPANT.POSITION, position)
                        .where(ASSESSMENT_PARTICIPANT.ID.eq(p.id()))
                        .and(ASSESSMENT_PARTICIPANT.ASSESSMENT_ID.eq(assessmentId))
                        .execute();
                if (changed != 1) {
                    throw new IllegalArgumentException("Participant " + p.id() + " is not in assessment " + assessmentId);
                }
            }
            position++;
        }
    }

    Optional<Assessment> find(DSLContext db, long id) {
        return db.selectFrom(ASSESSMENT).where(ASSESSMENT.ID.eq(id)).fetchOptional()
                .map(r -> toAssessment(r, participants(db, id)));
    }

    List<Assessment> all(DSLContext db) {
        Map<Long, List<Participant>> participants = new LinkedHashMap<>();
        db.selectFrom(ASSESSMENT_PARTICIPANT).orderBy(ASSESSMENT_PARTICIPANT.POSITION).forEach(r ->
                participants.computeIfAbsent(r.getAssessmentId(), k -> new ArrayList<>()).add(toParticipant(r)));
        return db.selectFrom(ASSESSMENT).orderBy(ASSESSMENT.HELD_ON.desc(), ASSESSMENT.ID.desc())
                .fetch(r -> toAssessment(r, participants.getOrDefault(r.getId(), List.of())));
    }

    /** How many indicators have an agreed rating, by assessment. */
    Map<Long, Integer> agreedCounts(DSLContext db) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        db.select(ASSESSMENT_AGREED.ASSESSMENT_ID, DSL.count()).from(ASSESSMENT_AGREED)
                .where(ASSESSMENT_AGREED.RATING.isNotNull())
                .groupBy(ASSESSMENT_AGREED.ASSESSMENT_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    boolean delete(DSLContext db, long id) {
        return db.deleteFrom(ASSESSMENT).where(ASSESSMENT.ID.eq(id)).execute() == 1;
    }

    boolean setStep(DSLContext db, long id, String step, LocalDateTime now) {
        return db.update(ASSESSMENT).set(ASSESSMENT.CURRENT_STEP, step).set(ASSESSMENT.UPDATED_AT, now)
                .where(ASSESSMENT.ID.eq(id)).execute() == 1;
    }

    boolean setStatus(DSLContext db, long id, AssessmentStatus status, LocalDate completedOn, LocalDateTime now) {
        return db.update(ASSESSMENT).set(ASSESSMENT.STATUS, status.name())
                .set(ASSESSMENT.COMPLETED_ON, completedOn).set(ASSESSMENT.UPDATED_AT, now)
                .where(ASSESSMENT.ID.eq(id)).execute() == 1;
    }

    void touch(DSLContext db, long id, LocalDateTime now) {
        db.update(ASSESSMENT).set(ASSESSMENT.UPDATED_AT, now).where(ASSESSMENT.ID.eq(id)).execute();
    }

    void saveOwnRating(DSLContext db, long participantId, String indicator, Rating rating, OwnRating.GivenBy by,
            LocalDateTime now) {
        if (rating == null) {
            db.deleteFrom(ASSESSMENT_OWN_RATING).where(ASSESSMENT_OWN_RATING.PARTICIPANT_ID.eq(participantId))
                    .and(ASSESSMENT_OWN_RATING.INDICATOR_CODE.eq(indicator)).execute();
            return;
        }
        db.mergeInto(ASSESSMENT_OWN_RATING)
                .using(DSL.selectOne())
                .on(ASSESSMENT_OWN_RATING.PARTICIPANT_ID.eq(participantId)
                        .and(ASSESSMENT_OWN_RATING.INDICATOR_CODE.eq(indicator)))
                .whenMatchedThenUpdate()
                .set(ASSESSMENT_OWN_RATING.RATING, rating.code())
                .set(ASSESSMENT_OWN_RATING.GIVEN_BY, by.name())
                .set(ASSESSMENT_OWN_RATING.UPDATED_AT, now)
                .whenNotMatchedThenInsert(ASSESSMENT_OWN_RATING.PARTICIPANT_ID, ASSESSMENT_OWN_RATING.INDICATOR_CODE,
                        ASSESSMENT_OWN_RATING.RATING, ASSESSMENT_OWN_RATING.GIVEN_BY, ASSESSMENT_OWN_RATING.UPDATED_AT)
                .values(participantId, indicator, rating.code(), by.name(), now)
                .execute();
    }

    /** The agreed answer as saved, or an empty one. */
    AgreedAnswer agreed(DSLContext db, long assessmentId, String indicator) {
        return db.selectFrom(ASSESSMENT_AGREED).where(ASSESSMENT_AGREED.ASSESSMENT_ID.eq(assessmentId))
                .and(ASSESSMENT_AGREED.INDICATOR_CODE.eq(indicator)).fetchOptional()
                .map(AssessmentRepository::toAgreed)
                .orElse(new AgreedAnswer(indicator, null, "", false));
    }

    void saveAgreed(DSLContext db, long assessmentId, AgreedAnswer answer, LocalDateTime now) {
        if (answer.rating() == null && answer.evidence().isBlank() && !answer.priority()) {
            db.deleteFrom(ASSESSMENT_AGREED).where(ASSESSMENT_AGREED.ASSESSMENT_ID.eq(assessmentId))
                    .and(ASSESSMENT_AGREED.INDICATOR_CODE.eq(answer.indicatorCode())).execute();
            return;
        }
        String rating = answer.rating() == null ? null : answer.rating().code();
        String evidence = answer.evidence().isBlank() ? null : answer.evidence();
        db.mergeInto(ASSESSMENT_AGREED)
                .using(DSL.selectOne())
                .on(ASSESSMENT_AGREED.ASSESSMENT_ID.eq(assessmentId)
                        .and(ASSESSMENT_AGREED.INDICATOR_CODE.eq(answer.indicatorCode())))
                .whenMatchedThenUpdate()
                .set(ASSESSMENT_AGREED.RATING, rating)
                .set(ASSESSMENT_AGREED.EVIDENCE, evidence)
                .set(ASSESSMENT_AGREED.PRIORITY, answer.priority())
                .set(ASSESSMENT_AGREED.UPDATED_AT, now)
                .whenNotMatchedThenInsert(ASSESSMENT_AGREED.ASSESSMENT_ID, ASSESSMENT_AGREED.INDICATOR_CODE,
                        ASSESSMENT_AGREED.RATING, ASSESSMENT_AGREED.EVIDENCE, ASSESSMENT_AGREED.PRIORITY,
                        ASSESSMENT_AGREED.UPDATED_AT)
                .values(assessmentId, answer.indicatorCode(), rating, evidence, answer.priority(), now)
                .execute();
    }

    void saveImpactAnswer(DSLContext db, long assessmentId, String question, String answer, LocalDateTime now) {
        db.deleteFrom(ASSESSMENT_IMPACT_ANSWER).where(ASSESSMENT_IMPACT_ANSWER.ASSESSMENT_ID.eq(assessmentId))
                .and(ASSESSMENT_IMPACT_ANSWER.QUESTION_CODE.eq(question)).execute();
        if (!answer.isBlank()) {
            db.insertInto(ASSESSMENT_IMPACT_ANSWER)
                    .set(ASSESSMENT_IMPACT_ANSWER.ASSESSMENT_ID, assessmentId)
                    .set(ASSESSMENT_IMPACT_ANSWER.QUESTION_CODE, question)
                    .set(ASSESSMENT_IMPACT_ANSWER.ANSWER, answer)
                    .set(ASSESSMENT_IMPACT_ANSWER.UPDATED_AT, now)
                    .execute();
        }
    }

    Answers answers(DSLContext db, long assessmentId) {
        Map<String, AgreedAnswer> agreed = new LinkedHashMap<>();
        db.selectFrom(ASSESSMENT_AGREED).where(ASSESSMENT_AGREED.ASSESSMENT_ID.eq(assessmentId))
                .forEach(r -> agreed.put(r.getIndicatorCode(), toAgreed(r)));
        List<OwnRating> own = db.select(ASSESSMENT_OWN_RATING.fields()).from(ASSESSMENT_OWN_RATING)
                .join(ASSESSMENT_PARTICIPANT).on(ASSESSMENT_PARTICIPANT.ID.eq(ASSESSMENT_OWN_RATING.PARTICIPANT_ID))
                .where(ASSESSMENT_PARTICIPANT.ASSESSMENT_ID.eq(assessmentId))
                .fetch(r -> new OwnRating(r.get(ASSESSMENT_OWN_RATING.PARTICIPANT_ID),
                        r.get(ASSESSMENT_OWN_RATING.INDICATOR_CODE),
                        Rating.fromCode(r.get(ASSESSMENT_OWN_RATING.RATING)).orElseThrow(),
                        OwnRating.GivenBy.valueOf(r.get(ASSESSMENT_OWN_RATING.GIVEN_BY))));
        Map<String, String> impact = new LinkedHashMap<>();
        db.selectFrom(ASSESSMENT_IMPACT_ANSWER).where(ASSESSMENT_IMPACT_ANSWER.ASSESSMENT_ID.eq(assessmentId))
                .forEach(r -> impact.put(r.getQuestionCode(), r.getAnswer()));
        return new Answers(agreed, own, impact, actions(db, assessmentId));
    }

    List<AssessmentAction> actions(DSLContext db, long assessmentId) {
        Map<Long, List<String>> links = new LinkedHashMap<>();
        db.select(ASSESSMENT_ACTION_INDICATOR.ACTION_ID, ASSESSMENT_ACTION_INDICATOR.INDICATOR_CODE)
                .from(ASSESSMENT_ACTION_INDICATOR).join(ASSESSMENT_ACTION)
                .on(ASSESSMENT_ACTION.ID.eq(ASSESSMENT_ACTION_INDICATOR.ACTION_ID))
                .where(ASSESSMENT_ACTION.ASSESSMENT_ID.eq(assessmentId))
                .orderBy(ASSESSMENT_ACTION_INDICATOR.INDICATOR_CODE)
                .forEach(r -> links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return db.selectFrom(ASSESSMENT_ACTION).where(ASSESSMENT_ACTION.ASSESSMENT_ID.eq(assessmentId))
                .orderBy(ASSESSMENT_ACTION.POSITION, ASSESSMENT_ACTION.ID)
                .fetch(r -> new AssessmentAction(r.getId(), r.getAssessmentId(), r.getWhat(),
                        r.getWho() == null ? "" : r.getWho(), r.getDueOn(), ActionStatus.valueOf(r.getStatus()),
                        links.getOrDefault(r.getId(), List.of()), r.getCarriedFrom()));
    }

    long insertAction(DSLContext db, long assessmentId, ActionInput action, Long carriedFrom, LocalDateTime now) {
        Integer last = db.select(DSL.max(ASSESSMENT_ACTION.POSITION)).from(ASSESSMENT_ACTION)
                .where(ASSESSMENT_ACTION.ASSESSMENT_ID.eq(assessmentId)).fetchOne(0, Integer.class);
        long id = db.insertInto(ASSESSMENT_ACTION)
                .set(ASSESSMENT_ACTION.ASSESSMENT_ID, assessmentId)
                .set(ASSESSMENT_ACTION.POSITION, last == null ? 0 : last + 1)
                .set(ASSESSMENT_ACTION.WHAT, AssessmentRules.clean(action.what()))
                .set(ASSESSMENT_ACTION.WHO, blankToNull(action.who()))
                .set(ASSESSMENT_ACTION.DUE_ON, action.dueOn())
                .set(ASSESSMENT_ACTION.STATUS, action.status().name())
                .set(ASSESSMENT_ACTION.CARRIED_FROM, carriedFrom)
                .set(ASSESSMENT_ACTION.CREATED_AT, now)
                .set(ASSESSMENT_ACTION.UPDATED_AT, now)
                .returning(ASSESSMENT_ACTION.ID)
                .fetchOne(ASSESSMENT_ACTION.ID);
        linkIndicators(db, id, action.indicators());
        return id;
    }

    boolean updateAction(DSLContext db, long assessmentId, ActionInput action, LocalDateTime now) {
        boolean changed = db.update(ASSESSMENT_ACTION)
                .set(ASSESSMENT_ACTION.WHAT, AssessmentRules.clean(action.what()))
                .set(ASSESSMENT_ACTION.WHO, blankToNull(action.who()))
                .set(ASSESSMENT_ACTION.DUE_ON, action.dueOn())
                .set(ASSESSMENT_ACTION.STATUS, action.status().name())
                .set(ASSESSMENT_ACTION.UPDATED_AT, now)
                .where(ASSESSMENT_ACTION.ID.eq(action.id()))
                .and(ASSESSMENT_ACTION.ASSESSMENT_ID.eq(assessmentId))
                .execute() == 1;
        if (changed) {
            db.deleteFrom(ASSESSMENT_ACTION_INDICATOR).where(ASSESSMENT_ACTION_INDICATOR.ACTION_ID.eq(action.id()))
                    .execute();
            linkIndicators(db, action.id(), action.indicators());
        }
        return changed;
    }

    boolean deleteAction(DSLContext db, long assessmentId, long actionId) {
        return db.deleteFrom(ASSESSMENT_ACTION).where(ASSESSMENT_ACTION.ID.eq(actionId))
                .and(ASSESSMENT_ACTION.ASSESSMENT_ID.eq(assessmentId)).execute() == 1;
    }

    private static void linkIndicators(DSLContext db, long actionId, Collection<String> indicators) {
        for (String code : Set.copyOf(indicators)) {
            db.insertInto(ASSESSMENT_ACTION_INDICATOR)
                    .set(ASSESSMENT_ACTION_INDICATOR.ACTION_ID, actionId)
                    .set(ASSESSMENT_ACTION_INDICATOR.INDICATOR_CODE, code)
                    .execute();
        }
    }

    private List<Participant> participants(DSLContext db, long assessmentId) {
        return db.selectFrom(ASSESSMENT_PARTICIPANT).where(ASSESSMENT_PARTICIPANT.ASSESSMENT_ID.eq(assessmentId))
                .orderBy(ASSESSMENT_PARTICIPANT.POSITION, ASSESSMENT_PARTICIPANT.ID)
                .fetch(AssessmentRepository::toParticipant);
    }

    private static Participant toParticipant(Record r) {
        return new Participant(r.get(ASSESSMENT_PARTICIPANT.ID), r.get(ASSESSMENT_PARTICIPANT.PERSON_ID),
                r.get(ASSESSMENT_PARTICIPANT.NAME), Perspective.valueOf(r.get(ASSESSMENT_PARTICIPANT.PERSPECTIVE)));
    }

    private static AgreedAnswer toAgreed(Record r) {
        String rating = r.get(ASSESSMENT_AGREED.RATING);
        return new AgreedAnswer(r.get(ASSESSMENT_AGREED.INDICATOR_CODE),
                rating == null ? null : Rating.fromCode(rating).orElseThrow(), r.get(ASSESSMENT_AGREED.EVIDENCE),
                r.get(ASSESSMENT_AGREED.PRIORITY));
    }

    private static Assessment toAssessment(AssessmentRecord r, List<Participant> participants) {
        Set<InvolvementLevel> scope = EnumSet.noneOf(InvolvementLevel.class);
        for (char c : r.getScopeLevels().toCharArray()) {
            scope.add(InvolvementLevel.valueOf(String.valueOf(c)));
        }
        return new Assessment(r.getId(), r.getTitle(), r.getHeldOn(), new java.util.TreeSet<>(scope),
                r.getFacilitator() == null ? "" : r.getFacilitator(), AssessmentMode.valueOf(r.getMode()),
                r.getFrameworkVersion(), AssessmentStatus.valueOf(r.getStatus()), r.getCurrentStep(),
                r.getCompletedOn(), participants);
    }

    private static String blankToNull(String text) {
        String clean = AssessmentRules.clean(text);
        return clean.isEmpty() ? null : clean;
    }
}
