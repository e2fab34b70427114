package org.fourpi.toolkit.payments;

import static org.fourpi.toolkit.db.Tables.PERSON_PAYMENT_PREFERENCES;

import java.time.LocalDateTime;
import java.util.Optional;

import org.fourpi.toolkit.common.money.Money;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads and writes each person's payment preferences, one row a person. */
final class PaymentPreferencesRepository {

    Optional<PaymentPreferences> find(DSLContext db, long personId) {
        return db.selectFrom(PERSON_PAYMENT_PREFERENCES)
                .where(PERSON_PAYMENT_PREFERENCES.PERSON_ID.eq(personId))
                .fetchOptional(PaymentPreferencesRepository::toPreferences);
    }

    boolean any(DSLContext db) {
        return db.fetchExists(PERSON_PAYMENT_PREFERENCES);
    }

    void save(DSLContext db, long personId, PaymentPreferences p, LocalDateTime now) {
        String method = p.method() == null ? null : p.method().name();
        var amount = p.customLimit() == null ? null : p.customLimit().amount();
        db.insertInto(PERSON_PAYMENT_PREFERENCES)
                .set(PERSON_PAYMENT_PREFERENCES.PERSON_ID, personId)
                .set(PERSON_PAYMENT_PREFERENCES.METHOD, method)
                .set(PERSON_PAYMENT_PREFERENCES.DECLINES_FEES, p.declinesFees())
                .set(PERSON_PAYMENT_PREFERENCES.LIMIT_KIND, p.limit().name())
                .set(PERSON_PAYMENT_PREFERENCES.CUSTOM_LIMIT, amount)
                .set(PERSON_PAYMENT_PREFERENCES.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(PERSON_PAYMENT_PREFERENCES.METHOD, method)
                .set(PERSON_PAYMENT_PREFERENCES.DECLINES_FEES, p.declinesFees())
                .set(PERSON_PAYMENT_PREFERENCES.LIMIT_KIND, p.limit().name())
                .set(PERSON_PAYMENT_PREFERENCES.CUSTOM_LIMIT, amount)
                .set(PERSON_PAYMENT_PREFERENCES.UPDATED_AT, now)
                .execute();
    }

    private static PaymentPreferences toPreferences(Record r) {
        String method = r.get(PERSON_PAYMENT_PREFERENCES.METHOD);
        String limit = r.get(PERSON_PAYMENT_PREFERENCES.LIMIT_KIND);
        var amount = r.get(PERSON_PAYMENT_PREFERENCES.CUSTOM_LIMIT);
        return new PaymentPreferences(method == null ? null : PaymentMethod.valueOf(method),
                r.get(PERSON_PAYMENT_PREFERENCES.DECLINES_FEES),
                limit == null ? EarningsLimit.NONE : EarningsLimit.valueOf(limit),
                amount == null ? null : Money.of(amount));
    }
}
