package org.fourpi.toolkit.payments;

import java.math.BigDecimal;

import org.fourpi.toolkit.common.money.Money;

/**
 * The totals at the bottom of the payments ledger: how many lines it lists, what is owed to people, what
 * the organisation paid directly and the whole cost. Lines of rejected claims are listed but not counted.
 *
 * @param lines       how many claim lines the ledger lists, rejected ones included
 * @param hasRejected whether some lines belong to rejected claims, which the totals leave out
 */
public record LedgerTotals(int lines, Money owed, Money paidByOrganisation, Money total, boolean hasRejected) {

    /** Adds up lines one at a time, so a ledger can be totalled while it is written and never kept. */
    static final class Adder {
        private int lines;
        private BigDecimal owed = BigDecimal.ZERO;
        private BigDecimal paidByOrganisation = BigDecimal.ZERO;
        private boolean hasRejected;

        void add(LedgerLine line) {
            lines++;
            if (line.status() == ClaimStatus.REJECTED) {
                hasRejected = true;
            }
            if (!line.counts()) {
                return;
            }
            if (line.paidByOrganisation()) {
                paidByOrganisation = paidByOrganisation.add(line.amount().amount());
            } else {
                owed = owed.add(line.amount().amount());
            }
        }

        LedgerTotals totals() {
            return new LedgerTotals(lines, Money.of(owed), Money.of(paidByOrganisation),
                    Money.of(owed.add(paidByOrganisation)), hasRejected);
        }
    }
}
