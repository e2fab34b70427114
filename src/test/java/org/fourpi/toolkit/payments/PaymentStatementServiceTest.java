package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentStatementServiceTest {

    static final TaxYear YEAR_2026 = TaxYear.starting(2026);

    @TempDir Path dataDir;
    private TestServices test;
    private StatementFixtures claims;
    private PaymentStatementService statements;
    private long samira;
    private long tom;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = new StatementFixtures(test);
        statements = test.services().paymentStatements();
        samira = claims.person("Samira", "Okafor");
        tom = claims.person("Tom", "Hughes");
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void keepsFeesApartFromExpensesAndWhatIsPaidApartFromWhatIsStillToPay() {
        Claim paid = claims.paid(samira, LocalDate.of(2026, 5, 10),
                LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")),
                LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Return train", Money.of("12.50")),
                LineInput.cost(ClaimCategory.TAXI, "Booked by the office", Money.of("30.00")).paidByOrganisation(true));
        claims.approved(samira, LocalDate.of(2026, 6, 1), LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE),
                LineInput.cost(ClaimCategory.PARKING, "", Money.of("4.20")));
        claims.submitted(samira, LocalDate.of(2026, 7, 1), LineInput.hours(ClaimCategory.CHILDCARE, new BigDecimal("3")));

        PaymentStatement statement = statements.statement(samira, YEAR_2026);

        assertThat(statement.personName()).isEqualTo("Samira Okafor");
        assertThat(statement.lines()).hasSize(6);
        assertThat(statement.fees()).isEqualTo(Money.of("95.00"));
        assertThat(statement.expenses()).isEqualTo(Money.of("52.70"));
        assertThat(statement.owed()).isEqualTo(Money.of("147.70"));
        assertThat(statement.paid()).isEqualTo(Money.of("52.50"));
        assertThat(statement.toPay()).isEqualTo(Money.of("95.20"));
        assertThat(statement.paidByOrganisation()).isEqualTo(Money.of("30.00"));
        assertThat(statement.lines().getFirst().paidOn()).isEqualTo(StatementFixtures.PAID_ON);
        assertThat(statement.lines().getFirst().claimId()).isEqualTo(paid.id());
    }

    @Test
    void leavesOutDraftsRejectedClaimsAndOtherPeople() {
        claims.draft(samira, LocalDate.of(2026, 8, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
        claims.rejected(samira, LocalDate.of(2026, 9, 1), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        claims.paid(tom, LocalDate.of(2026, 9, 1), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        claims.submitted(samira, LocalDate.of(2026, 9, 2), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));

        PaymentStatement statement = statements.statement(samira, YEAR_2026);

        assertThat(statement.lines()).extracting(LedgerLine::status).containsExactly(ClaimStatus.SUBMITTED);
        assertThat(statement.owed()).isEqualTo(Money.of("20.00"));
        assertThat(statement.toPay()).isEqualTo(Money.of("20.00"));
        assertThat(statement.paid()).isEqualTo(Money.ZERO);
    }

    @Test
    void countsAdjustmentsWithTheirReasonsIncludingMoneyTakenOff() {
        Claim paid = claims.paid(samira, LocalDate.of(2026, 5, 10), LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")));
        ClaimService service = test.services().claims();
        service.addAdjustment(paid.id(), LineInput.cost(ClaimCategory.PARKING, "", Money.of("5.00")), "Parking left off");
        service.addAdjustment(paid.id(), LineInput.cost(ClaimCategory.OTHER, "Bus fare", Money.of("-2.00")), "Paid twice");

        PaymentStatement statement = statements.statement(samira, YEAR_2026);

        assertThat(statement.lines()).extracting(LedgerLine::adjustmentReason)
                .containsExactly(null, "Parking left off", "Paid twice");
        assertThat(statement.fees()).isEqualTo(Money.of("40.00"));
        assertThat(statement.expenses()).isEqualTo(Money.of("3.00"));
        assertThat(statement.paid()).isEqualTo(Money.of("43.00"));
    }

    @Test
    void choosesLinesByTheActivityDateFrom6AprilTo5April() {
        claims.submitted(samira, LocalDate.of(2026, 4, 6), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
        claims.submitted(samira, LocalDate.of(2027, 4, 5), LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")));
        claims.submitted(samira, LocalDate.of(2027, 4, 6), LineInput.fee(FeeUnit.HOURS, new BigDecimal("3")));

        assertThat(statements.statement(samira, YEAR_2026).lines()).extracting(LedgerLine::activityDate)
                .containsExactly(LocalDate.of(2026, 4, 6), LocalDate.of(2027, 4, 5));
        assertThat(statements.statement(samira, YEAR_2026).fees()).isEqualTo(Money.of("60.00"));
        assertThat(statements.statement(samira, TaxYear.starting(2027)).fees()).isEqualTo(Money.of("60.00"));
        assertThat(statements.statement(samira, TaxYear.starting(2027)).lines()).extracting(LedgerLine::activityDate)
                .containsExactly(LocalDate.of(2027, 4, 6));
    }

    @Test
    void offersTheYearsThatHaveClaimsAndTheCurrentOneNewestFirst() {
        assertThat(statements.taxYears()).containsExactly(YEAR_2026);

        claims.submitted(samira, LocalDate.of(2027, 4, 6), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
        claims.draft(samira, LocalDate.of(2027, 11, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));

        assertThat(statements.taxYears()).containsExactly(TaxYear.starting(2027), YEAR_2026);
    }

    @Test
    void listsRejectedLinesInTheLedgerWithoutCountingThemAndLeavesOutDrafts() {
        claims.paid(samira, LocalDate.of(2026, 5, 10), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE),
                LineInput.cost(ClaimCategory.TAXI, "", Money.of("18.00")).paidByOrganisation(true));
        claims.rejected(tom, LocalDate.of(2026, 6, 1), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        claims.draft(tom, LocalDate.of(2026, 6, 2), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        claims.submitted(tom, LocalDate.of(2027, 5, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));

        PaymentLedger year = statements.ledger(Optional.of(YEAR_2026));
        PaymentLedger all = statements.ledger(Optional.empty());

        assertThat(year.lines()).extracting(LedgerLine::status)
                .containsExactly(ClaimStatus.PAID, ClaimStatus.PAID, ClaimStatus.REJECTED);
        assertThat(year.owed()).isEqualTo(Money.of("20.00"));
        assertThat(year.paidByOrganisation()).isEqualTo(Money.of("18.00"));
        assertThat(year.total()).isEqualTo(Money.of("38.00"));
        assertThat(year.hasRejected()).isTrue();
        assertThat(all.lines()).hasSize(4);
        assertThat(all.total()).isEqualTo(Money.of("58.00"));
        assertThat(all.lines().getLast().personName()).isEqualTo("Tom Hughes");
    }
}
