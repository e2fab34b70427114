package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonPaymentsViewModelTest {

    @TempDir Path dataDir;
    private TestServices test;
    private SameThreadExecutor executor;
    private PersonPaymentsViewModel viewModel;
    private long samira;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        executor = new SameThreadExecutor();
        viewModel = new PersonPaymentsViewModel(test.services().paymentPreferences(), executor, TestServices.MESSAGES);
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
        viewModel.show(samira);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void showsTheAmountFieldOnlyForAFigureThePersonGives() {
        assertThat(viewModel.customLimitShownProperty().get()).isFalse();
        viewModel.limitProperty().set(EarningsLimit.CUSTOM_WEEKLY);
        assertThat(viewModel.customLimitShownProperty().get()).isTrue();
        viewModel.limitProperty().set(EarningsLimit.CARERS_ALLOWANCE);
        assertThat(viewModel.customLimitShownProperty().get()).isFalse();
        viewModel.limitProperty().set(EarningsLimit.CUSTOM_YEARLY);
        assertThat(viewModel.customLimitShownProperty().get()).isTrue();
    }

    @Test
    void savesTheChoicesAndShowsThemAgainNextTime() {
        viewModel.methodProperty().set(PaymentMethod.CASH);
        viewModel.limitProperty().set(EarningsLimit.CARERS_ALLOWANCE);
        assertThat(viewModel.hasUnsavedChanges()).isTrue();

        assertThat(viewModel.save()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Payment choices saved.");
        assertThat(viewModel.hasUnsavedChanges()).isFalse();
        assertThat(test.services().paymentPreferences().find(samira))
                .isEqualTo(new PaymentPreferences(PaymentMethod.CASH, false, EarningsLimit.CARERS_ALLOWANCE, null));

        viewModel.show(null);
        assertThat(viewModel.methodProperty().get()).isNull();
        viewModel.show(samira);
        assertThat(viewModel.methodProperty().get()).isEqualTo(PaymentMethod.CASH);
        assertThat(viewModel.limitProperty().get()).isEqualTo(EarningsLimit.CARERS_ALLOWANCE);
        assertThat(viewModel.hasUnsavedChanges()).as("showing a record is not a change").isFalse();
    }

    @Test
    void namesTheAmountFieldWhenTheirOwnFigureIsMissingOrNotAbove0() {
        viewModel.limitProperty().set(EarningsLimit.CUSTOM_WEEKLY);
        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.customLimitErrorProperty().get()).startsWith("Their own earnings limit: please type the figure");

        viewModel.customLimitProperty().set("0");
        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.customLimitErrorProperty().get()).contains("more than 0.00");

        viewModel.customLimitProperty().set("lots");
        assertThat(viewModel.save()).isFalse();
        assertThat(viewModel.customLimitErrorProperty().get()).contains("up to two decimal places");
        assertThat(test.services().paymentPreferences().find(samira)).isEqualTo(PaymentPreferences.NONE);

        viewModel.customLimitProperty().set("£1,250.5");
        assertThat(viewModel.save()).isTrue();
        assertThat(viewModel.customLimitErrorProperty().get()).isEmpty();
        assertThat(test.services().paymentPreferences().find(samira).customLimit()).isEqualTo(Money.of("1250.50"));
    }

    @Test
    void dropsAnOldFigureWhenTheyChooseALimitFromTheRates() {
        viewModel.limitProperty().set(EarningsLimit.CUSTOM_YEARLY);
        viewModel.customLimitProperty().set("900");
        viewModel.save();
        viewModel.limitProperty().set(EarningsLimit.ESA_PERMITTED_WORK);
        viewModel.declinesFeesProperty().set(true);

        assertThat(viewModel.save()).isTrue();
        assertThat(test.services().paymentPreferences().find(samira))
                .isEqualTo(new PaymentPreferences(null, true, EarningsLimit.ESA_PERMITTED_WORK, null));
    }

    @Test
    void hasATextForEveryChoice() {
        for (PaymentMethod method : PaymentMethod.values()) {
            assertThat(TestServices.MESSAGES.text(method.labelKey())).doesNotStartWith("!");
        }
        for (EarningsLimit limit : EarningsLimit.values()) {
            assertThat(TestServices.MESSAGES.text(limit.labelKey())).doesNotStartWith("!");
        }
        for (PreferencesProblem problem : PreferencesProblem.values()) {
            assertThat(TestServices.MESSAGES.text(problem.labelKey())).doesNotStartWith("!");
        }
    }
}
