package org.fourpi.toolkit.payments;

import java.util.List;
import java.util.function.Predicate;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;

/**
 * What one person was paid, or is still to be paid, for the activities of one tax year: the lines of
 * their submitted, approved and paid claims whose activity date falls in the year.
 */
public record PaymentStatement(long personId, String personName, TaxYear taxYear, List<LedgerLine> lines) {

    public PaymentStatement {
        lines = List.copyOf(lines);
    }

    /** Fees owed to the person: income, which may matter for tax and benefits. */
    public Money fees() {
        return owedWhere(line -> line.category().isFee());
    }

    /** Costs paid back to the person, such as travel and childcare: not earnings. */
    public Money expenses() {
        return owedWhere(line -> !line.category().isFee());
    }

    /** Everything owed to the person: fees and expenses. */
    public Money owed() {
        return owedWhere(line -> true);
    }

    /** What has been paid to the person so far. */
    public Money paid() {
        return owedWhere(line -> line.status() == ClaimStatus.PAID);
    }

    /** What the person is still to be paid: claims submitted or approved but not yet paid. */
    public Money toPay() {
        return owedWhere(line -> line.status().isWaiting());
    }

    /** What the organisation paid directly for the person (travel it booked): never owed to them. */
    public Money paidByOrganisation() {
        return lines.stream().filter(LedgerLine::paidByOrganisation).map(LedgerLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    private Money owedWhere(Predicate<LedgerLine> which) {
        return lines.stream().filter(which).map(LedgerLine::owed).reduce(Money.ZERO, Money::plus);
    }
}
