package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentPolicyViewModelTest {

    @TempDir Path dataDir;
    private TestServices test;
    private SameThreadExecutor executor;
    private PaymentPolicyViewModel viewModel;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        executor = new SameThreadExecutor();
        viewModel = newViewModel();
        viewModel.load();
    }

    private PaymentPolicyViewModel newViewModel() {
        return new PaymentPolicyViewModel(test.services().paymentPolicy(), executor, TestServices.MESSAGES,
                TestServices.CLOCK);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void showsTheRatesInWordsAndMoney() {
        PaymentRates shipped = viewModel.rateSets().getFirst();
        assertThat(viewModel.takesEffectText(shipped)).isEqualTo("6 April 2026");
        assertThat(viewModel.limitsText(shipped)).isEqualTo(
                "ESA £195.50 a week; Carer's Allowance £196.00 a week; trading allowance £1,000.00 a year");
        assertThat(viewModel.value(RateField.CARERS_ALLOWANCE_WEEKLY_LIMIT).get()).isEqualTo("196.00");
        assertThat(viewModel.feesText(shipped)).isEqualTo("£20.00 an hour, £55.00 a half day, £110.00 a day");
        assertThat(viewModel.mileageText(shipped)).isEqualTo("45p a mile, then 25p after 10,000 miles; 5p a passenger");
        assertThat(viewModel.targetDaysText(shipped)).isEqualTo("14 days");
    }

    @Test
    void startsANewSetFromTheLatestRatesAndTheNextTaxYear() {
        assertThat(viewModel.value(RateField.EFFECTIVE_FROM).get()).isEqualTo("6/4/2027");
        assertThat(viewModel.value(RateField.FEE_HOURLY).get()).isEqualTo("20.00");
        assertThat(viewModel.value(RateField.MILEAGE_FIRST_10000).get()).isEqualTo("0.45");
        assertThat(viewModel.value(RateField.TARGET_DAYS_TO_PAY).get()).isEqualTo("14");
    }

    @Test
    void savesANewSetAndShowsItAtTheTop() {
        viewModel.value(RateField.FEE_HOURLY).set("£22.50");
        viewModel.value(RateField.FEE_DAY).set("1,200");

        assertThat(viewModel.addRateSet()).isTrue();

        assertThat(viewModel.rateSets()).hasSize(2);
        PaymentRates added = viewModel.rateSets().getFirst();
        assertThat(added.effectiveFrom()).isEqualTo(LocalDate.of(2027, 4, 6));
        assertThat(added.feeHourly()).isEqualTo(Money.of("22.50"));
        assertThat(added.feeDay()).isEqualTo(Money.of("1200.00"));
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved. These rates apply from 6 April 2027.");
        assertThat(test.services().paymentPolicy().ratesOn(LocalDate.of(2027, 4, 6)).orElseThrow()).isEqualTo(added);
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void namesEachFieldThatIsWrongAndSavesNothing() {
        viewModel.value(RateField.EFFECTIVE_FROM).set("31/02/2027");
        viewModel.value(RateField.FEE_HALF_DAY).set("-5");
        viewModel.value(RateField.CHILDCARE_HOURLY).set("twelve");
        viewModel.value(RateField.TARGET_DAYS_TO_PAY).set("120");

        assertThat(viewModel.addRateSet()).isFalse();

        assertThat(viewModel.error(RateField.EFFECTIVE_FROM).get()).startsWith("Takes effect from: this is not a date");
        assertThat(viewModel.error(RateField.FEE_HALF_DAY).get())
                .isEqualTo("Fee for a half day: please type an amount from 0.00 to 10,000.00.");
        assertThat(viewModel.error(RateField.CHILDCARE_HOURLY).get()).startsWith("Childcare an hour: please type an amount");
        assertThat(viewModel.error(RateField.TARGET_DAYS_TO_PAY).get())
                .isEqualTo("Days to pay a claim: please type a whole number of days from 1 to 90.");
        assertThat(viewModel.error(RateField.FEE_HOURLY).get()).isEmpty();
        assertThat(viewModel.firstInvalidFieldProperty().get()).isEqualTo(RateField.EFFECTIVE_FROM);
        assertThat(viewModel.statusProperty().get()).contains("4 fields");
        assertThat(test.services().paymentPolicy().rateSets()).hasSize(1);
    }

    @Test
    void refusesADateThatAlreadyHasRates() {
        viewModel.value(RateField.EFFECTIVE_FROM).set("06/04/2026");

        assertThat(viewModel.addRateSet()).isFalse();

        assertThat(viewModel.error(RateField.EFFECTIVE_FROM).get())
                .startsWith("Takes effect from: there is already a set of rates");
    }

    @Test
    void savesThePolicyTextAndReadsItBack() {
        viewModel.policyTextProperty().set("We pay £20 an hour and all travel costs.");
        viewModel.savePolicyText();

        assertThat(viewModel.policyStatusProperty().get()).isEqualTo("Policy text saved.");
        PaymentPolicyViewModel later = newViewModel();
        later.load();
        assertThat(later.policyTextProperty().get()).isEqualTo("We pay £20 an hour and all travel costs.");
    }

    @Test
    void savesNewBenefitLimitsWithTheirDateAndRefusesOnesOverAHundredThousand() {
        viewModel.value(RateField.ESA_WEEKLY_LIMIT).set("100000.01");
        assertThat(viewModel.addRateSet()).isFalse();
        assertThat(viewModel.error(RateField.ESA_WEEKLY_LIMIT).get())
                .isEqualTo("ESA permitted work limit a week: please type an amount from 0.00 to 100,000.00.");

        viewModel.value(RateField.ESA_WEEKLY_LIMIT).set("200.00");
        viewModel.value(RateField.CARERS_ALLOWANCE_WEEKLY_LIMIT).set("£205");
        assertThat(viewModel.addRateSet()).isTrue();
        var policy = test.services().paymentPolicy();
        assertThat(policy.ratesOn(LocalDate.of(2027, 4, 5)).orElseThrow().esaWeeklyLimit()).isEqualTo(Money.of("195.50"));
        assertThat(policy.ratesOn(LocalDate.of(2027, 4, 6)).orElseThrow().esaWeeklyLimit()).isEqualTo(Money.of("200.00"));
        assertThat(policy.ratesOn(LocalDate.of(2027, 4, 6)).orElseThrow().carersAllowanceWeeklyLimit())
                .isEqualTo(Money.of("205.00"));
    }
}
