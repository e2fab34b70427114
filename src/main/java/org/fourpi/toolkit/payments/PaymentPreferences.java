package org.fourpi.toolkit.payments;

import java.util.Objects;

import org.fourpi.toolkit.common.money.Money;

/**
 * How one person likes to be paid, whether they decline fees (they still claim expenses), and the
 * earnings limit they ask us to watch, with their own figure for the custom kinds.
 *
 * @param method      null when not chosen yet
 * @param customLimit the person's own figure; null unless the limit is a custom kind
 */
public record PaymentPreferences(PaymentMethod method, boolean declinesFees, EarningsLimit limit, Money customLimit) {

    /** Nothing chosen: no method, fees taken, no limit watched. */
    public static final PaymentPreferences NONE = new PaymentPreferences(null, false, EarningsLimit.NONE, null);

    public PaymentPreferences {
        Objects.requireNonNull(limit, "limit");
    }
}
