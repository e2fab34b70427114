package org.fourpi.toolkit.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fourpi.toolkit.common.db.Database;
import org.jooq.DSLContext;

/**
 * 4PI self-assessments: starting one, every answer saved the moment it is given (each in its own
 * transaction, so a closed window or a power cut loses nothing), actions, completing, and the
 * results compared with the previous assessment of the same scope.
 */
public final class AssessmentService {

    private final Database database;
    private final Clock clock;
    private final AssessmentRepository repository = new AssessmentRepository();
    private final Map<Integer, Framework> frameworks = new ConcurrentHashMap<>();

    public AssessmentService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The framework new assessments use. */
    public Framework framework() {
        return framework(FrameworkFile.CURRENT_VERSION);
    }

    /** The framework an assessment was made with. */
    public Framework framework(int version) {
        return frameworks.computeIfAbsent(version, FrameworkFile::standard);
    }

    public Framework frameworkOf(Assessment assessment) {
        return framework(assessment.frameworkVersion());
    }

    /** Every assessment, the most recent first. */
    public List<AssessmentSummary> list() {
        DSLContext db = database.dsl();
        Map<Long, Integer> agreed = repository.agreedCounts(db);
        return repository.all(db).stream()
                .map(a -> new AssessmentSummary(a.id(), a.heldOn(), a.title(), a.status(), a.scopeCode(),
                        a.participants().size(), agreed.getOrDefault(a.id(), 0),
                        frameworkOf(a).indicators().size()))
                .toList();
    }

    public Optional<Assessment> find(long id) {
        return repository.find(database.dsl(), id);
    }

    /** Everything answered so far. */
    public Answers answers(long id) {
        return repository.answers(database.dsl(), id);
    }

    /**
     * Starts an assessment with the current framework. Actions still open in the previous completed
     * assessment of the same scope are carried into it.
     *
     * @throws InvalidAssessmentException when the start breaks the rules; nothing is saved then
     */
    public Assessment start(AssessmentStart start) {
        requireValid(start);
        LocalDateTime now = now();
        long id = database.transactionResult(db -> {
            long newId = repository.insert(db, start, FrameworkFile.CURRENT_VERSION, now);
            repository.saveParticipants(db, newId, start.participants());
            Assessment created = repository.find(db, newId).orElseThrow();
            previous(db, created).ifPresent(before -> repository.actions(db, before.id()).stream()
                    .filter(a -> a.status().isOpen())
                    .forEach(a -> repository.insertAction(db, newId,
                            new ActionInput(null, a.what(), a.who(), a.dueOn(), a.status(), a.indicators()),
                            a.id(), now)));
            return newId;
        });
        return find(id).orElseThrow();
    }

    /**
     * Changes the start step's answers. A participant left out is removed with their own ratings.
     *
     * @throws InvalidAssessmentException when the start breaks the rules; nothing is saved then
     */
    public Assessment updateStart(long id, AssessmentStart start) {
        requireValid(start);
        database.transaction(db -> {
            requireInProgress(db, id);
            repository.updateStart(db, id, start, now());
            repository.saveParticipants(db, id, start.participants());
        });
        return find(id).orElseThrow();
    }

    /** Saves (or, with null, clears) one participant's own rating of an indicator. */
    public void rateOwn(long assessmentId, long participantId, String indicatorCode, Rating rating) {
        database.transaction(db -> {
            Assessment assessment = requireInProgress(db, assessmentId);
            requireParticipant(assessment, participantId);
            requireIndicator(assessment, indicatorCode);
            LocalDateTime now = now();
            repository.saveOwnRating(db, participantId, indicatorCode, rating, OwnRating.GivenBy.WINDOW, now);
            repository.touch(db, assessmentId, now);
        });
    }

    /**
     * Saves the ratings read from a participant's filled-in response form, all or none. Indicators
     * left blank on the form keep what was there before.
     */
    public void importOwnRatings(long assessmentId, long participantId, Map<String, Rating> ratings) {
        database.transaction(db -> {
            Assessment assessment = requireInProgress(db, assessmentId);
            requireParticipant(assessment, participantId);
            ratings.keySet().forEach(code -> requireIndicator(assessment, code));
            LocalDateTime now = now();
            ratings.forEach((code, rating) ->
                    repository.saveOwnRating(db, participantId, code, rating, OwnRating.GivenBy.FORM, now));
            repository.touch(db, assessmentId, now);
        });
    }

    /** Saves (or, with null, clears) the group's agreed rating of an indicator. */
    public void rateAgreed(long assessmentId, String indicatorCode, Rating rating) {
        changeAgreed(assessmentId, indicatorCode, a -> new AgreedAnswer(a.indicatorCode(), rating, a.evidence(),
                a.priority()));
    }

    /** Saves the evidence the group noted for an indicator (blank clears it). */
    public void noteEvidence(long assessmentId, String indicatorCode, String evidence) {
        String clean = AssessmentRules.clean(evidence);
        if (clean.length() > AssessmentRules.MAX_EVIDENCE) {
            throw new IllegalArgumentException("Evidence is limited to " + AssessmentRules.MAX_EVIDENCE + " characters");
        }
        changeAgreed(assessmentId, indicatorCode, a -> new AgreedAnswer(a.indicatorCode(), a.rating(), clean,
                a.priority()));
    }

    /** Marks an indicator as one of the group's priorities, or not. */
    public void setPriority(long assessmentId, String indicatorCode, boolean priority) {
        changeAgreed(assessmentId, indicatorCode, a -> new AgreedAnswer(a.indicatorCode(), a.rating(), a.evidence(),
                priority));
    }

    /** Saves the group's answer to one of the impact questions (blank clears it). */
    public void answerImpact(long assessmentId, String questionCode, String answer) {
        String clean = AssessmentRules.clean(answer);
        if (clean.length() > AssessmentRules.MAX_EVIDENCE) {
            throw new IllegalArgumentException("Answers are limited to " + AssessmentRules.MAX_EVIDENCE + " characters");
        }
        database.transaction(db -> {
            Assessment assessment = requireInProgress(db, assessmentId);
            if (frameworkOf(assessment).impactQuestions().stream().noneMatch(q -> q.code().equals(questionCode))) {
                throw new IllegalArgumentException("No impact question " + questionCode);
            }
            repository.saveImpactAnswer(db, assessmentId, questionCode, clean, now());
        });
    }

    /**
     * Adds an action (id null) or changes one.
     *
     * @throws InvalidAssessmentException when the action breaks the rules; nothing is saved then
     */
    public AssessmentAction saveAction(long assessmentId, ActionInput action) {
        return database.transactionResult(db -> {
            Assessment assessment = requireFound(db, assessmentId);
            Map<AssessmentField, AssessmentProblem> problems = AssessmentRules.check(action, frameworkOf(assessment));
            if (!problems.isEmpty()) {
                throw new InvalidAssessmentException(problems);
            }
            LocalDateTime now = now();
            long id;
            if (action.id() == null) {
                id = repository.insertAction(db, assessmentId, action, null, now);
            } else if (repository.updateAction(db, assessmentId, action, now)) {
                id = action.id();
            } else {
                throw new IllegalArgumentException("No action " + action.id() + " in assessment " + assessmentId);
            }
            repository.touch(db, assessmentId, now);
            return repository.actions(db, assessmentId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
        });
    }

    /** Removes an action; returns false when it was not there. */
    public boolean removeAction(long assessmentId, long actionId) {
        return database.transactionResult(db -> repository.deleteAction(db, assessmentId, actionId));
    }

    /** Remembers the step the group is on, so the assessment reopens there. */
    public void moveTo(long assessmentId, String step) {
        database.transaction(db -> {
            Assessment assessment = requireFound(db, assessmentId);
            if (!AssessmentSteps.isStep(frameworkOf(assessment), step)) {
                throw new IllegalArgumentException("No step " + step);
            }
            repository.setStep(db, assessmentId, step, now());
        });
    }

    /** Marks the assessment finished, dated today. Its answers can no longer change until it is reopened. */
    public void complete(long assessmentId) {
        database.transaction(db -> {
            requireInProgress(db, assessmentId);
            repository.setStatus(db, assessmentId, AssessmentStatus.COMPLETED, LocalDate.now(clock), now());
        });
    }

    /** Opens a finished assessment for changes again. */
    public void reopen(long assessmentId) {
        database.transaction(db -> {
            requireFound(db, assessmentId);
            repository.setStatus(db, assessmentId, AssessmentStatus.IN_PROGRESS, null, now());
        });
    }

    /** Removes an assessment with all its answers and actions; returns false when it was not there. */
    public boolean delete(long assessmentId) {
        return database.transactionResult(db -> repository.delete(db, assessmentId));
    }

    /**
     * The completed assessment of the same scope held most recently before this one, the one its
     * results are compared with.
     */
    public Optional<Assessment> previous(long assessmentId) {
        DSLContext db = database.dsl();
        return repository.find(db, assessmentId).flatMap(a -> previous(db, a));
    }

    /** The results of an assessment, compared with the previous one of the same scope when there is one. */
    public AssessmentResults results(long assessmentId) {
        DSLContext db = database.dsl();
        Assessment assessment = repository.find(db, assessmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        Optional<Assessment> before = previous(db, assessment);
        return AssessmentResults.of(frameworkOf(assessment), assessment, repository.answers(db, assessmentId),
                before.map(b -> new AssessmentResults.Earlier(b, repository.answers(db, b.id()))));
    }

    private Optional<Assessment> previous(DSLContext db, Assessment assessment) {
        Comparator<Assessment> order = Comparator.comparing(Assessment::heldOn).thenComparing(Assessment::id);
        return repository.all(db).stream()
                .filter(a -> a.id() != assessment.id())
                .filter(a -> a.status() == AssessmentStatus.COMPLETED)
                .filter(a -> a.scopeCode().equals(assessment.scopeCode()))
                .filter(a -> order.compare(a, assessment) < 0)
                .max(order);
    }

    private void changeAgreed(long assessmentId, String indicatorCode,
            java.util.function.UnaryOperator<AgreedAnswer> change) {
        database.transaction(db -> {
            Assessment assessment = requireInProgress(db, assessmentId);
            requireIndicator(assessment, indicatorCode);
            LocalDateTime now = now();
            repository.saveAgreed(db, assessmentId, change.apply(repository.agreed(db, assessmentId, indicatorCode)),
                    now);
            repository.touch(db, assessmentId, now);
        });
    }

    private static void requireValid(AssessmentStart start) {
        Map<AssessmentField, AssessmentProblem> problems = AssessmentRules.check(start);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
    }

    private Assessment requireFound(DSLContext db, long id) {
        return repository.find(db, id).orElseThrow(() -> new IllegalArgumentException("No assessment " + id));
    }

    private Assessment requireInProgress(DSLContext db, long id) {
        Assessment assessment = requireFound(db, id);
        if (assessment.status() != AssessmentStatus.IN_PROGRESS) {
            throw new IllegalStateException("Assessment " + id + " is completed; reopen it to change it");
        }
        return assessment;
    }

    private static void requireParticipant(Assessment assessment, long participantId) {
        if (assessment.participant(participantId).isEmpty()) {
            throw new IllegalArgumentException("Participant " + participantId + " is not in assessment "
                    + assessment.id());
        }
    }

    private void requireIndicator(Assessment assessment, String code) {
        if (frameworkOf(assessment).indicator(code).isEmpty()) {
            throw new IllegalArgumentException("No indicator " + code);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
