package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentPreferencesServiceTest {

    static final LocalDate APRIL_2027 = LocalDate.of(2027, 4, 6);

    @TempDir Path dataDir;
    private TestServices test;
    private PaymentPreferencesService preferences;
    private long samira;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        preferences = test.services().paymentPreferences();
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void findsNothingChosenForSomeoneWithNoPreferencesYet() {
        assertThat(preferences.find(samira)).isEqualTo(PaymentPreferences.NONE);
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void readsBackWhatWasSavedAndReplacesItOnTheNextSave() {
        PaymentPreferences cash = new PaymentPreferences(PaymentMethod.CASH, true, EarningsLimit.CUSTOM_YEARLY,
                Money.of("1500.00"));
        preferences.save(samira, cash);
        assertThat(preferences.find(samira)).isEqualTo(cash);

        PaymentPreferences bank = new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false, EarningsLimit.NONE, null);
        preferences.save(samira, bank);
        assertThat(preferences.find(samira)).isEqualTo(bank);
        assertThat(preferences.hasAny()).isTrue();
    }

    @Test
    void needsAFigureAboveNothingForTheTwoCustomLimitsAndNoneForTheOthers() {
        assertProblem(new PaymentPreferences(null, false, EarningsLimit.CUSTOM_WEEKLY, null),
                PreferencesProblem.CUSTOM_LIMIT_REQUIRED);
        assertProblem(new PaymentPreferences(null, false, EarningsLimit.CUSTOM_YEARLY, Money.ZERO),
                PreferencesProblem.CUSTOM_LIMIT_OUT_OF_RANGE);
        assertProblem(new PaymentPreferences(null, false, EarningsLimit.CUSTOM_WEEKLY, Money.of("-5.00")),
                PreferencesProblem.CUSTOM_LIMIT_OUT_OF_RANGE);
        assertProblem(new PaymentPreferences(null, false, EarningsLimit.CARERS_ALLOWANCE, Money.of("150.00")),
                PreferencesProblem.CUSTOM_LIMIT_NOT_EXPECTED);
        assertProblem(new PaymentPreferences(null, false, EarningsLimit.NONE, Money.of("150.00")),
                PreferencesProblem.CUSTOM_LIMIT_NOT_EXPECTED);
        assertThat(preferences.find(samira)).as("nothing saved").isEqualTo(PaymentPreferences.NONE);

        preferences.save(samira, new PaymentPreferences(null, false, EarningsLimit.CUSTOM_WEEKLY, Money.of("0.01")));
        assertThat(preferences.find(samira).customLimit()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void takesTheCarersAllowanceAndEsaFiguresFromTheRatesInForceOnTheDay() {
        test.services().paymentPolicy().save(new PaymentRates(APRIL_2027, Money.of("20"), Money.of("55"),
                Money.of("110"), Money.of("0.45"), Money.of("0.25"), Money.of("0.05"), Money.of("12"),
                Money.of("15"), Money.of("15"), Money.of("10"), 14, Money.of("203.00"), Money.of("204.00"),
                Money.of("1000.00")));

        preferences.save(samira, new PaymentPreferences(PaymentMethod.CASH, false, EarningsLimit.CARERS_ALLOWANCE, null));
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, APRIL_2027.minusDays(1))).contains(
                new WatchedLimit(EarningsLimit.CARERS_ALLOWANCE, Money.of("196.00"), LimitPeriod.WEEK));
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, APRIL_2027)).contains(
                new WatchedLimit(EarningsLimit.CARERS_ALLOWANCE, Money.of("204.00"), LimitPeriod.WEEK));

        preferences.save(samira, new PaymentPreferences(PaymentMethod.CASH, false, EarningsLimit.ESA_PERMITTED_WORK, null));
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, APRIL_2027.minusDays(1)).orElseThrow().amount())
                .isEqualTo(Money.of("195.50"));
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, APRIL_2027).orElseThrow().amount())
                .isEqualTo(Money.of("203.00"));
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, LocalDate.of(2026, 4, 5)))
                .as("no rates in force before the first set").isEmpty();
    }

    @Test
    void givesTheirOwnFigureWithItsPeriod() {
        preferences.save(samira, new PaymentPreferences(null, false, EarningsLimit.CUSTOM_YEARLY, Money.of("2000.00")));
        assertThat(preferences.weeklyOrYearlyLimitOn(samira, LocalDate.of(2026, 12, 1))).contains(
                new WatchedLimit(EarningsLimit.CUSTOM_YEARLY, Money.of("2000.00"), LimitPeriod.YEAR));
    }

    @Test
    void keepsEachPersonsPreferencesToThemselves() {
        long joe = test.services().people().save(Person.named("Joe", "Bloggs").withStatus(InvolvementStatus.ACTIVE)).id();
        preferences.save(samira, new PaymentPreferences(PaymentMethod.CHEQUE, false, EarningsLimit.NONE, null));
        assertThat(preferences.find(joe)).isEqualTo(PaymentPreferences.NONE);
        assertThat(preferences.find(samira).method()).isEqualTo(PaymentMethod.CHEQUE);
    }

    private void assertProblem(PaymentPreferences wrong, PreferencesProblem problem) {
        assertThatThrownBy(() -> preferences.save(samira, wrong))
                .isInstanceOfSatisfying(InvalidPreferencesException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
