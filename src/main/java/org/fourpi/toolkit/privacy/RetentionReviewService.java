package org.fourpi.toolkit.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.db.Database;
import org.jooq.DSLContext;

/**
 * The retention review: what has been kept longer than it needs to be, and its removal once someone
 * confirms. Payment records of erased people go 6 years after the end of their financial year; people
 * who left more than {@link RetentionRules#LEFT_YEARS} years ago, with no payment records still needed,
 * are erased and their payment records removed.
 */
public final class RetentionReviewService {

    private final Database database;
    private final Clock clock;
    private final ErasureService erasure;
    private final HeldFiles files;
    private final PrivacyRepository repository = new PrivacyRepository();

    public RetentionReviewService(Database database, Clock clock, ErasureService erasure, HeldFiles files) {
        this.database = database;
        this.clock = clock;
        this.erasure = erasure;
        this.files = files;
    }

    /** What has passed its time today, oldest first; call it away from the JavaFX thread. */
    public List<RetentionItem> review() {
        return review(database.dsl(), LocalDate.now(clock));
    }

    private List<RetentionItem> review(DSLContext db, LocalDate today) {
        List<RetentionItem> items = new ArrayList<>();
        Map<Long, List<PrivacyRepository.KeptClaim>> byPerson = repository.claimsOfErasedPeople(db).stream()
                .filter(c -> RetentionRules.paymentPassed(c.counted(), today))
                .collect(Collectors.groupingBy(PrivacyRepository.KeptClaim::personId));
        byPerson.forEach((person, claims) -> items.add(new RetentionItem(RetentionItem.Kind.PAYMENTS_OF_ERASED,
                person, repository.nameOf(db, person), claims.size(),
                claims.stream().map(c -> RetentionRules.keepPaymentUntil(c.counted()))
                        .max(Comparator.naturalOrder()).orElseThrow())));
        for (PrivacyRepository.LeftPerson left : repository.peopleWhoLeft(db)) {
            LocalDate keepUntil = RetentionRules.keepLeaverUntil(left.leftOn());
            List<PrivacyRepository.KeptClaim> claims = repository.claimsOf(db, left.personId());
            boolean paymentsNeeded = claims.stream().anyMatch(c -> !RetentionRules.paymentPassed(c.counted(), today));
            if (today.isAfter(keepUntil) && !paymentsNeeded) {
                items.add(new RetentionItem(RetentionItem.Kind.LEFT_LONG_AGO, left.personId(), left.name(),
                        claims.size(), keepUntil));
            }
        }
        items.sort(Comparator.comparing(RetentionItem::keptUntil).thenComparing(RetentionItem::name));
        return items;
    }

    /**
     * Removes the ticked items in one transaction, checking each again first: an item no longer past
     * its time (someone came back, say) is left alone. Files go once the transaction is saved.
     */
    public PurgeResult purge(List<RetentionItem> ticked) {
        LocalDate today = LocalDate.now(clock);
        record Done(int claims, int people, List<String> storedFiles) {
        }
        Done done = database.transactionResult(db -> {
            Set<String> wanted = ticked.stream().map(i -> i.kind() + ":" + i.personId()).collect(Collectors.toSet());
            int claims = 0;
            int people = 0;
            List<String> stored = new ArrayList<>();
            for (RetentionItem item : review(db, today)) {
                if (!wanted.contains(item.kind() + ":" + item.personId())) {
                    continue;
                }
                if (item.kind() == RetentionItem.Kind.LEFT_LONG_AGO) {
                    stored.addAll(erasure.eraseIn(db, item.personId()).storedFiles());
                    people++;
                }
                List<Long> passed = repository.claimsOf(db, item.personId()).stream()
                        .filter(c -> RetentionRules.paymentPassed(c.counted(), today))
                        .map(PrivacyRepository.KeptClaim::claimId).toList();
                stored.addAll(repository.deleteClaims(db, passed));
                claims += passed.size();
            }
            return new Done(claims, people, stored);
        });
        return new PurgeResult(done.claims(), done.people(), files.deleteAll(done.storedFiles()));
    }
}
