package org.fourpi.toolkit.backup;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.Messages;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The integrity check: every table reads right through, every link between records points at a record
 * that is there, every attached file a record names is there and reads fully, every claim adds up to the
 * total recorded when it was entered, and a recent backup exists. The report is in plain words.
 */
public final class IntegrityCheckService {

    /** A backup older than this is reported as a problem. */
    static final Duration BACKUP_TOO_OLD = Duration.ofDays(7);
    private static final Pattern MONEY = Pattern.compile("(-?)£([0-9,]+\\.[0-9]{2})");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final Database database;
    private final AttachmentStore attachments;
    private final Supplier<Optional<LocalDateTime>> lastBackup;
    private final Clock clock;
    private final Messages texts;
    private final CheckRepository repository = new CheckRepository();

    public IntegrityCheckService(Database database, AttachmentStore attachments,
                                 Supplier<Optional<LocalDateTime>> lastBackup, Clock clock, Messages texts) {
        this.database = database;
        this.attachments = attachments;
        this.lastBackup = lastBackup;
        this.clock = clock;
        this.texts = texts;
    }

    public CheckReport check() {
        DSLContext db = database.dsl();
        List<CheckFinding> findings = new ArrayList<>();
        checkTables(db, findings);
        checkLinks(db, findings);
        checkFiles(db, findings);
        checkClaims(db, findings);
        checkBackup(findings);
        return new CheckReport(findings);
    }

    private void checkTables(DSLContext db, List<CheckFinding> findings) {
        List<String> tables = repository.tables(db);
        List<String> unreadable = new ArrayList<>();
        long rows = 0;
        for (String table : tables) {
            try {
                rows += repository.readAll(db, table);
            } catch (DataAccessException e) {
                unreadable.add(table.toLowerCase(Locale.ROOT));
            }
        }
        findings.add(unreadable.isEmpty()
                ? new CheckFinding(true, texts.text("backup.check.tables.ok", tables.size(), rows))
                : new CheckFinding(false, texts.text("backup.check.tables.bad", String.join(", ", unreadable))));
    }

    private void checkLinks(DSLContext db, List<CheckFinding> findings) {
        List<CheckRepository.Link> links = repository.links(db);
        List<String> broken = new ArrayList<>();
        for (CheckRepository.Link link : links) {
            int count = repository.broken(db, link);
            if (count > 0) {
                broken.add(texts.text("backup.check.links.one", count, link.table().toLowerCase(Locale.ROOT),
                        link.toTable().toLowerCase(Locale.ROOT)));
            }
        }
        findings.add(broken.isEmpty()
                ? new CheckFinding(true, texts.text("backup.check.links.ok", links.size()))
                : new CheckFinding(false, texts.text("backup.check.links.bad", String.join("; ", broken))));
    }

    private void checkFiles(DSLContext db, List<CheckFinding> findings) {
        List<CheckRepository.NamedFile> files = repository.attachedFiles(db);
        List<String> missing = new ArrayList<>();
        for (CheckRepository.NamedFile file : files) {
            if (!readsFully(file)) {
                missing.add(file.shownName());
            }
        }
        findings.add(missing.isEmpty()
                ? new CheckFinding(true, texts.text("backup.check.files.ok", files.size()))
                : new CheckFinding(false, texts.text("backup.check.files.bad", missing.size(),
                        String.join(", ", missing))));
    }

    /** Reads the kept file through to its end (decrypting it when the data is locked, which checks it too). */
    private boolean readsFully(CheckRepository.NamedFile file) {
        long size = 0;
        try (InputStream in = attachments.open(file.storedName())) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return file.size() == null || file.size() == size;
    }

    private void checkClaims(DSLContext db, List<CheckFinding> findings) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CheckRepository.ClaimTotals claim : repository.claimTotals(db)) {
            Optional<BigDecimal> recorded = lastAmount(claim.recorded());
            if (recorded.isEmpty()) {
                continue;
            }
            checked++;
            Money expected = Money.of(recorded.get().add(claim.adjustmentsSince()));
            Money lines = Money.of(claim.lines());
            if (expected.compareTo(lines) != 0) {
                wrong.add(texts.text("backup.check.claims.one", claim.claimId(), lines.format(Locale.UK),
                        expected.format(Locale.UK)));
            }
        }
        findings.add(wrong.isEmpty()
                ? new CheckFinding(true, texts.text("backup.check.claims.ok", checked))
                : new CheckFinding(false, texts.text("backup.check.claims.bad", String.join("; ", wrong))));
    }

    /** The total at the end of an audit line such as "...; total £12.50". */
    private static Optional<BigDecimal> lastAmount(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = MONEY.matcher(text);
        BigDecimal last = null;
        while (m.find()) {
            BigDecimal amount = new BigDecimal(m.group(2).replace(",", ""));
            last = m.group(1).isEmpty() ? amount : amount.negate();
        }
        return Optional.ofNullable(last);
    }

    private void checkBackup(List<CheckFinding> findings) {
        Optional<LocalDateTime> last = lastBackup.get();
        if (last.isEmpty()) {
            findings.add(new CheckFinding(false, texts.text("backup.check.backup.none")));
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        long days = Math.max(0, Duration.between(last.get(), now).toDays());
        boolean recent = Duration.between(last.get(), now).compareTo(BACKUP_TOO_OLD) <= 0;
        findings.add(new CheckFinding(recent, texts.text(recent ? "backup.check.backup.ok" : "backup.check.backup.old",
                WHEN.format(last.get()), days)));
    }
}
