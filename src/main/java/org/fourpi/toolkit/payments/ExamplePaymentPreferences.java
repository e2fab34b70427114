package org.fourpi.toolkit.payments;

import java.util.List;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.demo.ExampleData;

/** Payment preferences for a few of the example people, chosen by their place in id order. */
public final class ExamplePaymentPreferences implements ExampleData {

    private final PaymentPreferencesService preferences;
    private final Supplier<List<Long>> personIds;

    /**
     * @param personIds the example people's ids in the order they were added; the people are added first
     */
    public ExamplePaymentPreferences(PaymentPreferencesService preferences, Supplier<List<Long>> personIds) {
        this.preferences = preferences;
        this.personIds = personIds;
    }

    @Override
    public boolean hasRecords() {
        return preferences.hasAny();
    }

    @Override
    public void add() {
        List<Long> ids = personIds.get();
        List<PaymentPreferences> examples = List.of(
                new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false, EarningsLimit.NONE, null),
                new PaymentPreferences(PaymentMethod.CASH, false, EarningsLimit.CARERS_ALLOWANCE, null),
                new PaymentPreferences(PaymentMethod.BANK_TRANSFER, false, EarningsLimit.ESA_PERMITTED_WORK, null),
                new PaymentPreferences(PaymentMethod.VOUCHER, false, EarningsLimit.CUSTOM_WEEKLY, Money.of("100.00")),
                new PaymentPreferences(null, true, EarningsLimit.NONE, null),
                new PaymentPreferences(PaymentMethod.CHEQUE, false, EarningsLimit.CUSTOM_YEARLY, Money.of("1000.00")));
        for (int i = 0; i < examples.size() && i * 3 < ids.size(); i++) {
            preferences.save(ids.get(i * 3), examples.get(i));
        }
    }
}
