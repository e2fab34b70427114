package org.fourpi.toolkit.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.text.Labelled;

/**
 * The 4PI Presence figures: who is involved now, and who they are, counted only for people who are
 * active, shown so that no group of 1 to 4 people can be pointed at.
 *
 * <p>The rule: when no group on the page has 1 to 4 people, every figure is exact. Otherwise every
 * figure on the page is shown as its band of five: "fewer than 5" (0 to 4, so nobody is told apart from
 * a few), "5 to 9", "10 to 14" and so on. Hiding or rounding only the figures near a small group is not
 * enough: the figures add up to each other (perspectives to the lived-experience split, that split and
 * the equality answers to the people active now), and exact or unevenly rounded totals let a small
 * group be worked out by subtraction. With every figure in the same bands, each sum can only be bounded
 * to a range that always leaves a small group at least two possible sizes, which a test checks by
 * trying every combination of sizes. Exact numbers never leave this class for a figure in a band.
 */
public final class PresenceService {

    static final String ACTIVE = "presence.figure.active";
    static final String LIVED_EXPERIENCE = "presence.figure.livedExperience";
    static final String OTHERS = "presence.figure.others";
    static final String ANSWERED = "presence.figure.answered";
    static final String NOT_ANSWERED = "presence.figure.notAnswered";
    static final String OBJECTED = "presence.figure.objected";
    /** People who answered some equality questions but not this one: never shown, but a group all the same. */
    static final String SKIPPED = "presence.hidden.skipped";

    private static final Set<Perspective> WITH_LIVED_EXPERIENCE =
            EnumSet.of(Perspective.SERVICE_USER, Perspective.CARER, Perspective.BOTH);

    /**
     * One equality question: the breakdown it feeds, its possible answers, how to read one from a set of
     * answers, and how to read one from the name the database keeps it under.
     */
    private record Question<E extends Enum<E> & Labelled>(PresenceTopic topic, E[] values,
                                                          Function<EqualityAnswers, E> answer,
                                                          Function<String, E> stored) {
    }

    private static final List<Question<?>> QUESTIONS = List.of(
            new Question<>(PresenceTopic.AGE, AgeBand.values(), EqualityAnswers::ageBand, AgeBand::valueOf),
            new Question<>(PresenceTopic.ETHNIC_GROUP, Ethnicity.Group.values(),
                    a -> a.ethnicity() == null ? null : a.ethnicity().group(), s -> Ethnicity.valueOf(s).group()),
            new Question<>(PresenceTopic.SEX, Sex.values(), EqualityAnswers::sex, Sex::valueOf),
            new Question<>(PresenceTopic.GENDER_IDENTITY, Answer.values(), EqualityAnswers::genderSameAsBirth,
                    Answer::valueOf),
            new Question<>(PresenceTopic.DISABILITY, Answer.values(), EqualityAnswers::disability, Answer::valueOf),
            new Question<>(PresenceTopic.SEXUAL_ORIENTATION, SexualOrientation.values(),
                    EqualityAnswers::sexualOrientation, SexualOrientation::valueOf),
            new Question<>(PresenceTopic.RELIGION, Religion.values(), EqualityAnswers::religion, Religion::valueOf),
            new Question<>(PresenceTopic.UNPAID_CARER, Answer.values(), EqualityAnswers::unpaidCarer,
                    Answer::valueOf));

    private final PeopleService people;
    private final EqualityService equality;

    public PresenceService(PeopleService people, EqualityService equality) {
        this.people = people;
        this.equality = equality;
    }

    /** Reads the register and works out every figure; call it away from the JavaFX thread. */
    public PresenceSummary summary() {
        List<PersonSummary> active = people.list().stream()
                .filter(p -> p.status() == InvolvementStatus.ACTIVE).toList();
        List<EqualityAnswers> answerSets = equality.answersOfActivePeople();

        int livedExperience = (int) active.stream()
                .filter(p -> WITH_LIVED_EXPERIENCE.contains(p.perspective())).count();
        List<Counts> involvement = List.of(
                new Counts(PresenceTopic.LIVED_EXPERIENCE, List.of(
                        new Count(LIVED_EXPERIENCE, livedExperience),
                        new Count(OTHERS, active.size() - livedExperience))),
                new Counts(PresenceTopic.PERSPECTIVE,
                        countOne(active, Perspective.values(), PersonSummary::perspective)),
                new Counts(PresenceTopic.ROLE, countMany(active, Role.values(), PersonSummary::roles)),
                new Counts(PresenceTopic.LEVEL, countMany(active, InvolvementLevel.values(), PersonSummary::levels)));

        List<EqualityAnswers> answered = answerSets.stream()
                .filter(a -> !a.objected() && anyAnswer(a)).toList();
        int objected = (int) answerSets.stream().filter(EqualityAnswers::objected).count();
        Counts coverage = new Counts(PresenceTopic.EQUALITY_ANSWERS, List.of(
                new Count(ANSWERED, answered.size()),
                new Count(NOT_ANSWERED, active.size() - answered.size() - objected),
                new Count(OBJECTED, objected)));
        Count activeCount = new Count(ACTIVE, active.size());
        List<Counts> equalityCounts = QUESTIONS.stream().map(q -> counts(q, answered)).toList();
        List<Count> skipped = QUESTIONS.stream().map(q -> skipped(q, answered)).toList();
        return shown(activeCount, involvement, coverage, equalityCounts, skipped);
    }

    /**
     * The same figures as {@link #summary()}, counted by the database instead of read person by person,
     * so that it takes about as long for a large register as for a small one. Call it away from the
     * JavaFX thread.
     */
    public PresenceSummary countedSummary() {
        return countedSummary(people.activeCounts());
    }

    /** {@link #countedSummary()} with the counts of active people already at hand, read just before. */
    public PresenceSummary countedSummary(ActivePeopleCounts counts) {
        EqualityRepository.Tally tally = equality.tallyOfActivePeople();
        int livedExperience = WITH_LIVED_EXPERIENCE.stream().mapToInt(counts::perspective).sum();
        List<Counts> involvement = List.of(
                new Counts(PresenceTopic.LIVED_EXPERIENCE, List.of(
                        new Count(LIVED_EXPERIENCE, livedExperience),
                        new Count(OTHERS, counts.active() - livedExperience))),
                new Counts(PresenceTopic.PERSPECTIVE, Arrays.stream(Perspective.values())
                        .map(p -> new Count(p.labelKey(), counts.perspective(p))).toList()),
                new Counts(PresenceTopic.ROLE, Arrays.stream(Role.values())
                        .map(r -> new Count(r.labelKey(), counts.role(r))).toList()),
                new Counts(PresenceTopic.LEVEL, Arrays.stream(InvolvementLevel.values())
                        .map(l -> new Count(l.labelKey(), counts.level(l))).toList()));
        Counts coverage = new Counts(PresenceTopic.EQUALITY_ANSWERS, List.of(
                new Count(ANSWERED, tally.answered()),
                new Count(NOT_ANSWERED, counts.active() - tally.answered() - tally.objected()),
                new Count(OBJECTED, tally.objected())));
        List<Counts> equalityCounts = QUESTIONS.stream().map(q -> counts(q, tally.answers().get(q.topic())))
                .toList();
        List<Count> skipped = QUESTIONS.stream()
                .map(q -> new Count(SKIPPED, tally.answers().get(q.topic()).skipped())).toList();
        return shown(new Count(ACTIVE, counts.active()), involvement, coverage, equalityCounts, skipped);
    }

    /** Every figure as it may be shown, exact or in bands by the rule above. */
    private PresenceSummary shown(Count activeCount, List<Counts> involvement, Counts coverage,
                                  List<Counts> equalityCounts, List<Count> skipped) {
        boolean inBands = needsBands(Stream.of(
                Stream.of(activeCount),
                involvement.stream().flatMap(c -> c.counts().stream()),
                coverage.counts().stream(),
                equalityCounts.stream().flatMap(c -> c.counts().stream()),
                skipped.stream()).flatMap(s -> s));

        PresenceFigure activeFigure = figure(activeCount, inBands);
        PresenceBreakdown answers = coverage.shown(inBands);
        return new PresenceSummary(people.today(), activeFigure, inBands,
                involvement.stream().map(c -> c.shown(inBands)).toList(), answers,
                percent(answers.figure(ANSWERED), activeFigure),
                equalityCounts.stream().map(c -> c.shown(inBands)).toList());
    }

    /**
     * Whether the page must be shown in bands: true as soon as any group on it, shown or not, has 1 to
     * 4 people. The decision looks at nothing else, so it gives nothing else away.
     */
    static boolean needsBands(Stream<Count> everyGroupOnThePage) {
        return everyGroupOnThePage.anyMatch(c -> PresenceFigure.isSmall(c.count()));
    }

    /** A count as it may be shown: exact, or its band of five when the page is shown in bands. */
    static PresenceFigure figure(Count count, boolean inBands) {
        return inBands ? PresenceFigure.inBand(count.labelKey(), count.count())
                : PresenceFigure.exactly(count.labelKey(), count.count());
    }

    private static <E extends Enum<E> & Labelled> Counts counts(Question<E> question, List<EqualityAnswers> answered) {
        return new Counts(question.topic(), countOne(answered, question.values(), question.answer()));
    }

    /** One question's counts from the stored answers, several stored answers adding up to one group where they share it. */
    private static <E extends Enum<E> & Labelled> Counts counts(Question<E> question, EqualityRepository.Answers answers) {
        int[] byValue = new int[question.values().length];
        answers.given().forEach((stored, n) -> byValue[question.stored().apply(stored).ordinal()] += n);
        return new Counts(question.topic(), Arrays.stream(question.values())
                .map(v -> new Count(v.labelKey(), byValue[v.ordinal()])).toList());
    }

    private static Count skipped(Question<?> question, List<EqualityAnswers> answered) {
        return new Count(SKIPPED, (int) answered.stream().filter(a -> question.answer().apply(a) == null).count());
    }

    private static <T, E extends Enum<E> & Labelled> List<Count> countOne(List<T> items, E[] values,
                                                                         Function<T, E> value) {
        return countMany(items, values, item -> {
            E e = value.apply(item);
            return e == null ? Set.of() : Set.of(e);
        });
    }

    private static <T, E extends Enum<E> & Labelled> List<Count> countMany(
            List<T> items, E[] values, Function<T, ? extends Collection<E>> valuesOf) {
        return Arrays.stream(values)
                .map(v -> new Count(v.labelKey(), (int) items.stream().filter(has(valuesOf, v)).count()))
                .toList();
    }

    private static <T, E> Predicate<T> has(Function<T, ? extends Collection<E>> valuesOf, E value) {
        return item -> valuesOf.apply(item).contains(value);
    }

    private static boolean anyAnswer(EqualityAnswers a) {
        return QUESTIONS.stream().anyMatch(q -> q.answer().apply(a) != null);
    }

    /** The share who answered, only when both it and the number of active people are exact. */
    private static OptionalInt percent(PresenceFigure answered, PresenceFigure active) {
        if (!answered.exact() || !active.exact() || active.isZero()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * answered.atLeast() / active.atLeast()));
    }

    /** An exact count, which never leaves this class. */
    record Count(String labelKey, int count) {
        Count {
            Objects.requireNonNull(labelKey);
            if (count < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + labelKey);
            }
        }
    }

    /** The exact counts of one breakdown, before they are made safe to show. */
    private record Counts(PresenceTopic topic, List<Count> counts) {

        PresenceBreakdown shown(boolean inBands) {
            List<PresenceFigure> figures = new ArrayList<>(counts.size());
            counts.forEach(c -> figures.add(figure(c, inBands)));
            return new PresenceBreakdown(topic, figures);
        }
    }
}
