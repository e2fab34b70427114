package org.fourpi.toolkit.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.money.TaxYear;

/**
 * Statements for one person and one tax year, and the payments ledger for the accounts. Lines are
 * chosen by the date of the activity, which is the date the claim is for.
 */
public final class PaymentStatementService {

    private static final EnumSet<ClaimStatus> COUNTED =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.PAID);
    private static final EnumSet<ClaimStatus> IN_LEDGER = EnumSet.complementOf(EnumSet.of(ClaimStatus.DRAFT));

    private final Database database;
    private final Clock clock;
    private final PaymentStatementRepository repository = new PaymentStatementRepository();

    public PaymentStatementService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * The person's claim lines that count (submitted, approved or paid) with an activity in the tax year.
     *
     * @throws IllegalArgumentException when there is no such person
     */
    public PaymentStatement statement(long personId, TaxYear year) {
        var db = database.dsl();
        String name = repository.personName(db, personId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        return new PaymentStatement(personId, name, year,
                repository.lines(db, COUNTED, Optional.of(year), personId));
    }

    /** Every claim line except those of drafts, for one tax year or, when empty, for every year. */
    public PaymentLedger ledger(Optional<TaxYear> year) {
        return new PaymentLedger(year, repository.lines(database.dsl(), IN_LEDGER, year, null));
    }

    /** The tax years that have claims other than drafts, and the current one; newest first. */
    public List<TaxYear> taxYears() {
        TreeSet<TaxYear> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(currentTaxYear());
        repository.activityDates(database.dsl()).stream().map(TaxYear::of).forEach(years::add);
        return List.copyOf(years);
    }

    public TaxYear currentTaxYear() {
        return TaxYear.of(LocalDate.now(clock));
    }
}
