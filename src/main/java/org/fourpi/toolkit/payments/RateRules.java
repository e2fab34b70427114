package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.fourpi.toolkit.common.money.Money;

/**
 * The rules a rate set must meet: a date not already used, rates from £0 to £10,000, earnings limits and
 * the trading allowance from £0 to £100,000, 1 to 90 days to pay.
 */
public final class RateRules {

    public static final Money MAX_AMOUNT = Money.of("10000.00");
    public static final Money MAX_LIMIT = Money.of("100000.00");
    public static final int MIN_TARGET_DAYS = 1;
    public static final int MAX_TARGET_DAYS = 90;

    private RateRules() {
    }

    /** Every field's problem, in form order; empty when the set can be saved. */
    public static Map<RateField, RateProblem> check(PaymentRates rates, Collection<LocalDate> datesInUse) {
        Map<RateField, RateProblem> problems = new EnumMap<>(RateField.class);
        if (rates.effectiveFrom() == null) {
            problems.put(RateField.EFFECTIVE_FROM, RateProblem.REQUIRED);
        } else if (datesInUse.contains(rates.effectiveFrom())) {
            problems.put(RateField.EFFECTIVE_FROM, RateProblem.DATE_TAKEN);
        }
        amounts(rates).forEach((field, amount) -> {
            if (amount == null) {
                problems.put(field, RateProblem.REQUIRED);
            } else if (amount.isNegative() || amount.compareTo(maxFor(field)) > 0) {
                problems.put(field, RateProblem.AMOUNT_OUT_OF_RANGE);
            }
        });
        if (!isTargetDays(rates.targetDaysToPay())) {
            problems.put(RateField.TARGET_DAYS_TO_PAY, RateProblem.DAYS_OUT_OF_RANGE);
        }
        return problems;
    }

    /** The most a field may hold. */
    public static Money maxFor(RateField field) {
        return field.isLimit() ? MAX_LIMIT : MAX_AMOUNT;
    }

    /** The problem with one typed amount, if any. */
    public static RateProblem checkAmount(RateField field, String text) {
        if (text == null || text.isBlank()) {
            return RateProblem.REQUIRED;
        }
        BigDecimal value = parseAmount(text);
        if (value == null || value.scale() > 2) {
            return RateProblem.NOT_AN_AMOUNT;
        }
        Money money = Money.of(value);
        return money.isNegative() || money.compareTo(maxFor(field)) > 0 ? RateProblem.AMOUNT_OUT_OF_RANGE : null;
    }

    /** A typed amount such as "£1,234.50" or "0.45"; null when it cannot be read. */
    public static BigDecimal parseAmount(String text) {
        String plain = text.strip().replace("£", "").replace(",", "").strip();
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean isTargetDays(int days) {
        return days >= MIN_TARGET_DAYS && days <= MAX_TARGET_DAYS;
    }

    static Map<RateField, Money> amounts(PaymentRates r) {
        Map<RateField, Money> amounts = new EnumMap<>(RateField.class);
        amounts.put(RateField.FEE_HOURLY, r.feeHourly());
        amounts.put(RateField.FEE_HALF_DAY, r.feeHalfDay());
        amounts.put(RateField.FEE_DAY, r.feeDay());
        amounts.put(RateField.MILEAGE_FIRST_10000, r.mileageFirst10000());
        amounts.put(RateField.MILEAGE_AFTER_10000, r.mileageAfter10000());
        amounts.put(RateField.MILEAGE_PER_PASSENGER, r.mileagePerPassenger());
        amounts.put(RateField.CHILDCARE_HOURLY, r.childcareHourly());
        amounts.put(RateField.REPLACEMENT_CARER_HOURLY, r.replacementCarerHourly());
        amounts.put(RateField.SUPPORT_WORKER_HOURLY, r.supportWorkerHourly());
        amounts.put(RateField.SUBSISTENCE_LIMIT_DAY, r.subsistenceLimitDay());
        amounts.put(RateField.ESA_WEEKLY_LIMIT, r.esaWeeklyLimit());
        amounts.put(RateField.CARERS_ALLOWANCE_WEEKLY_LIMIT, r.carersAllowanceWeeklyLimit());
        amounts.put(RateField.TRADING_ALLOWANCE, r.tradingAllowance());
        return amounts;
    }
}
