package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fees for particular activities on the payment policy page, without the toolkit. */
class ActivityFeesViewModelTest {

    private static final LocalDate SHIPPED = LocalDate.of(2026, 4, 6);

    @TempDir Path dataDir;
    private TestServices test;
    private SameThreadExecutor executor;
    private PaymentPolicyViewModel page;
    private ActivityFeesViewModel fees;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        executor = new SameThreadExecutor();
        page = new PaymentPolicyViewModel(test.services().paymentPolicy(), executor, TestServices.MESSAGES,
                TestServices.CLOCK);
        fees = page.activityFees();
        page.load();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private static void type(ActivityFeeRow row, String name, String hourly, String halfDay, String day) {
        row.value(ActivityFeeField.NAME).set(name);
        row.value(ActivityFeeField.HOURLY).set(hourly);
        row.value(ActivityFeeField.HALF_DAY).set(halfDay);
        row.value(ActivityFeeField.DAY).set(day);
    }

    @Test
    void showsTheLatestSetAndSaysWhichItIs() {
        assertThat(fees.rateSetProperty().get().effectiveFrom()).isEqualTo(SHIPPED);
        assertThat(fees.forSetTextProperty().get()).contains("6 April 2026");
        assertThat(fees.setName(fees.rateSetProperty().get())).isEqualTo("Rates from 6 April 2026");
        assertThat(fees.rows()).isEmpty();
    }

    @Test
    void startsANewRowFromTheGeneralFees() {
        ActivityFeeRow row = fees.addRow();

        assertThat(row.value(ActivityFeeField.NAME).get()).isEmpty();
        assertThat(row.value(ActivityFeeField.HOURLY).get()).isEqualTo("20.00");
        assertThat(row.value(ActivityFeeField.DAY).get()).isEqualTo("110.00");
        assertThat(fees.fieldName(row, ActivityFeeField.HALF_DAY)).isEqualTo("Row 1, Half day");
    }

    @Test
    void savesRowsAsTheSetsActivityFeesAndReadsThemBack() {
        type(fees.addRow(), "Interview panel", "25", "£70.00", "130");
        type(fees.addRow(), " Training ", "20.00", "60.00", "1,200");

        assertThat(fees.save()).isTrue();

        assertThat(fees.statusProperty().get())
                .isEqualTo("Saved the fees for 2 activities in the rates from 6 April 2026.");
        var policy = test.services().paymentPolicy();
        assertThat(policy.feesOn(LocalDate.of(2026, 6, 1), "Interview panel").orElseThrow())
                .isEqualTo(new FeeRates(Money.of("25.00"), Money.of("70.00"), Money.of("130.00")));
        assertThat(policy.feesOn(LocalDate.of(2026, 6, 1), "Training").orElseThrow().day()).isEqualTo(Money.of("1200.00"));
        PaymentPolicyViewModel later = new PaymentPolicyViewModel(policy, executor, TestServices.MESSAGES,
                TestServices.CLOCK);
        later.load();
        assertThat(later.activityFees().rows()).extracting(r -> r.value(ActivityFeeField.NAME).get())
                .containsExactly("Interview panel", "Training");
        assertThat(executor.unexpected()).isEmpty();
    }

    @Test
    void namesTheRowAndFieldOfEachProblemAndSavesNothing() {
        type(fees.addRow(), "Interview panel", "25", "70", "130");
        ActivityFeeRow second = fees.addRow();
        type(second, "Training", "20", "10000.01", "120");
        ActivityFeeRow third = fees.addRow();
        type(third, "interview PANEL", "abc", "60", "");
        ActivityFeeRow fourth = fees.addRow();
        type(fourth, "x".repeat(81), "1", "2", "3");
        ActivityFeeRow fifth = fees.addRow();
        type(fifth, "  ", "1", "2", "3");

        assertThat(fees.save()).isFalse();

        assertThat(second.error(ActivityFeeField.HALF_DAY).get())
                .isEqualTo("Row 2, Half day: give an amount from £0 to £10,000.");
        assertThat(second.error(ActivityFeeField.NAME).get()).isEmpty();
        assertThat(third.error(ActivityFeeField.NAME).get()).startsWith("Row 3, Activity name: another row has this name");
        assertThat(third.error(ActivityFeeField.HOURLY).get()).startsWith("Row 3, Hour: please type an amount");
        assertThat(third.error(ActivityFeeField.DAY).get()).isEqualTo("Row 3, Whole day: please give an amount from £0 to £10,000.");
        assertThat(third.problemsProperty().get()).contains("Row 3, Activity name").contains("Row 3, Whole day");
        assertThat(fourth.error(ActivityFeeField.NAME).get()).contains("80 characters");
        assertThat(fifth.error(ActivityFeeField.NAME).get()).isEqualTo("Row 5, Activity name: please give the activity a name.");
        assertThat(fees.firstInvalidProperty().get()).isEqualTo(new ActivityFeesViewModel.Place(second, ActivityFeeField.HALF_DAY));
        assertThat(fees.statusProperty().get()).startsWith("Nothing saved").contains("6 problems");
        assertThat(test.services().paymentPolicy().activityFees(SHIPPED)).isEmpty();
    }

    @Test
    void removesARowAndClearsTheProblemsOnceFixed() {
        ActivityFeeRow keep = fees.addRow();
        type(keep, "Training", "20", "60", "-1");
        ActivityFeeRow drop = fees.addRow();
        assertThat(fees.save()).isFalse();
        assertThat(keep.error(ActivityFeeField.DAY).get()).isNotEmpty();

        fees.removeRow(drop);
        keep.value(ActivityFeeField.DAY).set("120");
        assertThat(fees.save()).isTrue();

        assertThat(keep.error(ActivityFeeField.DAY).get()).isEmpty();
        assertThat(test.services().paymentPolicy().activityFees(SHIPPED)).extracting(ActivityFee::activityType)
                .containsExactly("Training");
    }

    @Test
    void showsTheFeesOfAnotherSetWhenChosenAndANewSetKeepsTheFeesBefore() {
        var policy = test.services().paymentPolicy();
        policy.saveActivityFees(SHIPPED, List.of(new ActivityFee("Training",
                new FeeRates(Money.of("20.00"), Money.of("60.00"), Money.of("120.00")))));
        page.value(RateField.FEE_HOURLY).set("22.00");
        assertThat(page.addRateSet()).isTrue();

        assertThat(fees.rateSetProperty().get().effectiveFrom()).isEqualTo(LocalDate.of(2027, 4, 6));
        assertThat(fees.rows()).extracting(r -> r.value(ActivityFeeField.NAME).get()).containsExactly("Training");

        fees.rows().getFirst().value(ActivityFeeField.DAY).set("130");
        assertThat(fees.save()).isTrue();
        fees.rateSetProperty().set(page.rateSets().get(1));

        assertThat(fees.forSetTextProperty().get()).contains("6 April 2026");
        assertThat(fees.rows().getFirst().value(ActivityFeeField.DAY).get()).isEqualTo("120.00");
        assertThat(policy.feesOn(LocalDate.of(2027, 5, 1), "Training").orElseThrow().day()).isEqualTo(Money.of("130.00"));
    }
}
