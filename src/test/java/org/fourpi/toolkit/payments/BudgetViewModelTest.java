package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetViewModelTest {

    static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @TempDir Path dataDir;
    private TestServices test;
    private PaymentsReportFixture claims;
    private BudgetViewModel viewModel;
    private RecordingDialogs dialogs;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = new PaymentsReportFixture(test);
        dialogs = new RecordingDialogs();
        viewModel = new BudgetViewModel(test.services().budget(), new SameThreadExecutor(), dialogs,
                TestServices.MESSAGES, LocalDate.of(2026, 11, 26));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private BudgetViewModel.CategoryRow taxi() {
        return viewModel.row(ClaimCategory.TAXI);
    }

    @Test
    void showsEachCategorysBudgetSpentCommittedAndLeftInWords() {
        test.services().budget().save(TaxYear.starting(2026), Map.of(ClaimCategory.TAXI, Money.of("100.00"),
                ClaimCategory.FEE, Money.of("500.00")));
        claims.paidAfter(MAY_1, 5, BudgetServiceTest.taxi("150.00"));
        claims.approved(MAY_1, BudgetServiceTest.taxi("70.00"));

        viewModel.refresh();

        assertThat(viewModel.yearText(viewModel.yearProperty().get())).isEqualTo("2026-27 (6 April 2026 to 5 April 2027)");
        assertThat(taxi().budgetProperty().get()).isEqualTo("100.00");
        assertThat(taxi().spentProperty().get()).isEqualTo("£150.00");
        assertThat(taxi().committedProperty().get()).isEqualTo("£70.00");
        assertThat(taxi().leftProperty().get()).isEqualTo("£120.00 over");
        assertThat(taxi().overProperty().get()).isTrue();
        assertThat(taxi().summaryProperty().get())
                .isEqualTo("Taxi: budget £100.00; spent £150.00; committed £70.00; £120.00 over.");
        assertThat(viewModel.row(ClaimCategory.FEE).leftProperty().get()).isEqualTo("£500.00 left");
        assertThat(viewModel.totalLeftProperty().get()).isEqualTo("£380.00 left");
        assertThat(viewModel.totalOverProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get()).isEqualTo(
                "Tax year 2026-27: budget £600.00; spent £150.00; committed £70.00; £380.00 left.");
    }

    @Test
    void saysNoBudgetIsSetRatherThanOverBudgetBeforeOneIsSaved() {
        claims.paidAfter(MAY_1, 5, BudgetServiceTest.taxi("150.00"));

        viewModel.refresh();

        assertThat(taxi().leftProperty().get()).isEqualTo("no budget set");
        assertThat(taxi().overProperty().get()).isFalse();
        assertThat(viewModel.totalOverProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get()).isEqualTo(
                "Tax year 2026-27: no budget has been saved yet; spent £150.00; committed £0.00.");
    }

    @Test
    void savesBudgetsTypedWithPoundsAndCommasOrPlain() {
        viewModel.refresh();
        assertThat(viewModel.statusProperty().get()).isEqualTo("No budget saved for 2026-27 yet.");
        viewModel.row(ClaimCategory.FEE).budgetProperty().set("£1,250.00");
        taxi().budgetProperty().set("300");
        viewModel.row(ClaimCategory.PARKING).budgetProperty().set("");

        assertThat(viewModel.save()).isTrue();

        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved the budget for 2026-27.");
        assertThat(test.services().budget().amounts(TaxYear.starting(2026)))
                .containsEntry(ClaimCategory.FEE, Money.of("1250.00"))
                .containsEntry(ClaimCategory.TAXI, Money.of("300.00"))
                .containsEntry(ClaimCategory.PARKING, Money.ZERO);
        assertThat(viewModel.totalBudgetProperty().get()).isEqualTo("£1,550.00");
        assertThat(viewModel.row(ClaimCategory.FEE).budgetProperty().get()).isEqualTo("1250.00");
    }

    @Test
    void namesEachCategoryWithAWrongBudgetAndSavesNothing() {
        viewModel.refresh();
        viewModel.row(ClaimCategory.FEE).budgetProperty().set("500");
        taxi().budgetProperty().set("lots");
        viewModel.row(ClaimCategory.PARKING).budgetProperty().set("2000000");

        assertThat(viewModel.save()).isFalse();

        assertThat(taxi().errorProperty().get())
                .isEqualTo("Taxi: please type an amount of money, such as 1250 or £1,250.00.");
        assertThat(viewModel.row(ClaimCategory.PARKING).errorProperty().get())
                .isEqualTo("Parking or tolls: the budget must be between £0 and £1,000,000.00.");
        assertThat(viewModel.row(ClaimCategory.FEE).errorProperty().get()).isEmpty();
        assertThat(viewModel.firstInvalidProperty().get()).isEqualTo(ClaimCategory.TAXI);
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Not saved yet: please check the 2 budgets marked above.");
        assertThat(test.services().budget().amounts(TaxYear.starting(2026))).isEmpty();
    }

    @Test
    void copiesLastYearsBudgetIntoTheFormToSaveForThisYear() {
        viewModel.refresh();
        viewModel.copyLastYear();
        assertThat(viewModel.statusProperty().get()).isEqualTo("There is no budget for 2025-26 to copy.");

        test.services().budget().save(TaxYear.starting(2025), Map.of(ClaimCategory.TAXI, Money.of("80.00")));
        viewModel.copyLastYear();

        assertThat(taxi().budgetProperty().get()).isEqualTo("80.00");
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Filled in from the budget for 2025-26. Check it, then save.");
        assertThat(test.services().budget().amounts(TaxYear.starting(2026))).isEmpty();
        viewModel.save();
        assertThat(test.services().budget().amounts(TaxYear.starting(2026)))
                .containsEntry(ClaimCategory.TAXI, Money.of("80.00"));
    }

    @Test
    void readsTheChosenTaxYear() {
        test.services().budget().save(TaxYear.starting(2025), Map.of(ClaimCategory.TAXI, Money.of("80.00")));
        viewModel.refresh();
        assertThat(taxi().budgetProperty().get()).isEqualTo("0.00");

        assertThat(viewModel.chooseYear(TaxYear.starting(2025))).isTrue();

        assertThat(taxi().budgetProperty().get()).isEqualTo("80.00");
        assertThat(dialogs.shown()).isEmpty();
        assertThat(viewModel.years()).contains(TaxYear.starting(2027), TaxYear.starting(2021));
    }

    @Test
    void keepsABudgetTypedButNotSavedWhenTheFiguresAreReadAgain() {
        viewModel.refresh();
        assertThat(viewModel.hasUnsavedChanges()).isFalse();
        taxi().budgetProperty().set("250");
        claims.approved(MAY_1, BudgetServiceTest.taxi("40.00"));

        viewModel.refresh();

        assertThat(viewModel.hasUnsavedChanges()).isTrue();
        assertThat(taxi().budgetProperty().get()).isEqualTo("250");
        assertThat(taxi().committedProperty().get()).isEqualTo("£40.00");
        viewModel.save();
        assertThat(viewModel.hasUnsavedChanges()).isFalse();
    }

    @Test
    void asksBeforeShowingAnotherYearOverABudgetNotSaved() {
        viewModel.refresh();
        taxi().budgetProperty().set("250");

        dialogs.answerConfirm(false);
        assertThat(viewModel.chooseYear(TaxYear.starting(2025))).isFalse();
        assertThat(viewModel.yearProperty().get()).isEqualTo(TaxYear.starting(2026));
        assertThat(taxi().budgetProperty().get()).isEqualTo("250");
        assertThat(dialogs.shown()).singleElement().extracting(RecordingDialogs.Shown::message).isEqualTo(
                "You have changed the budget for 2026-27 but not saved it. "
                        + "If you show another year now, those changes will be lost.");

        dialogs.answerConfirm(true);
        assertThat(viewModel.chooseYear(TaxYear.starting(2025))).isTrue();
        assertThat(taxi().budgetProperty().get()).isEqualTo("0.00");
        assertThat(viewModel.hasUnsavedChanges()).isFalse();
    }
}
