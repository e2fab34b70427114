package org.fourpi.toolkit.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.jooq.DSLContext;

/**
 * The audit log of people, payments and settings: writes each change with who made it and when, in the
 * transaction of the change, and reads the log back a page at a time, newest first. Values are written
 * as the coordinator reads them (money as 12.50, dates as 27/11/2026, choices by their names), so the
 * log reads the same in years, whatever becomes of the records.
 */
public final class AuditService implements AuditTrail {

    /** The longest value kept; longer ones are cut, with "..." at the end. */
    public static final int MAX_VALUE = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Database database;
    private final Clock clock;
    private final Supplier<String> user;
    private final Messages texts;
    private final AuditRepository repository = new AuditRepository();

    /**
     * @param user  the name of the person using the computer, kept as "who" with each change
     * @param texts the names of choices, to write them as people read them
     */
    public AuditService(Database database, Clock clock, Supplier<String> user, Messages texts) {
        this.database = database;
        this.clock = clock;
        this.user = user;
        this.texts = texts;
    }

    @Override
    public void record(DSLContext db, List<AuditChange> changes) {
        List<AuditRepository.Entry> entries = changes.stream()
                .map(c -> new AuditRepository.Entry(c.area(), c.what(), c.recordId(), c.personId(), c.field(),
                        text(c.before()), text(c.after())))
                .toList();
        if (entries.isEmpty()) {
            return;
        }
        String who = Objects.requireNonNullElse(user.get(), "");
        repository.insert(db, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                who.length() > 100 ? who.substring(0, 100) : who, entries);
    }

    /** One page of the entries the filter lets through, newest first. */
    public List<AuditEntryRow> page(AuditFilter filter, int offset, int limit) {
        return repository.page(database.dsl(), filter, offset, limit);
    }

    /** How many entries the filter lets through. */
    public int count(AuditFilter filter) {
        return repository.count(database.dsl(), filter);
    }

    /**
     * Hands every entry the filter lets through to {@code each}, newest first, a chunk at a time, so that
     * a long log never sits in memory at once. Stops between chunks when asked to.
     *
     * @return how many entries were handed over
     */
    public int forEach(AuditFilter filter, Consumer<AuditEntryRow> each, Progress progress, String message) {
        int total = count(filter);
        int done = 0;
        AuditEntryRow last = null;
        while (true) {
            if (progress.isCancelRequested()) {
                throw new java.util.concurrent.CancellationException();
            }
            List<AuditEntryRow> chunk = repository.after(database.dsl(), filter, last, 2000);
            if (chunk.isEmpty()) {
                return done;
            }
            chunk.forEach(each);
            done += chunk.size();
            last = chunk.getLast();
            progress.update(done, Math.max(total, done), message);
        }
    }

    /** A value as the coordinator reads it; null when there is none. */
    String text(Object value) {
        String text = switch (value) {
            case null -> null;
            case String s -> s;
            case Money m -> m.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
            case BigDecimal b -> b.stripTrailingZeros().scale() < 0 ? b.setScale(0).toPlainString()
                    : b.stripTrailingZeros().toPlainString();
            case LocalDate d -> DATE.format(d);
            case LocalTime t -> TIME.format(t);
            case LocalDateTime t -> DATE.format(t) + " " + TIME.format(t);
            case Boolean b -> texts.text(b ? "audit.value.yes" : "audit.value.no");
            case Labelled l -> texts.text(l.labelKey());
            case Collection<?> c -> c.stream().map(this::text).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE - 3) + "...";
    }
}
