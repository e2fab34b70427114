package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.common.money.Money;

/**
 * The one rule for fees for particular activities, used by the form and by the service: each row has a
 * name of at most 80 characters not used by another row, and an hourly, half-day and day fee from £0 to
 * £10,000.
 */
public final class ActivityFeeRules {

    public static final Money MAX_AMOUNT = RateRules.MAX_AMOUNT;

    private ActivityFeeRules() {
    }

    /** Every problem with saved-form fees, row by row in field order; empty when they can be saved. */
    public static List<ActivityFeeProblem> check(List<ActivityFee> fees) {
        List<ActivityFeeProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fees.size(); i++) {
            ActivityFee fee = fees.get(i);
            int row = i + 1;
            checkName(row, fee.activityType(), names, problems);
            FeeRates rates = fee.fees();
            checkAmount(row, ActivityFeeField.HOURLY, rates == null ? null : rates.hourly(), problems);
            checkAmount(row, ActivityFeeField.HALF_DAY, rates == null ? null : rates.halfDay(), problems);
            checkAmount(row, ActivityFeeField.DAY, rates == null ? null : rates.day(), problems);
        }
        return problems;
    }

    /**
     * Every problem with rows as typed (name, hourly, half day, day), so a form can name them all at once.
     *
     * @param rows each row's texts by field; a missing text counts as empty
     */
    public static List<ActivityFeeProblem> checkTyped(List<Map<ActivityFeeField, String>> rows) {
        List<ActivityFeeProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<ActivityFeeField, String> row = rows.get(i);
            int place = i + 1;
            String name = row.getOrDefault(ActivityFeeField.NAME, "");
            checkName(place, name == null ? "" : name.strip(), names, problems);
            for (ActivityFeeField field : List.of(ActivityFeeField.HOURLY, ActivityFeeField.HALF_DAY,
                    ActivityFeeField.DAY)) {
                String text = row.get(field);
                if (text == null || text.isBlank()) {
                    problems.add(new ActivityFeeProblem(place, field, ActivityFeeProblem.Kind.AMOUNT_MISSING));
                    continue;
                }
                BigDecimal value = RateRules.parseAmount(text);
                if (value == null || value.scale() > 2) {
                    problems.add(new ActivityFeeProblem(place, field, ActivityFeeProblem.Kind.NOT_AN_AMOUNT));
                } else {
                    checkAmount(place, field, Money.of(value), problems);
                }
            }
        }
        return problems;
    }

    private static void checkName(int row, String name, Set<String> seen, List<ActivityFeeProblem> problems) {
        if (name.isEmpty()) {
            problems.add(new ActivityFeeProblem(row, ActivityFeeField.NAME, ActivityFeeProblem.Kind.NAME_MISSING));
        } else if (name.length() > ActivityFee.MAX_TYPE_LENGTH) {
            problems.add(new ActivityFeeProblem(row, ActivityFeeField.NAME, ActivityFeeProblem.Kind.NAME_TOO_LONG));
        } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
            problems.add(new ActivityFeeProblem(row, ActivityFeeField.NAME, ActivityFeeProblem.Kind.NAME_REPEATED));
        }
    }

    private static void checkAmount(int row, ActivityFeeField field, Money amount, List<ActivityFeeProblem> problems) {
        if (amount == null) {
            problems.add(new ActivityFeeProblem(row, field, ActivityFeeProblem.Kind.AMOUNT_MISSING));
        } else if (amount.isNegative() || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new ActivityFeeProblem(row, field, ActivityFeeProblem.Kind.AMOUNT_OUT_OF_RANGE));
        }
    }
}
