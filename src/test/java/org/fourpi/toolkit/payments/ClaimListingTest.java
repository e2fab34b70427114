package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims list against the plain way of working it out: each claim read with its lines, its amounts
 * added up line by line, the filters and the order applied one claim at a time.
 */
class ClaimListingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    /** Few dates, so many claims share one and the claim's number has to settle their order. */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 6, 3),
            LocalDate.of(2026, 9, 18), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20));
    private static final List<String> ACTIVITIES = List.of("Steering group", "Interview PANEL", "Carers forum",
            "Training day", "Panel review");

    @TempDir Path dataDir;
    private TestServices test;
    private ClaimService claims;
    private final List<Long> people = new ArrayList<>();
    private final List<Long> made = new ArrayList<>();

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = test.services().claims();
        for (String[] name : new String[][] {{"Samira", "Okafor"}, {"Tom", "Baker"}, {"Ade", "Ola"}}) {
            people.add(test.services().people().save(Person.named(name[0], name[1])
                    .withStatus(InvolvementStatus.ACTIVE)).id());
        }
        makeClaims(new Random(20261126L), 36);
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** Claims in every state, with lines owed to the person, lines the organisation paid, and adjustments. */
    private void makeClaims(Random random, int count) {
        for (int i = 0; i < count; i++) {
            List<LineInput> lines = new ArrayList<>();
            lines.add(LineInput.fee(FeeUnit.HOURS, BigDecimal.valueOf(1 + random.nextInt(6), 0)));
            if (random.nextBoolean()) {
                lines.add(LineInput.cost(ClaimCategory.TAXI, "", Money.of(BigDecimal.valueOf(500 + random.nextInt(3000), 2)))
                        .paidByOrganisation(random.nextBoolean()));
            }
            if (random.nextInt(3) == 0) {
                lines.add(LineInput.hours(ClaimCategory.CHILDCARE, BigDecimal.valueOf(1 + random.nextInt(4))));
            }
            if (random.nextInt(4) == 0) {
                lines.add(LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Train", Money.of("12.35"))
                        .paidByOrganisation(true));
            }
            LocalDate date = DATES.get(random.nextInt(DATES.size()));
            Claim claim = claims.create(new ClaimDraft(people.get(random.nextInt(people.size())),
                    ACTIVITIES.get(random.nextInt(ACTIVITIES.size())), "", date, "", lines));
            made.add(claim.id());
            switch (i % 6) {
                case 0 -> { } // a draft
                case 1 -> claims.submit(claim.id(), date);
                case 2 -> claims.approve(claims.submit(claim.id(), date).id(), date.plusDays(1));
                case 3, 4 -> {
                    claims.approve(claims.submit(claim.id(), date).id(), date.plusDays(1));
                    claims.markPaid(claim.id(), date.plusDays(2), PaymentMethod.BANK_TRANSFER, "");
                    if (i % 6 == 4) {
                        claims.addAdjustment(claim.id(), LineInput.cost(ClaimCategory.OTHER, "Paid twice",
                                Money.of("-7.25")), "Counted twice");
                    }
                }
                default -> claims.reject(claims.submit(claim.id(), date).id(), "Not an activity we pay for");
            }
        }
    }

    /** The list worked out the plain way, from each claim and its lines. */
    private List<ClaimSummary> expected(ClaimFilter filter) {
        List<ClaimSummary> expected = new ArrayList<>();
        for (long id : made) {
            Claim claim = claims.find(id).orElseThrow();
            if (matches(claim, filter)) {
                Money owed = Money.ZERO;
                Money byUs = Money.ZERO;
                for (ClaimLine line : claim.lines()) {
                    if (line.paidByOrganisation()) {
                        byUs = byUs.plus(line.amount());
                    } else {
                        owed = owed.plus(line.amount());
                    }
                }
                Integer days = claim.status().isWaiting()
                        ? (int) Math.max(0, ChronoUnit.DAYS.between(claim.activityDate(), TODAY)) : null;
                expected.add(new ClaimSummary(claim.id(), claim.personId(), claim.personName(), claim.activity(),
                        claim.activityDate(), claim.status(), claim.paidOn(), owed, byUs, days));
            }
        }
        Comparator<ClaimSummary> waitingFirst = Comparator.comparing(c -> !c.status().isWaiting());
        Comparator<ClaimSummary> byDate = (a, b) -> a.status().isWaiting()
                ? a.activityDate().compareTo(b.activityDate()) : b.activityDate().compareTo(a.activityDate());
        expected.sort(waitingFirst.thenComparing(byDate)
                .thenComparing(Comparator.comparingLong(ClaimSummary::id).reversed()));
        return expected;
    }

    private static boolean matches(Claim claim, ClaimFilter filter) {
        return (filter.status() == null || claim.status() == filter.status())
                && (filter.personId() == null || claim.personId() == filter.personId())
                && (filter.activityText() == null || claim.activity().toLowerCase(Locale.UK)
                        .contains(filter.activityText().toLowerCase(Locale.UK)))
                && (filter.category() == null || claim.lines().stream().anyMatch(l -> l.category() == filter.category()))
                && (filter.from() == null || !claim.activityDate().isBefore(filter.from()))
                && (filter.to() == null || !claim.activityDate().isAfter(filter.to()));
    }

    private List<ClaimFilter> filters() {
        List<ClaimFilter> filters = new ArrayList<>();
        filters.add(ClaimFilter.ALL);
        for (ClaimStatus status : ClaimStatus.values()) {
            filters.add(new ClaimFilter(status, null, null, null, null, null));
        }
        filters.add(new ClaimFilter(null, people.get(1), null, null, null, null));
        filters.add(new ClaimFilter(null, null, "panel", null, null, null));
        filters.add(new ClaimFilter(null, null, null, ClaimCategory.TAXI, null, null));
        filters.add(new ClaimFilter(ClaimStatus.PAID, null, null, ClaimCategory.CHILDCARE, null, null));
        filters.add(new ClaimFilter(null, null, null, null, DATES.get(1), DATES.get(3)));
        filters.add(new ClaimFilter(ClaimStatus.SUBMITTED, people.getFirst(), null, null, DATES.get(2), null));
        filters.add(new ClaimFilter(null, null, "nothing like this", null, null, null));
        return filters;
    }

    @Test
    void theClaimsComparedHaveWhatTheListMustGetRight() {
        List<ClaimSummary> all = expected(ClaimFilter.ALL);
        assertThat(all).extracting(ClaimSummary::status).contains(ClaimStatus.values());
        List<ClaimSummary> waiting = all.stream().filter(c -> c.status().isWaiting()).toList();
        assertThat(waiting.stream().map(ClaimSummary::activityDate).distinct().count())
                .as("waiting claims share dates, so their numbers settle the order").isLessThan(waiting.size());
        assertThat(all).as("lines paid by the organisation").anyMatch(c -> c.paidByOrganisation().amount().signum() > 0);
        assertThat(made).as("adjustments taking money off")
                .anyMatch(id -> claims.find(id).orElseThrow().lines().stream().anyMatch(ClaimLine::isAdjustment));
    }

    @Test
    void listsTheSameClaimsAsWorkingThemOutOneByOne() {
        for (ClaimFilter filter : filters()) {
            assertThat(claims.list(filter)).as(filter.toString()).containsExactlyElementsOf(expected(filter));
        }
    }

    @Test
    void readsTheStartOfTheListWithHowManyMatchAndWhatAllOfThemComeTo() {
        for (ClaimFilter filter : filters()) {
            List<ClaimSummary> all = expected(filter);
            Money owed = all.stream().map(ClaimSummary::owed).reduce(Money.ZERO, Money::plus);
            Money byUs = all.stream().map(ClaimSummary::paidByOrganisation).reduce(Money.ZERO, Money::plus);
            for (int limit : new int[] {1, 2, 5, Math.max(1, all.size()), all.size() + 1}) {
                ClaimListing listing = claims.list(filter, limit);
                String what = filter + ", first " + limit;
                assertThat(listing.claims()).as(what).containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
                assertThat(listing.matching()).as(what).isEqualTo(all.size());
                assertThat(listing.owed()).as(what).isEqualTo(owed);
                assertThat(listing.paidByOrganisation()).as(what).isEqualTo(byUs);
                assertThat(listing.complete()).as(what).isEqualTo(limit >= all.size());
            }
        }
    }

    @Test
    void refusesToReadNoClaimsAtAll() {
        assertThatThrownBy(() -> claims.list(ClaimFilter.ALL, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
