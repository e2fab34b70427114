package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fourpi.toolkit.people.PresenceService.Count;
import org.junit.jupiter.api.Test;

/**
 * Tries every combination of group sizes, works out what the Presence page would show for each, and
 * checks that nobody reading the page (and knowing the rule) could tell the exact size of any group of
 * 1 to 4 people: every such group must have at least two sizes that would look the same on the page.
 */
class PresenceDisclosureTest {

    /** Sizes are tried up to here, so that a group of 30 still has every neighbour a real page could have. */
    private static final int LARGEST_TRIED = 34;
    /** Every combination of sizes up to here is checked. */
    private static final int LARGEST_CHECKED = 30;

    /** What the page shows for some exact group sizes; the same text means the same page. */
    private interface Page extends Function<int[], List<PresenceFigure>> {
    }

    /**
     * The combinations in which some group of 1 to 4 is given away: every combination that looks the
     * same on the page has that group at the same size.
     */
    private static List<String> givenAway(int groups, int tried, int checked, Page page) {
        record Seen(int[] first, boolean[] varies) {
        }
        Map<String, Seen> looks = new HashMap<>();
        List<int[]> withSmallGroup = new ArrayList<>();
        // First the combinations with a small group, then every other one that looks the same as one of them.
        for (boolean small : new boolean[] {true, false}) {
            for (int[] sizes : (Iterable<int[]>) combinations(groups, tried)::iterator) {
                if (Arrays.stream(sizes).anyMatch(PresenceFigure::isSmall) != small) {
                    continue;
                }
                String look = look(page.apply(sizes));
                Seen seen = small ? looks.computeIfAbsent(look, l -> new Seen(sizes, new boolean[groups]))
                        : looks.get(look);
                if (seen == null) {
                    continue;
                }
                for (int i = 0; i < groups; i++) {
                    seen.varies()[i] |= seen.first()[i] != sizes[i];
                }
                if (small && Arrays.stream(sizes).allMatch(n -> n <= checked)) {
                    withSmallGroup.add(sizes);
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (int[] sizes : withSmallGroup) {
            Seen seen = looks.get(look(page.apply(sizes)));
            if (IntStream.range(0, groups).anyMatch(i -> PresenceFigure.isSmall(sizes[i]) && !seen.varies()[i])) {
                found.add(Arrays.toString(sizes));
            }
        }
        return found;
    }

    private static Stream<int[]> combinations(int groups, int largest) {
        int each = largest + 1;
        return IntStream.range(0, (int) Math.pow(each, groups)).mapToObj(n -> {
            int[] sizes = new int[groups];
            for (int i = 0, rest = n; i < groups; i++, rest /= each) {
                sizes[i] = rest % each;
            }
            return sizes;
        });
    }

    /** The page as text: the same text means the same page. Labels follow the order, so they are left out. */
    private static String look(List<PresenceFigure> figures) {
        return figures.stream().map(f -> f.atLeast() + "-" + f.atMost()).collect(Collectors.joining(","));
    }

    private static List<Count> counts(int... sizes) {
        return IntStream.range(0, sizes.length).mapToObj(i -> new Count("group." + i, sizes[i])).toList();
    }

    /** The real rule on a page that shows one breakdown and, beside it, the total it adds up to. */
    private static List<PresenceFigure> breakdownAndTotal(int[] sizes) {
        List<Count> shown = new ArrayList<>(counts(sizes));
        shown.add(new Count("total", Arrays.stream(sizes).sum()));
        boolean inBands = PresenceService.needsBands(shown.stream());
        return shown.stream().map(c -> PresenceService.figure(c, inBands)).toList();
    }

    @Test
    void noGroupOfOneToFourCanBeWorkedOutFromABreakdownAndTheTotalItAddsUpTo() {
        // Such as service users, carers and both against the number with lived experience, or
        // answered, not answered and objected against the people active now.
        for (int groups = 2; groups <= 4; groups++) {
            assertThat(givenAway(groups, LARGEST_TRIED, LARGEST_CHECKED,
                    PresenceDisclosureTest::breakdownAndTotal)).as("%d groups", groups).isEmpty();
        }
    }

    @Test
    void noGroupOfOneToFourCanBeWorkedOutFromAnEqualityBreakdownAndTheNumberWhoAnswered() {
        // The last size is the people who answered other questions but not this one: never shown,
        // but part of the number who answered, which is.
        for (int groups = 2; groups <= 3; groups++) {
            int answers = groups;
            assertThat(givenAway(groups + 1, LARGEST_TRIED, LARGEST_CHECKED, sizes -> {
                List<Count> all = new ArrayList<>(counts(Arrays.copyOf(sizes, answers)));
                all.add(new Count(PresenceService.SKIPPED, sizes[answers]));
                boolean inBands = PresenceService.needsBands(all.stream());
                List<PresenceFigure> shown = new ArrayList<>(all.subList(0, answers).stream()
                        .map(c -> PresenceService.figure(c, inBands)).toList());
                shown.add(PresenceService.figure(new Count("answered", Arrays.stream(sizes).sum()), inBands));
                return shown;
            })).as("%d answers", groups).isEmpty();
        }
    }

    @Test
    void noGroupOfOneToFourCanBeWorkedOutFromTheInvolvementFiguresTogether() {
        // Service users, carers and both; staff, volunteers and others; answered, not answered and
        // objected; with the lived-experience split and the people active now, all on one page.
        InvolvementPage page = new InvolvementPage(14);

        assertThat(page.givenAway(9)).isEmpty();
        assertThat(page.pagesLookedAt()).as("pages with a small group that were compared").isGreaterThan(100_000);
    }

    @Test
    void findsTheGroupsGivenAwayWhenEachFigureIsRoundedOnItsOwn() {
        // The check itself can fail: rounding each figure of a breakdown and its total to the nearest 5
        // on its own still lets 4 + 4 shown as "about 10" be worked out, and 1 + 8 + 8 as "about 15".
        Function<Integer, PresenceFigure> nearestFive = n -> PresenceFigure.isSmall(n)
                ? PresenceFigure.inBand("group", n) : PresenceFigure.exactly("group", (n + 2) / 5 * 5);
        Page roundedOnItsOwn = sizes -> Stream.concat(Arrays.stream(sizes).boxed(),
                Stream.of(Arrays.stream(sizes).sum())).map(nearestFive).toList();

        assertThat(givenAway(2, LARGEST_TRIED, LARGEST_CHECKED, roundedOnItsOwn)).contains("[4, 4]");
        assertThat(givenAway(3, LARGEST_TRIED, LARGEST_CHECKED, roundedOnItsOwn)).contains("[1, 8, 8]");
    }

    /**
     * The involvement figures, which add up to each other in three ways: the perspectives on each side
     * to the lived-experience split, the split to the people active now, and the equality answers to
     * the people active now too. Each side of three groups is tried on its own and the sides are then
     * put together, so that every page is compared without listing every combination of nine sizes.
     */
    private static final class InvolvementPage {

        private static final List<String> NAMES = List.of("service users", "carers", "both", "staff",
                "volunteers", "others", "answered", "not answered", "objected", "lived experience",
                "everyone else", "active");

        /** One way a side of three groups can look: its bands, its total, and the sizes it allows. */
        private record Side(int bands, int total, boolean anySmall, long[] sizesAllowed) {
        }

        private final int largest;
        private final List<Side> sides;
        private final Map<Integer, List<Side>> sidesByTotal;
        private final List<String> bandsSeen = new ArrayList<>();
        private long pagesLookedAt;

        InvolvementPage(int largest) {
            this.largest = largest;
            Map<String, Side> byLook = new HashMap<>();
            combinations(3, largest).forEach(sizes -> {
                boolean anySmall = Arrays.stream(sizes).anyMatch(PresenceFigure::isSmall);
                int total = Arrays.stream(sizes).sum();
                String bands = look(counts(sizes).stream().map(c -> PresenceService.figure(c, true)).toList());
                if (!bandsSeen.contains(bands)) {
                    bandsSeen.add(bands);
                }
                Side side = byLook.computeIfAbsent(bands + "/" + total + "/" + anySmall,
                        k -> new Side(bandsSeen.indexOf(bands), total, anySmall, new long[3]));
                for (int i = 0; i < 3; i++) {
                    side.sizesAllowed()[i] |= 1L << sizes[i];
                }
            });
            sides = List.copyOf(byLook.values());
            sidesByTotal = sides.stream().collect(Collectors.groupingBy(Side::total));
        }

        long pagesLookedAt() {
            return pagesLookedAt;
        }

        /** The pages, among those whose groups are all at most {@code checked}, that give a small group away. */
        List<String> givenAway(int checked) {
            // A total as shown: its band, read through the real rule, numbered from 0.
            int[] totalBand = IntStream.rangeClosed(0, 3 * largest)
                    .map(t -> PresenceService.figure(new Count(PresenceService.ACTIVE, t), true).atLeast()
                            / PresenceFigure.BAND).toArray();
            int looksOfASide = bandsSeen.size();
            // Per page as shown: the sizes each of the 9 groups and the 3 totals could have.
            Map<Long, long[]> allowed = new HashMap<>();
            for (Side lived : sides) {
                for (Side others : sides) {
                    int active = lived.total() + others.total();
                    for (Side answers : sidesByTotal.getOrDefault(active, List.of())) {
                        boolean inBands = lived.anySmall() || others.anySmall() || answers.anySmall()
                                || PresenceService.needsBands(Stream.of(
                                        new Count(PresenceService.LIVED_EXPERIENCE, lived.total()),
                                        new Count(PresenceService.OTHERS, others.total()),
                                        new Count(PresenceService.ACTIVE, active)));
                        if (!inBands) {
                            continue;
                        }
                        pagesLookedAt++;
                        long look = (((long) lived.bands() * looksOfASide + others.bands()) * looksOfASide
                                + answers.bands()) * 64 * 64 * 64
                                + (totalBand[lived.total()] * 64L + totalBand[others.total()]) * 64
                                + totalBand[active];
                        long[] sizes = allowed.computeIfAbsent(look, k -> new long[12]);
                        for (int i = 0; i < 3; i++) {
                            sizes[i] |= lived.sizesAllowed()[i];
                            sizes[3 + i] |= others.sizesAllowed()[i];
                            sizes[6 + i] |= answers.sizesAllowed()[i];
                        }
                        sizes[9] |= 1L << lived.total();
                        sizes[10] |= 1L << others.total();
                        sizes[11] |= 1L << active;
                    }
                }
            }
            List<String> found = new ArrayList<>();
            allowed.forEach((look, sizes) -> {
                // Pages whose groups could reach past the largest size tried are left out: their
                // neighbours were not all tried.
                boolean withinChecked = IntStream.range(0, 9).allMatch(i -> 63 - Long.numberOfLeadingZeros(sizes[i])
                        <= checked);
                boolean givenAway = Arrays.stream(sizes)
                        .anyMatch(s -> Long.bitCount(s) == 1 && PresenceFigure.isSmall(Long.numberOfTrailingZeros(s)));
                if (withinChecked && givenAway) {
                    found.add(IntStream.range(0, 12).mapToObj(i -> NAMES.get(i) + " " + IntStream.range(0, 64)
                            .filter(n -> (sizes[i] & 1L << n) != 0).boxed().toList()).collect(Collectors.joining(", ")));
                }
            });
            return found;
        }
    }
}
