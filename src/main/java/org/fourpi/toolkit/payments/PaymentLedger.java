package org.fourpi.toolkit.payments;

import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;

/**
 * Every claim line for the accounts, for one tax year or for all of them, drafts left out. Lines of
 * rejected claims are listed with their status so nothing disappears, but no total counts them.
 *
 * @param taxYear the tax year the activities fall in, or empty for every year
 */
public record PaymentLedger(Optional<TaxYear> taxYear, List<LedgerLine> lines) {

    public PaymentLedger {
        lines = List.copyOf(lines);
    }

    /** The totals the ledger shows at its bottom, with how many lines it lists. */
    public LedgerTotals totals() {
        LedgerTotals.Adder adder = new LedgerTotals.Adder();
        lines.forEach(adder::add);
        return adder.totals();
    }

    /** Owed to people: every counted line they paid for themselves. */
    public Money owed() {
        return lines.stream().filter(LedgerLine::counts).map(LedgerLine::owed).reduce(Money.ZERO, Money::plus);
    }

    /** Paid by the organisation directly. */
    public Money paidByOrganisation() {
        return lines.stream().filter(l -> l.counts() && l.paidByOrganisation()).map(LedgerLine::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The whole cost: owed to people and paid by the organisation. */
    public Money total() {
        return lines.stream().filter(LedgerLine::counts).map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Whether some lines belong to rejected claims, which the totals leave out. */
    public boolean hasRejected() {
        return lines.stream().anyMatch(l -> l.status() == ClaimStatus.REJECTED);
    }
}
