package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;

/** Claims for the time-to-pay and budget tests, made through the claims service with back-dated steps. */
final class PaymentsReportFixture {

    private final TestServices test;
    private final long person;

    PaymentsReportFixture(TestServices test) {
        this.test = test;
        this.person = test.services().people().save(Person.named("Samira", "Okafor")
                .withStatus(InvolvementStatus.ACTIVE)).id();
    }

    ClaimService claims() {
        return test.services().claims();
    }

    Claim draft(LocalDate activity, LineInput... lines) {
        LineInput[] used = lines.length == 0
                ? new LineInput[] {LineInput.cost(ClaimCategory.TAXI, "", Money.of("10.00"))} : lines;
        return claims().create(new ClaimDraft(person, "Steering group", "", activity, "", List.of(used)));
    }

    Claim submitted(LocalDate activity, LineInput... lines) {
        return claims().submit(draft(activity, lines).id(), activity);
    }

    Claim approved(LocalDate activity, LineInput... lines) {
        return claims().approve(submitted(activity, lines).id(), activity);
    }

    /** A claim for an activity, paid so many days later. */
    Claim paidAfter(LocalDate activity, int days, LineInput... lines) {
        return paidOn(activity, activity.plusDays(days), lines);
    }

    Claim paidOn(LocalDate activity, LocalDate paidOn, LineInput... lines) {
        return claims().markPaid(approved(activity, lines).id(), paidOn, PaymentMethod.BANK_TRANSFER, "BACS");
    }

    Claim rejected(LocalDate activity, LineInput... lines) {
        return claims().reject(submitted(activity, lines).id(), "Entered twice");
    }

    /** Adds a rate set like the current one but with another target, taking effect on a date. */
    void targetFrom(LocalDate date, int targetDays) {
        PaymentRates r = test.services().paymentPolicy().ratesOn(LocalDate.of(2026, 4, 6)).orElseThrow();
        test.services().paymentPolicy().save(new PaymentRates(date, r.feeHourly(), r.feeHalfDay(), r.feeDay(),
                r.mileageFirst10000(), r.mileageAfter10000(), r.mileagePerPassenger(), r.childcareHourly(),
                r.replacementCarerHourly(), r.supportWorkerHourly(), r.subsistenceLimitDay(), targetDays,
                r.esaWeeklyLimit(), r.carersAllowanceWeeklyLimit(), r.tradingAllowance()));
    }
}
