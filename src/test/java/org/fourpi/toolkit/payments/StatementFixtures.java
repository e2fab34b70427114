package org.fourpi.toolkit.payments;

import java.time.LocalDate;
import java.util.List;

import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;

/** People and claims in each status, made through the claims service, for statement and ledger tests. */
final class StatementFixtures {

    static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

    private final TestServices test;
    private final ClaimService claims;

    StatementFixtures(TestServices test) {
        this.test = test;
        this.claims = test.services().claims();
    }

    long person(String first, String last) {
        return test.services().people().save(Person.named(first, last).withStatus(InvolvementStatus.ACTIVE)).id();
    }

    Claim draft(long person, LocalDate date, LineInput... lines) {
        return claims.create(new ClaimDraft(person, "Steering group", "", date, "", List.of(lines)));
    }

    Claim draft(long person, String activity, LocalDate date, LineInput... lines) {
        return claims.create(new ClaimDraft(person, activity, "", date, "", List.of(lines)));
    }

    Claim submitted(long person, LocalDate date, LineInput... lines) {
        return claims.submit(draft(person, date, lines).id(), PAID_ON.minusDays(10));
    }

    Claim approved(long person, LocalDate date, LineInput... lines) {
        return claims.approve(submitted(person, date, lines).id(), PAID_ON.minusDays(5));
    }

    Claim paid(long person, LocalDate date, LineInput... lines) {
        return claims.markPaid(approved(person, date, lines).id(), PAID_ON, PaymentMethod.BANK_TRANSFER, "BACS 1234");
    }

    Claim rejected(long person, LocalDate date, LineInput... lines) {
        return claims.reject(submitted(person, date, lines).id(), "Entered twice");
    }
}
