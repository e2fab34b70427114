package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.ACTIVITY_FEE_RATE;
import static org.fourpi.toolkit.db.Tables.PAYMENT_POLICY_TEXT;
import static org.fourpi.toolkit.db.Tables.PAYMENT_RATES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes rate sets and the single row of policy text. */
final class PaymentPolicyRepository {

    private static final int ONLY_ROW = 1;

    /** Every set, the latest effective date first. */
    List<PaymentRates> all(DSLContext db) {
        return db.selectFrom(PAYMENT_RATES)
                .orderBy(PAYMENT_RATES.EFFECTIVE_FROM.desc())
                .fetch(PaymentPolicyRepository::toRates);
    }

    /** The set with the latest effective date on or before the given date. */
    Optional<PaymentRates> inForceOn(DSLContext db, LocalDate date) {
        return db.selectFrom(PAYMENT_RATES)
                .where(PAYMENT_RATES.EFFECTIVE_FROM.le(date))
                .orderBy(PAYMENT_RATES.EFFECTIVE_FROM.desc())
                .limit(1)
                .fetchOptional(PaymentPolicyRepository::toRates);
    }

    List<LocalDate> effectiveDates(DSLContext db) {
        return db.select(PAYMENT_RATES.EFFECTIVE_FROM).from(PAYMENT_RATES).fetch(PAYMENT_RATES.EFFECTIVE_FROM);
    }

    void insert(DSLContext db, PaymentRates r, LocalDateTime now) {
        db.insertInto(PAYMENT_RATES)
                .set(PAYMENT_RATES.EFFECTIVE_FROM, r.effectiveFrom())
                .set(PAYMENT_RATES.FEE_HOURLY, r.feeHourly().amount())
                .set(PAYMENT_RATES.FEE_HALF_DAY, r.feeHalfDay().amount())
                .set(PAYMENT_RATES.FEE_DAY, r.feeDay().amount())
                .set(PAYMENT_RATES.MILEAGE_FIRST_10000, r.mileageFirst10000().amount())
                .set(PAYMENT_RATES.MILEAGE_AFTER_10000, r.mileageAfter10000().amount())
                .set(PAYMENT_RATES.MILEAGE_PER_PASSENGER, r.mileagePerPassenger().amount())
                .set(PAYMENT_RATES.CHILDCARE_HOURLY, r.childcareHourly().amount())
                .set(PAYMENT_RATES.REPLACEMENT_CARER_HOURLY, r.replacementCarerHourly().amount())
                .set(PAYMENT_RATES.SUPPORT_WORKER_HOURLY, r.supportWorkerHourly().amount())
                .set(PAYMENT_RATES.SUBSISTENCE_LIMIT_DAY, r.subsistenceLimitDay().amount())
                .set(PAYMENT_RATES.TARGET_DAYS_TO_PAY, r.targetDaysToPay())
                .set(PAYMENT_RATES.ESA_WEEKLY_LIMIT, r.esaWeeklyLimit().amount())
                .set(PAYMENT_RATES.CARERS_ALLOWANCE_WEEKLY_LIMIT, r.carersAllowanceWeeklyLimit().amount())
                .set(PAYMENT_RATES.TRADING_ALLOWANCE, r.tradingAllowance().amount())
                .set(PAYMENT_RATES.CREATED_AT, now)
                .execute();
    }

    /** The activity fees of the set taking effect on a date, by activity name. */
    List<ActivityFee> activityFees(DSLContext db, LocalDate effectiveFrom) {
        return db.selectFrom(ACTIVITY_FEE_RATE)
                .where(ACTIVITY_FEE_RATE.EFFECTIVE_FROM.eq(effectiveFrom))
                .orderBy(ACTIVITY_FEE_RATE.ACTIVITY_TYPE)
                .fetch(r -> new ActivityFee(r.getActivityType(), new FeeRates(money(r.getFeeHourly()),
                        money(r.getFeeHalfDay()), money(r.getFeeDay()))));
    }

    void replaceActivityFees(DSLContext db, LocalDate effectiveFrom, List<ActivityFee> fees) {
        db.deleteFrom(ACTIVITY_FEE_RATE).where(ACTIVITY_FEE_RATE.EFFECTIVE_FROM.eq(effectiveFrom)).execute();
        for (ActivityFee fee : fees) {
            db.insertInto(ACTIVITY_FEE_RATE)
                    .set(ACTIVITY_FEE_RATE.EFFECTIVE_FROM, effectiveFrom)
                    .set(ACTIVITY_FEE_RATE.ACTIVITY_TYPE, fee.activityType())
                    .set(ACTIVITY_FEE_RATE.FEE_HOURLY, fee.fees().hourly().amount())
                    .set(ACTIVITY_FEE_RATE.FEE_HALF_DAY, fee.fees().halfDay().amount())
                    .set(ACTIVITY_FEE_RATE.FEE_DAY, fee.fees().day().amount())
                    .execute();
        }
    }

    Optional<String> policyText(DSLContext db) {
        return db.select(PAYMENT_POLICY_TEXT.POLICY_TEXT).from(PAYMENT_POLICY_TEXT)
                .where(PAYMENT_POLICY_TEXT.ID.eq(ONLY_ROW))
                .fetchOptional(PAYMENT_POLICY_TEXT.POLICY_TEXT);
    }

    void savePolicyText(DSLContext db, String text, LocalDateTime now) {
        db.insertInto(PAYMENT_POLICY_TEXT, PAYMENT_POLICY_TEXT.ID, PAYMENT_POLICY_TEXT.POLICY_TEXT,
                        PAYMENT_POLICY_TEXT.UPDATED_AT)
                .values(ONLY_ROW, text, now)
                .onDuplicateKeyUpdate()
                .set(PAYMENT_POLICY_TEXT.POLICY_TEXT, text)
                .set(PAYMENT_POLICY_TEXT.UPDATED_AT, now)
                .execute();
    }

    private static PaymentRates toRates(Record r) {
        return new PaymentRates(r.get(PAYMENT_RATES.EFFECTIVE_FROM),
                money(r.get(PAYMENT_RATES.FEE_HOURLY)),
                money(r.get(PAYMENT_RATES.FEE_HALF_DAY)),
                money(r.get(PAYMENT_RATES.FEE_DAY)),
                money(r.get(PAYMENT_RATES.MILEAGE_FIRST_10000)),
                money(r.get(PAYMENT_RATES.MILEAGE_AFTER_10000)),
                money(r.get(PAYMENT_RATES.MILEAGE_PER_PASSENGER)),
                money(r.get(PAYMENT_RATES.CHILDCARE_HOURLY)),
                money(r.get(PAYMENT_RATES.REPLACEMENT_CARER_HOURLY)),
                money(r.get(PAYMENT_RATES.SUPPORT_WORKER_HOURLY)),
                money(r.get(PAYMENT_RATES.SUBSISTENCE_LIMIT_DAY)),
                r.get(PAYMENT_RATES.TARGET_DAYS_TO_PAY),
                money(r.get(PAYMENT_RATES.ESA_WEEKLY_LIMIT)),
                money(r.get(PAYMENT_RATES.CARERS_ALLOWANCE_WEEKLY_LIMIT)),
                money(r.get(PAYMENT_RATES.TRADING_ALLOWANCE)));
    }

    private static Money money(BigDecimal amount) {
        return Money.of(amount);
    }
}
