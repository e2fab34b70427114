package org.fourpi.toolkit.payments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

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

    /** The totals of a tax year's ledger (what the ledger shows at its bottom), added up by the database. */
    public LedgerTotals taxYearTotals(TaxYear year) {
        return ledgerTotals(Optional.of(year));
    }

    /** The totals of the ledger for one tax year or, when empty, for every year, added up by the database. */
    public LedgerTotals ledgerTotals(Optional<TaxYear> year) {
        return repository.totals(database.dsl(), IN_LEDGER, year);
    }

    /**
     * Reads the ledger to write it out: its totals first, then its lines in ledger order. The lines are read
     * in one transaction and held in a compact form (about 100 MB for half a million lines), each claim's let go
     * once it has been taken.
     */
    public <T> T readLedger(Optional<TaxYear> year, LedgerReader<T> reader) {
        return database.transactionResult(db -> {
            PaymentStatementRepository.LoadedLedger ledger = repository.loadLedger(db, IN_LEDGER, year);
            try (Stream<LedgerLine> lines = ledger.lines()) {
                return reader.read(ledger.totals(), lines);
            }
        });
    }

    /** What reads the ledger line by line; see {@link #readLedger}. */
    @FunctionalInterface
    public interface LedgerReader<T> {

        /**
         * @param totals the ledger's totals, with how many lines there are
         * @param lines  the lines in ledger order, read from the database as they are taken
         */
        T read(LedgerTotals totals, Stream<LedgerLine> lines);
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
