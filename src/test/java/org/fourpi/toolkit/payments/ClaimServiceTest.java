package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimServiceTest {

    static final LocalDate NOV_12 = LocalDate.of(2026, 11, 12);

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private ClaimService claims;
    private long samira;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        claims = test.services().claims();
        samira = test.services().people().save(Person.named("Samira", "Okafor").withStatus(InvolvementStatus.ACTIVE)).id();
    }

    @AfterEach
    void close() {
        test.close();
    }

    private ClaimDraft draft(LocalDate date, LineInput... lines) {
        return new ClaimDraft(samira, "Steering group", "", date, "", List.of(lines));
    }

    @Test
    void worksOutFeesFromTheRateTableAndTheHoursOrDays() {
        Claim claim = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, new BigDecimal("2.5")),
                LineInput.fee(FeeUnit.HALF_DAYS, BigDecimal.ONE), LineInput.fee(FeeUnit.DAYS, new BigDecimal("2"))));

        assertThat(claim.lines()).extracting(ClaimLine::amount)
                .containsExactly(Money.of("50.00"), Money.of("55.00"), Money.of("220.00"));
        assertThat(claim.fees()).isEqualTo(Money.of("325.00"));
        assertThat(claim.status()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(claim.personName()).isEqualTo("Samira Okafor");
    }

    @Test
    void paysAnActivityItsOwnFeesWhenTheRateSetHasThem() {
        test.services().paymentPolicy().saveActivityFees(LocalDate.of(2026, 4, 6), List.of(
                new ActivityFee("Interview panel", new FeeRates(Money.of("25.00"), Money.of("70.00"), Money.of("140.00")))));

        Claim panel = claims.create(new ClaimDraft(samira, "Recruiting a manager", "interview panel", NOV_12, "",
                List.of(LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")))));
        Claim meeting = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))));

        assertThat(panel.fees()).isEqualTo(Money.of("50.00"));
        assertThat(meeting.fees()).isEqualTo(Money.of("40.00"));
        assertThat(test.services().paymentPolicy().activityTypesOn(NOV_12)).containsExactly("Interview panel");
    }

    @Test
    void usesTheRatesInForceOnTheDayOfTheActivity() {
        PaymentRates current = test.services().paymentPolicy().ratesOn(NOV_12).orElseThrow();
        LocalDate april = LocalDate.of(2027, 4, 6);
        PaymentRates next = new PaymentRates(april, Money.of("22.00"), current.feeHalfDay(), current.feeDay(),
                current.mileageFirst10000(), current.mileageAfter10000(), current.mileagePerPassenger(),
                Money.of("13.00"), current.replacementCarerHourly(), current.supportWorkerHourly(),
                current.subsistenceLimitDay(), current.targetDaysToPay(), current.esaWeeklyLimit(),
                current.carersAllowanceWeeklyLimit(), current.tradingAllowance());
        test.services().paymentPolicy().save(next);

        LineInput oneHour = LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE);
        LineInput childcare = LineInput.hours(ClaimCategory.CHILDCARE, BigDecimal.ONE);
        assertThat(claims.create(draft(april.minusDays(1), oneHour, childcare)).lines()).extracting(ClaimLine::amount)
                .containsExactly(Money.of("20.00"), Money.of("12.00"));
        assertThat(claims.create(draft(april, oneHour, childcare)).lines()).extracting(ClaimLine::amount)
                .containsExactly(Money.of("22.00"), Money.of("13.00"));
    }

    @Test
    void paysMileageAtTheLowerRateOncePast10000MilesInTheTaxYearAndStartsAgainInApril() {
        LineInput longWay = LineInput.mileage(new BigDecimal("1998"), 0);
        claims.create(draft(LocalDate.of(2026, 5, 1), Collections.nCopies(5, longWay).toArray(LineInput[]::new)));

        Claim crossing = claims.create(draft(LocalDate.of(2027, 3, 1), LineInput.mileage(new BigDecimal("20"), 1)));
        // 10 miles at 45p, 10 at 25p, and 20 passenger miles at 5p.
        assertThat(crossing.owed()).isEqualTo(Money.of("8.00"));

        Claim nextYear = claims.create(draft(LocalDate.of(2027, 4, 6), LineInput.mileage(new BigDecimal("20"), 0)));
        assertThat(nextYear.owed()).isEqualTo(Money.of("9.00"));
    }

    @Test
    void leavesOutRejectedJourneysWhenCountingMilesAlreadyClaimed() {
        LineInput longWay = LineInput.mileage(new BigDecimal("2000"), 0);
        Claim rejected = claims.create(draft(LocalDate.of(2026, 5, 1),
                Collections.nCopies(5, longWay).toArray(LineInput[]::new)));
        claims.reject(rejected.id(), "Entered twice");

        assertThat(claims.create(draft(NOV_12, LineInput.mileage(BigDecimal.TEN, 0))).owed())
                .isEqualTo(Money.of("4.50"));
    }

    @Test
    void keepsCostsTheOrganisationPaidOutOfWhatThePersonIsOwed() {
        Claim claim = claims.create(draft(NOV_12,
                LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Return train", Money.of("23.40")).paidByOrganisation(true),
                LineInput.hours(ClaimCategory.CHILDCARE, new BigDecimal("3")),
                LineInput.cost(ClaimCategory.PARKING, "", Money.of("4.20"))));

        assertThat(claim.owed()).isEqualTo(Money.of("40.20"));
        assertThat(claim.paidByOrganisation()).isEqualTo(Money.of("23.40"));
        assertThat(claim.totalCost()).isEqualTo(Money.of("63.60"));
    }

    @Test
    void namesEachProblemWithItsLineAndSavesNothing() {
        ClaimDraft bad = new ClaimDraft(samira, "", "", NOV_12, "", List.of(
                LineInput.fee(FeeUnit.HOURS, new BigDecimal("2")),
                LineInput.mileage(new BigDecimal("12.25"), 0),
                LineInput.cost(ClaimCategory.TAXI, "", Money.of("-5.00"))));

        assertThatThrownBy(() -> claims.create(bad))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems()).containsExactly(
                        ClaimProblem.ofClaim(ClaimProblem.Kind.ACTIVITY_MISSING),
                        new ClaimProblem(2, ClaimProblem.Kind.MILES_NOT_TENTHS),
                        new ClaimProblem(3, ClaimProblem.Kind.AMOUNT_OUT_OF_RANGE)));
        assertThat(claims.list(ClaimFilter.ALL)).isEmpty();
    }

    @Test
    void refusesFeesForSomeoneWhoDeclinesThemButTakesTheirExpenses() {
        test.services().paymentPreferences().save(samira,
                new PaymentPreferences(PaymentMethod.CASH, true, EarningsLimit.NONE, null));

        assertThatThrownBy(() -> claims.create(draft(NOV_12, LineInput.cost(ClaimCategory.TAXI, "", Money.of("9.00")),
                LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE))))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsExactly(new ClaimProblem(2, ClaimProblem.Kind.FEES_DECLINED)));
        assertThat(claims.create(draft(NOV_12, LineInput.cost(ClaimCategory.TAXI, "", Money.of("9.00")))).owed())
                .isEqualTo(Money.of("9.00"));
    }

    @Test
    void refusesFoodAndDrinkOverTheDailyLimit() {
        assertThatThrownBy(() -> claims.create(draft(NOV_12,
                LineInput.cost(ClaimCategory.SUBSISTENCE, "Lunch", Money.of("6.00")),
                LineInput.cost(ClaimCategory.SUBSISTENCE, "Tea", Money.of("4.50")))))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsExactly(new ClaimProblem(2, ClaimProblem.Kind.SUBSISTENCE_OVER_LIMIT)));
    }

    @Test
    void refusesAPaymentDatedBeforeTheClaimWasSubmitted() {
        Claim claim = approved(NOV_12, LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE));
        assertThatThrownBy(() -> claims.markPaid(claim.id(), LocalDate.of(2026, 11, 20), PaymentMethod.CASH, ""))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsExactly(ClaimProblem.ofClaim(ClaimProblem.Kind.PAID_DATE_BEFORE_SUBMITTED)));
        assertThat(claims.find(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void takesTheDayAPaperClaimArrivedAsItsSubmissionDate() {
        Claim claim = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)));
        assertThatThrownBy(() -> claims.submit(claim.id(), LocalDate.of(2026, 11, 27)))
                .isInstanceOf(InvalidClaimException.class);
        claims.submit(claim.id(), LocalDate.of(2026, 11, 13));
        assertThatThrownBy(() -> claims.approve(claim.id(), LocalDate.of(2026, 11, 12)))
                .isInstanceOf(InvalidClaimException.class);
        claims.approve(claim.id(), LocalDate.of(2026, 11, 14));

        Claim paid = claims.markPaid(claim.id(), LocalDate.of(2026, 11, 16), PaymentMethod.CHEQUE, "000123");
        assertThat(paid.submittedOn()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(paid.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 14));
    }

    @Test
    void followsTheClaimFromDraftToPaidAndNeverChangesItAfter() {
        Claim claim = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))));
        claims.submit(claim.id());
        claims.approve(claim.id());
        Claim paid = claims.markPaid(claim.id(), LocalDate.of(2026, 11, 26), PaymentMethod.BANK_TRANSFER, "BACS 1021");

        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(paid.paymentReference()).isEqualTo("BACS 1021");
        assertThatThrownBy(() -> claims.update(claim.id(), paid.toDraft()))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsExactly(ClaimProblem.ofClaim(ClaimProblem.Kind.NOT_EDITABLE)));
        assertThatThrownBy(() -> claims.delete(claim.id())).isInstanceOf(InvalidClaimException.class);
        assertThatThrownBy(() -> claims.reopen(claim.id())).isInstanceOf(InvalidClaimException.class);
        assertThatThrownBy(() -> claims.reject(claim.id(), "Too late")).isInstanceOf(InvalidClaimException.class);
        assertThat(claims.find(claim.id()).orElseThrow()).isEqualTo(paid);
    }

    @Test
    void correctsAPaidClaimOnlyWithAnAdjustingLineAndItsReason() {
        Claim claim = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))));
        claims.submit(claim.id());
        claims.approve(claim.id());
        claims.markPaid(claim.id(), LocalDate.of(2026, 11, 26), PaymentMethod.CASH, "");

        assertThatThrownBy(() -> claims.addAdjustment(claim.id(), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE), " "))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsExactly(ClaimProblem.ofClaim(ClaimProblem.Kind.REASON_MISSING)));
        Claim adjusted = claims.addAdjustment(claim.id(), LineInput.fee(FeeUnit.HOURS, new BigDecimal("-0.5")),
                "The meeting ended early");

        assertThat(adjusted.lines()).hasSize(2);
        assertThat(adjusted.lines().getFirst().amount()).isEqualTo(Money.of("40.00"));
        assertThat(adjusted.lines().get(1).amount()).isEqualTo(Money.of("-10.00"));
        assertThat(adjusted.lines().get(1).adjustmentReason()).isEqualTo("The meeting ended early");
        assertThat(adjusted.owed()).isEqualTo(Money.of("30.00"));
        assertThat(adjusted.status()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void refusesAnAdjustmentToAClaimNotYetPaid() {
        Claim claim = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)));
        assertThatThrownBy(() -> claims.addAdjustment(claim.id(), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE), "More"))
                .isInstanceOf(InvalidClaimException.class);
        assertThat(claims.find(claim.id()).orElseThrow().lines()).hasSize(1);
    }

    @Test
    void keepsAnAuditTrailOfEveryChangeWithWhoMadeIt() {
        Claim claim = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)));
        claims.update(claim.id(), draft(NOV_12, LineInput.fee(FeeUnit.HOURS, new BigDecimal("2"))));
        claims.submit(claim.id());
        claims.reject(claim.id(), "Claimed on another form");

        List<AuditEntry> trail = claims.audit(claim.id());
        assertThat(trail).extracting(AuditEntry::what).containsExactly(AuditEntry.Change.CREATED,
                AuditEntry.Change.CHANGED, AuditEntry.Change.SUBMITTED, AuditEntry.Change.REJECTED);
        assertThat(trail).extracting(AuditEntry::by).containsOnly(TestServices.USER);
        assertThat(trail.get(1).before()).contains("Involvement fee 1 hours £20.00");
        assertThat(trail.get(1).after()).contains("Involvement fee 2 hours £40.00");
        assertThat(trail.get(3).before()).isEqualTo("Submitted");
        assertThat(trail.get(3).after()).isEqualTo("Rejected: Claimed on another form");

        claims.reopen(claim.id());
        claims.delete(claim.id());
        assertThat(claims.find(claim.id())).isEmpty();
        assertThat(claims.audit(claim.id())).extracting(AuditEntry::what)
                .endsWith(AuditEntry.Change.REOPENED, AuditEntry.Change.DELETED);
    }

    @Test
    void warnsBeforeApprovalWhenFeesThatWeekPassTheLimitTheyAskedUsToWatch() {
        test.services().paymentPreferences().save(samira,
                new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false, EarningsLimit.ESA_PERMITTED_WORK, null));
        // Thursday 12 November; the week runs Monday 9 to Sunday 15 November.
        Claim monday = approved(LocalDate.of(2026, 11, 9), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        approved(LocalDate.of(2026, 11, 16), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        Claim thursday = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HALF_DAYS, new BigDecimal("2"))));
        claims.submit(thursday.id());

        ApprovalWarnings warnings = claims.warningsBeforeApproval(thursday.id());
        assertThat(warnings.limit()).hasValueSatisfying(limit -> {
            assertThat(limit.from()).isEqualTo(LocalDate.of(2026, 11, 9));
            assertThat(limit.to()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(limit.fees()).isEqualTo(Money.of("220.00"));
            assertThat(limit.limit().amount()).isEqualTo(Money.of("195.50"));
        });
        assertThat(monday.fees()).isEqualTo(Money.of("110.00"));
    }

    @Test
    void staysQuietWhenTheWeeksFeesStayWithinTheLimit() {
        test.services().paymentPreferences().save(samira,
                new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false, EarningsLimit.ESA_PERMITTED_WORK, null));
        approved(LocalDate.of(2026, 11, 16), LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE));
        Claim thursday = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.DAYS, BigDecimal.ONE)));
        claims.submit(thursday.id());

        assertThat(claims.warningsBeforeApproval(thursday.id()).any()).isFalse();
    }

    @Test
    void notesWhenTheTaxYearsFeesPassTheTradingAllowance() {
        test.services().paymentPolicy().save(test.services().paymentPolicy().ratesOn(NOV_12).orElseThrow()
                .withEffectiveFrom(LocalDate.of(2025, 4, 6)));
        for (int month = 5; month <= 9; month++) {
            approved(LocalDate.of(2026, month, 1), LineInput.fee(FeeUnit.DAYS, new BigDecimal("2")));
        }
        // £1,100 approved from May to September; a claim in the previous tax year does not count.
        approved(LocalDate.of(2026, 4, 5), LineInput.fee(FeeUnit.DAYS, new BigDecimal("5")));
        Claim more = claims.create(draft(NOV_12, LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)));
        claims.submit(more.id());

        assertThat(claims.warningsBeforeApproval(more.id()).tradingAllowance()).hasValueSatisfying(note -> {
            assertThat(note.fees()).isEqualTo(Money.of("1120.00"));
            assertThat(note.allowance()).isEqualTo(Money.of("1000.00"));
            assertThat(note.year().startYear()).isEqualTo(2026);
        });
    }

    private Claim approved(LocalDate date, LineInput... lines) {
        Claim claim = claims.create(draft(date, lines));
        claims.submit(claim.id());
        return claims.approve(claim.id());
    }

    @Test
    void keepsACopyOfAReceiptAndRefusesFilesThatAreNotPdfJpegOrPng() throws IOException {
        Path receipt = Files.write(files.resolve("ticket.pdf"), "%PDF-1.4 a ticket".getBytes());
        Path notReceipt = Files.write(files.resolve("ticket.exe"), "MZ......".getBytes());

        Claim claim = claims.create(draft(NOV_12, LineInput.cost(ClaimCategory.PUBLIC_TRANSPORT, "Train", Money.of("12.00"))
                .withReceipt(new LineInput.Receipt.NewFile(receipt))));
        ClaimLine line = claim.lines().getFirst();
        assertThat(line.receiptName()).isEqualTo("ticket.pdf");
        Files.delete(receipt);
        assertThat(claims.receiptFile(line.receiptFile())).content().startsWith("%PDF");

        assertThatThrownBy(() -> claims.create(draft(NOV_12, LineInput.cost(ClaimCategory.TAXI, "", Money.of("8.00"))
                .withReceipt(new LineInput.Receipt.NewFile(notReceipt)))))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsExactly(new ClaimProblem(1, ClaimProblem.Kind.RECEIPT_NOT_ALLOWED_TYPE)));
    }

    @Test
    void listsTheClaimsWaitingLongestFirstAndFiltersThem() {
        Claim old = claims.create(draft(LocalDate.of(2026, 10, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)));
        claims.submit(old.id());
        Claim recent = claims.create(draft(NOV_12, LineInput.hours(ClaimCategory.CHILDCARE, BigDecimal.ONE)));
        claims.submit(recent.id());
        Claim draft = claims.create(draft(LocalDate.of(2026, 9, 1), LineInput.fee(FeeUnit.HOURS, BigDecimal.ONE)));

        List<ClaimSummary> all = claims.list(ClaimFilter.ALL);
        assertThat(all).extracting(ClaimSummary::id).containsExactly(old.id(), recent.id(), draft.id());
        assertThat(all.getFirst().daysWaiting()).isEqualTo(56);
        assertThat(all.get(2).daysWaiting()).isNull();
        assertThat(claims.list(new ClaimFilter(null, null, null, ClaimCategory.CHILDCARE, null, null)))
                .extracting(ClaimSummary::id).containsExactly(recent.id());
        assertThat(claims.list(new ClaimFilter(ClaimStatus.DRAFT, samira, "steering", null, null, null)))
                .extracting(ClaimSummary::id).containsExactly(draft.id());
    }
}
