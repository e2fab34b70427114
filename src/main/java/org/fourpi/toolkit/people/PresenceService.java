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

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.people.PresenceFigure.Suppression;

/**
 * The 4PI Presence figures: who is involved now, and who they are, counted only for people who are
 * active, with every group small enough to point at a person hidden.
 *
 * <p>The rule for small groups: any group of 1 to 4 people is shown only as "fewer than 5". When
 * that group could still be worked out from the other figures and the total (for instance because
 * it is the only one hidden), the next smallest group is hidden as well, and so on until it cannot.
 * Groups of nobody are shown as 0. Exact numbers never leave this class for a hidden group.
 */
public final class PresenceService {

    /** The smallest group that is shown as a number. */
    public static final int SMALLEST_SHOWN = 5;
    /** The 4PI standards ask for at least two service users or carers; ideally three. */
    public static final int LIVED_EXPERIENCE_MINIMUM = 2;

    static final String ACTIVE = "presence.figure.active";
    static final String LIVED_EXPERIENCE = "presence.figure.livedExperience";
    static final String OTHERS = "presence.figure.others";
    static final String ANSWERED = "presence.figure.answered";
    static final String NOT_ANSWERED = "presence.figure.notAnswered";
    static final String OBJECTED = "presence.figure.objected";

    private static final Set<Perspective> WITH_LIVED_EXPERIENCE =
            EnumSet.of(Perspective.SERVICE_USER, Perspective.CARER, Perspective.BOTH);

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
        PresenceBreakdown lived = new PresenceBreakdown(PresenceTopic.LIVED_EXPERIENCE, protect(List.of(
                new Count(LIVED_EXPERIENCE, livedExperience),
                new Count(OTHERS, active.size() - livedExperience))));
        List<PresenceBreakdown> involvement = List.of(
                lived,
                perspectives(active, lived),
                new PresenceBreakdown(PresenceTopic.ROLE,
                        protect(countMany(active, Role.values(), PersonSummary::roles))),
                new PresenceBreakdown(PresenceTopic.LEVEL,
                        protect(countMany(active, InvolvementLevel.values(), PersonSummary::levels))));

        List<EqualityAnswers> answered = answerSets.stream()
                .filter(a -> !a.objected() && anyAnswer(a)).toList();
        int objected = (int) answerSets.stream().filter(EqualityAnswers::objected).count();
        List<PresenceFigure> coverage = protect(List.of(
                new Count(ANSWERED, answered.size()),
                new Count(NOT_ANSWERED, active.size() - answered.size() - objected),
                new Count(OBJECTED, objected)));
        PresenceFigure activeFigure = protect(List.of(new Count(ACTIVE, active.size()))).getFirst();

        return new PresenceSummary(people.today(), activeFigure, livedExperience < LIVED_EXPERIENCE_MINIMUM,
                involvement, new PresenceBreakdown(PresenceTopic.EQUALITY_ANSWERS, coverage),
                percent(coverage.getFirst(), activeFigure), equalityBreakdowns(answered));
    }

    /**
     * People by perspective: service users and carers first, then everyone else. Each of the two is
     * protected as a group of its own, because their totals are shown in the lived-experience
     * breakdown; when such a total is hidden there, one of its parts is hidden too, so that adding
     * up the parts cannot bring it back.
     */
    private static PresenceBreakdown perspectives(List<PersonSummary> active, PresenceBreakdown lived) {
        List<PresenceFigure> figures = new ArrayList<>();
        for (boolean withLivedExperience : new boolean[] {true, false}) {
            Perspective[] group = Arrays.stream(Perspective.values())
                    .filter(p -> WITH_LIVED_EXPERIENCE.contains(p) == withLivedExperience)
                    .toArray(Perspective[]::new);
            List<Count> counts = countOne(active, group, PersonSummary::perspective);
            boolean totalHidden = lived.figure(withLivedExperience ? LIVED_EXPERIENCE : OTHERS).suppressed();
            figures.addAll(totalHidden ? protectWithHiddenTotal(counts) : protect(counts));
        }
        return new PresenceBreakdown(PresenceTopic.PERSPECTIVE, figures);
    }

    private static List<PresenceBreakdown> equalityBreakdowns(List<EqualityAnswers> answered) {
        return List.of(
                breakdown(PresenceTopic.AGE, answered, AgeBand.values(), EqualityAnswers::ageBand),
                breakdown(PresenceTopic.ETHNIC_GROUP, answered, Ethnicity.Group.values(),
                        a -> a.ethnicity() == null ? null : a.ethnicity().group()),
                breakdown(PresenceTopic.SEX, answered, Sex.values(), EqualityAnswers::sex),
                breakdown(PresenceTopic.DISABILITY, answered, Answer.values(), EqualityAnswers::disability),
                breakdown(PresenceTopic.SEXUAL_ORIENTATION, answered, SexualOrientation.values(),
                        EqualityAnswers::sexualOrientation),
                breakdown(PresenceTopic.RELIGION, answered, Religion.values(), EqualityAnswers::religion),
                breakdown(PresenceTopic.UNPAID_CARER, answered, Answer.values(), EqualityAnswers::unpaidCarer));
    }

    private static <T, E extends Enum<E> & Labelled> PresenceBreakdown breakdown(
            PresenceTopic topic, List<T> items, E[] values, Function<T, E> value) {
        return new PresenceBreakdown(topic, protect(countOne(items, values, value)));
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
        return a.ageBand() != null || a.ethnicity() != null || a.sex() != null || a.genderSameAsBirth() != null
                || a.disability() != null || a.sexualOrientation() != null || a.religion() != null
                || a.unpaidCarer() != null;
    }

    /** The share who answered, only when both it and the number of active people are shown. */
    private static OptionalInt percent(PresenceFigure answered, PresenceFigure active) {
        if (answered.suppressed() || active.suppressed() || active.isZero()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * answered.shownCount().getAsInt()
                / active.shownCount().getAsInt()));
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

    /**
     * Turns the exact counts of one breakdown, whose total may be known, into figures that can be
     * shown: groups of 1 to 4 become "fewer than 5"; then, while any of them could be worked out from
     * the total, the next smallest group still shown is hidden too.
     */
    static List<PresenceFigure> protect(List<Count> counts) {
        Suppression[] state = new Suppression[counts.size()];
        for (int i = 0; i < state.length; i++) {
            int n = counts.get(i).count();
            state[i] = n >= 1 && n < SMALLEST_SHOWN ? Suppression.FEWER_THAN_FIVE : Suppression.NONE;
        }
        while (couldBeWorkedOut(counts, state)) {
            int next = nextSmallestShown(counts, state);
            if (next < 0) {
                break;
            }
            state[next] = Suppression.HIDDEN;
        }
        List<PresenceFigure> figures = new ArrayList<>(counts.size());
        for (int i = 0; i < state.length; i++) {
            Count c = counts.get(i);
            figures.add(state[i] == Suppression.NONE
                    ? PresenceFigure.shown(c.labelKey(), c.count())
                    : PresenceFigure.suppressed(c.labelKey(), state[i]));
        }
        return figures;
    }

    /** As {@link #protect}, for parts of a hidden total: at least one part with anyone in it is hidden. */
    static List<PresenceFigure> protectWithHiddenTotal(List<Count> counts) {
        List<PresenceFigure> figures = new ArrayList<>(protect(counts));
        if (figures.stream().noneMatch(PresenceFigure::suppressed)) {
            Suppression[] allShown = new Suppression[counts.size()];
            Arrays.fill(allShown, Suppression.NONE);
            int next = nextSmallestShown(counts, allShown);
            if (next >= 0) {
                figures.set(next, PresenceFigure.suppressed(counts.get(next).labelKey(), Suppression.HIDDEN));
            }
        }
        return figures;
    }

    /**
     * Whether someone who knows the total, the figures shown and this rule could pin down a group of
     * fewer than five: each such group is 1 to 4, each other hidden group is 5 or more.
     */
    private static boolean couldBeWorkedOut(List<Count> counts, Suppression[] state) {
        int small = 0;
        int larger = 0;
        int hiddenTotal = 0;
        for (int i = 0; i < state.length; i++) {
            if (state[i] == Suppression.FEWER_THAN_FIVE) {
                small++;
            } else if (state[i] == Suppression.HIDDEN) {
                larger++;
            }
            if (state[i] != Suppression.NONE) {
                hiddenTotal += counts.get(i).count();
            }
        }
        if (small == 0) {
            return false;
        }
        if (larger == 0) {
            return small == 1 || hiddenTotal == small || hiddenTotal == (SMALLEST_SHOWN - 1) * small;
        }
        return hiddenTotal == small + SMALLEST_SHOWN * larger;
    }

    /** The smallest group still shown that has anyone in it; the first such in list order on a tie. */
    private static int nextSmallestShown(List<Count> counts, Suppression[] state) {
        int best = -1;
        for (int i = 0; i < state.length; i++) {
            int n = counts.get(i).count();
            if (state[i] == Suppression.NONE && n > 0 && (best < 0 || n < counts.get(best).count())) {
                best = i;
            }
        }
        return best;
    }
}
