package org.fourpi.toolkit.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fourpi.toolkit.common.money.Money;

/**
 * The rules a claim form must meet before the program works out its amounts: what must be there, and
 * the ranges of hours, days, miles and amounts. Each problem names its line.
 */
public final class ClaimRules {

    public static final int MAX_ACTIVITY = 200;
    public static final int MAX_DESCRIPTION = 200;
    public static final int MAX_NOTES = 2000;
    public static final int MAX_REASON = 500;
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_LINES = 40;
    public static final int MAX_PASSENGERS = 8;
    public static final Money MAX_LINE_AMOUNT = Money.of("10000.00");
    public static final BigDecimal MAX_HOURS = new BigDecimal("24");
    public static final BigDecimal MAX_DAYS = new BigDecimal("31");
    public static final BigDecimal MAX_MILES = new BigDecimal("2000");

    private ClaimRules() {
    }

    /** Every problem with a claim form, the claim's own first, then line by line; empty when it can be saved. */
    public static List<ClaimProblem> check(ClaimDraft draft, LocalDate today) {
        List<ClaimProblem> problems = new ArrayList<>();
        if (draft.personId() <= 0) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.PERSON_MISSING));
        }
        if (draft.activity().isEmpty()) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.ACTIVITY_MISSING));
        } else if (draft.activity().length() > MAX_ACTIVITY || draft.activityType().length() > ActivityFee.MAX_TYPE_LENGTH) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.ACTIVITY_TOO_LONG));
        }
        if (draft.activityDate() == null) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.DATE_MISSING));
        } else if (draft.activityDate().isAfter(today.plusYears(1))) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.DATE_IN_FUTURE));
        }
        if (draft.notes().length() > MAX_NOTES) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.NOTES_TOO_LONG));
        }
        if (draft.lines().isEmpty()) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.NO_LINES));
        } else if (draft.lines().size() > MAX_LINES) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.TOO_MANY_LINES));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            int line = i + 1;
            checkLine(draft.lines().get(i), false).forEach(kind -> problems.add(new ClaimProblem(line, kind)));
        }
        return problems;
    }

    /**
     * The problems with one line as entered.
     *
     * @param adjustment an adjustment may take money off (a negative amount) but may not be zero
     */
    public static List<ClaimProblem.Kind> checkLine(LineInput line, boolean adjustment) {
        List<ClaimProblem.Kind> kinds = new ArrayList<>();
        if (line.description().length() > MAX_DESCRIPTION) {
            kinds.add(ClaimProblem.Kind.DESCRIPTION_TOO_LONG);
        }
        if (line.category() == null) {
            kinds.add(ClaimProblem.Kind.AMOUNT_MISSING);
            return kinds;
        }
        switch (line.category().basis()) {
            case FEE -> {
                if (line.feeUnit() == null) {
                    kinds.add(ClaimProblem.Kind.FEE_UNIT_MISSING);
                }
                checkQuantity(line.quantity(), line.feeUnit() == FeeUnit.HOURS ? MAX_HOURS : MAX_DAYS, adjustment, kinds);
            }
            case HOURLY -> checkQuantity(line.quantity(), MAX_HOURS, adjustment, kinds);
            case MILEAGE -> {
                checkQuantity(line.quantity(), MAX_MILES, adjustment, kinds);
                if (line.quantity() != null && line.quantity().stripTrailingZeros().scale() > 1) {
                    kinds.add(ClaimProblem.Kind.MILES_NOT_TENTHS);
                }
                if (line.passengers() < 0 || line.passengers() > MAX_PASSENGERS) {
                    kinds.add(ClaimProblem.Kind.PASSENGERS_OUT_OF_RANGE);
                }
            }
            case AT_COST -> {
                if (line.amount() == null) {
                    kinds.add(ClaimProblem.Kind.AMOUNT_MISSING);
                } else if (outOfRange(line.amount().amount(), MAX_LINE_AMOUNT.amount(), adjustment)) {
                    kinds.add(adjustment && line.amount().isZero() ? ClaimProblem.Kind.ADJUSTMENT_ZERO
                            : ClaimProblem.Kind.AMOUNT_OUT_OF_RANGE);
                }
            }
        }
        return kinds;
    }

    private static void checkQuantity(BigDecimal quantity, BigDecimal max, boolean adjustment,
                                      List<ClaimProblem.Kind> kinds) {
        if (quantity == null) {
            kinds.add(ClaimProblem.Kind.QUANTITY_MISSING);
        } else if (quantity.scale() > 2 && quantity.stripTrailingZeros().scale() > 2) {
            kinds.add(ClaimProblem.Kind.QUANTITY_OUT_OF_RANGE);
        } else if (outOfRange(quantity, max, adjustment)) {
            kinds.add(adjustment && quantity.signum() == 0 ? ClaimProblem.Kind.ADJUSTMENT_ZERO
                    : ClaimProblem.Kind.QUANTITY_OUT_OF_RANGE);
        }
    }

    /** Above zero and at most the maximum; an adjustment may also be below zero, down to minus the maximum. */
    private static boolean outOfRange(BigDecimal value, BigDecimal max, boolean adjustment) {
        if (value.abs().compareTo(max) > 0 || value.signum() == 0) {
            return true;
        }
        return value.signum() < 0 && !adjustment;
    }
}
