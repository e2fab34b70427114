package org.fourpi.toolkit.payments;

import org.fourpi.toolkit.common.text.Labelled;

/** How a person likes to be paid. Vouchers count as income too: they do not avoid earnings limits. */
public enum PaymentMethod implements Labelled {
    BANK_TRANSFER,
    CASH,
    CHEQUE,
    VOUCHER;

    @Override
    public String labelKey() {
        return "payments.person.method." + name();
    }
}
