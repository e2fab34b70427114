package org.fourpi.toolkit.payments;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.fourpi.toolkit.audit.AuditArea;
import org.fourpi.toolkit.audit.AuditChange;
import org.fourpi.toolkit.audit.AuditTrail;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.common.files.FileSignature;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.Messages;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims and the rules they follow: amounts worked out from the rates in force on the day, receipts
 * kept by the program, the way from draft to paid, corrections to paid claims only by adjusting lines,
 * warnings before approval, and an audit trail of every change with who made it.
 */
public final class ClaimService {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimService.class);

    /** Receipts larger than this are photos at full size: a phone can send a smaller one. */
    public static final long MAX_RECEIPT_BYTES = 10L * 1024 * 1024;

    private static final DateTimeFormatter AUDIT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final Database database;
    private final Clock clock;
    private final PaymentPolicyService policy;
    private final PaymentPreferencesService preferences;
    private final AttachmentStore receipts;
    private final Supplier<String> user;
    private final Messages texts;
    private final ClaimRepository repository = new ClaimRepository();
    private final AuditTrail auditTrail;

    /**
     * @param user  the name of the person using the computer, for the audit trail
     * @param texts the names of categories and statuses, for the audit trail
     */
    public ClaimService(Database database, Clock clock, PaymentPolicyService policy,
                        PaymentPreferencesService preferences, AttachmentStore receipts, Supplier<String> user,
                        Messages texts) {
        this(database, clock, policy, preferences, receipts, user, texts, AuditTrail.NONE);
    }

    /**
     * @param audit the audit log, which gets each entry of a claim's own trail too, in the same transaction,
     *              so that the log shows changes to claims beside every other change
     */
    public ClaimService(Database database, Clock clock, PaymentPolicyService policy,
                        PaymentPreferencesService preferences, AttachmentStore receipts, Supplier<String> user,
                        Messages texts, AuditTrail audit) {
        this.auditTrail = audit;
        this.database = database;
        this.clock = clock;
        this.policy = policy;
        this.preferences = preferences;
        this.receipts = receipts;
        this.user = user;
        this.texts = texts;
    }

    /** Lines with their worked-out amounts, or the problems that stop them being worked out. */
    public record WorkedOut(List<ClaimLine> lines, List<ClaimProblem> problems) {
        public Money owed() {
            return lines.stream().map(ClaimLine::owed).reduce(Money.ZERO, Money::plus);
        }
    }

    public Optional<Claim> find(long id) {
        return repository.find(database.dsl(), id);
    }

    /** Claims matching the filter, those waiting longest at the top. */
    public List<ClaimSummary> list(ClaimFilter filter) {
        return repository.list(database.dsl(), filter, today());
    }

    /**
     * The first claims matching the filter, in the order of {@link #list}, with how many match and what
     * all of them come to: a screen shows the start of a long list quickly, with totals that stay right.
     *
     * @param limit how many claims to read at most
     */
    public ClaimListing list(ClaimFilter filter, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("At least one claim is read");
        }
        DSLContext db = database.dsl();
        List<ClaimSummary> first = repository.first(db, filter, limit, today());
        if (first.size() < limit) {
            // A list that ends before the limit holds every matching claim: nothing more to count or add up.
            return ClaimListing.whole(first);
        }
        ClaimRepository.Totals totals = repository.totals(db, filter);
        return new ClaimListing(first, repository.count(db, filter), totals.owed(), totals.paidByOrganisation());
    }

    /** The claim's audit trail, oldest first; kept even when a draft was removed. */
    public List<AuditEntry> audit(long claimId) {
        return repository.audit(database.dsl(), claimId);
    }

    /** The people who already have a claim for a meeting, so a claim is not made for them twice. */
    public Set<Long> peopleWithClaimsFor(long meetingId) {
        return repository.peopleWithClaimsFor(database.dsl(), meetingId);
    }

    /**
     * A kept receipt as a file to open in the computer's viewer: the kept file, or when the data is
     * encrypted a plain copy in the data folder's temp folder.
     */
    public Path receiptFile(String storedName) {
        return receipts.viewableCopy(storedName);
    }

    /**
     * The amounts the program would work out for a form, to show as it is filled in; nothing is saved.
     *
     * @param claimId the claim being changed, or null for a new one
     */
    public WorkedOut preview(ClaimDraft draft, Long claimId) {
        List<ClaimProblem> problems = ClaimRules.check(draft, today());
        if (!problems.isEmpty()) {
            return new WorkedOut(List.of(), problems);
        }
        return workOut(database.dsl(), draft, claimId, now());
    }

    /**
     * Saves a new claim as a draft, keeping copies of its receipts.
     *
     * @throws InvalidClaimException naming each problem and its line; nothing is saved then
     */
    public Claim create(ClaimDraft draft) {
        return saveWithReceipts(draft, null);
    }

    /**
     * Saves changes to a draft or submitted claim.
     *
     * @throws InvalidClaimException when the claim has been approved, paid or rejected, or the form has
     *                               problems; nothing is changed then
     */
    public Claim update(long id, ClaimDraft draft) {
        return saveWithReceipts(draft, id);
    }

    /** Removes a draft claim and its receipts; the audit trail records it. Only drafts can be removed. */
    public void delete(long id) {
        Claim before = database.transactionResult(db -> {
            Claim claim = lockedClaim(db, id);
            if (claim.status() != ClaimStatus.DRAFT) {
                throw new InvalidClaimException(ClaimProblem.Kind.NOT_EDITABLE);
            }
            repository.delete(db, id);
            audit(db, id, claim.personId(), AuditEntry.Change.DELETED, describe(claim), null);
            return claim;
        });
        deleteReceipts(before.lines().stream().map(ClaimLine::receiptFile).toList());
    }

    /** A draft is handed in for approval today; the date it was submitted starts its wait. */
    public Claim submit(long id) {
        return submit(id, today());
    }

    /**
     * A draft handed in on an earlier day, such as a paper form that came by post.
     *
     * @throws InvalidClaimException when the date is in the future
     */
    public Claim submit(long id, LocalDate receivedOn) {
        checkNotFuture(receivedOn, ClaimProblem.Kind.SUBMITTED_DATE_INVALID);
        return move(id, Set.of(ClaimStatus.DRAFT), AuditEntry.Change.SUBMITTED,
                (db, claim) -> repository.markSubmitted(db, id, receivedOn, now()));
    }

    /**
     * What to weigh before approving: the person's watched earnings limit for the week (Monday to Sunday)
     * or tax year of the activity, and the trading allowance for the tax year, each counting the fees of
     * their approved and paid claims and this one.
     */
    public ApprovalWarnings warningsBeforeApproval(long id) {
        Claim claim = find(id).orElseThrow(() -> new InvalidClaimException(ClaimProblem.Kind.WRONG_STATUS));
        Money fees = claim.fees();
        if (fees.amount().signum() <= 0) {
            return ApprovalWarnings.NONE;
        }
        DSLContext db = database.dsl();
        LocalDate date = claim.activityDate();
        TaxYear year = TaxYear.of(date);
        Optional<ApprovalWarnings.LimitPassed> limit = preferences.weeklyOrYearlyLimitOn(claim.personId(), date)
                .flatMap(watched -> {
                    LocalDate from = watched.period() == LimitPeriod.WEEK
                            ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : year.start();
                    LocalDate to = watched.period() == LimitPeriod.WEEK ? from.plusDays(6) : year.end();
                    Money total = repository.approvedFeesBetween(db, claim.personId(), from, to, id).plus(fees);
                    return total.compareTo(watched.amount()) > 0
                            ? Optional.of(new ApprovalWarnings.LimitPassed(watched, from, to, total))
                            : Optional.empty();
                });
        Optional<ApprovalWarnings.AllowancePassed> allowance = policy.ratesOn(date).flatMap(rates -> {
            Money total = repository.approvedFeesBetween(db, claim.personId(), year.start(), year.end(), id).plus(fees);
            return total.compareTo(rates.tradingAllowance()) > 0
                    ? Optional.of(new ApprovalWarnings.AllowancePassed(year, rates.tradingAllowance(), total))
                    : Optional.empty();
        });
        return new ApprovalWarnings(limit, allowance);
    }

    /** A submitted claim is approved for payment today. */
    public Claim approve(long id) {
        return approve(id, today());
    }

    /**
     * A submitted claim approved on a given day.
     *
     * @throws InvalidClaimException when the date is in the future or before the claim was submitted
     */
    public Claim approve(long id, LocalDate on) {
        checkNotFuture(on, ClaimProblem.Kind.APPROVED_DATE_INVALID);
        return move(id, Set.of(ClaimStatus.SUBMITTED), AuditEntry.Change.APPROVED, (db, claim) -> {
            if (on.isBefore(claim.submittedOn())) {
                throw new InvalidClaimException(ClaimProblem.Kind.APPROVED_DATE_INVALID);
            }
            repository.markApproved(db, id, on, now());
        });
    }

    private void checkNotFuture(LocalDate date, ClaimProblem.Kind problem) {
        if (date == null || date.isAfter(today())) {
            throw new InvalidClaimException(problem);
        }
    }

    /**
     * An approved claim has been paid. From now on it is never changed or removed.
     *
     * @throws InvalidClaimException when the date is missing, in the future or before the claim was
     *                               submitted, the method is missing, or the reference is too long
     */
    public Claim markPaid(long id, LocalDate paidOn, PaymentMethod method, String reference) {
        String ref = reference == null ? "" : reference.strip();
        List<ClaimProblem> problems = new ArrayList<>();
        if (paidOn == null) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.PAID_DATE_MISSING));
        } else if (paidOn.isAfter(today())) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.PAID_DATE_IN_FUTURE));
        }
        if (method == null) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.METHOD_MISSING));
        }
        if (ref.length() > ClaimRules.MAX_REFERENCE) {
            problems.add(ClaimProblem.ofClaim(ClaimProblem.Kind.REFERENCE_TOO_LONG));
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        return move(id, Set.of(ClaimStatus.APPROVED), AuditEntry.Change.PAID, (db, claim) -> {
            if (claim.submittedOn() != null && paidOn.isBefore(claim.submittedOn())) {
                throw new InvalidClaimException(ClaimProblem.Kind.PAID_DATE_BEFORE_SUBMITTED);
            }
            repository.markPaid(db, id, paidOn, method, ref, now());
        });
    }

    /** A claim that will not be paid, with the reason the person will be told. */
    public Claim reject(long id, String reason) {
        String why = checkReason(reason);
        return move(id, Set.of(ClaimStatus.DRAFT, ClaimStatus.SUBMITTED, ClaimStatus.APPROVED),
                AuditEntry.Change.REJECTED, (db, claim) -> repository.markRejected(db, id, why, now()));
    }

    /** A submitted, approved or rejected claim goes back to being a draft, to be corrected. */
    public Claim reopen(long id) {
        return move(id, Set.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.REJECTED),
                AuditEntry.Change.REOPENED, (db, claim) -> repository.reopen(db, id, now()));
    }

    /**
     * Corrects a paid claim with a new line and its reason; nothing already on the claim changes. An
     * adjustment may take money off (a negative amount or quantity).
     *
     * @throws InvalidClaimException when the claim is not paid, the reason is missing or the line has problems
     */
    public Claim addAdjustment(long id, LineInput line, String reason) {
        String why = checkReason(reason);
        List<ClaimProblem> problems = ClaimRules.checkLine(line, true).stream()
                .map(kind -> new ClaimProblem(1, kind)).toList();
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        if (!(line.receipt() instanceof LineInput.Receipt.None)) {
            checkReceipt(line.receipt(), 1).ifPresent(p -> {
                throw new InvalidClaimException(List.of(p));
            });
        }
        List<String> stored = new ArrayList<>();
        LineInput kept = keep(line, stored);
        try {
            return database.transactionResult(db -> {
                Claim claim = lockedClaim(db, id);
                if (claim.status() != ClaimStatus.PAID) {
                    throw new InvalidClaimException(ClaimProblem.Kind.WRONG_STATUS);
                }
                ClaimDraft single = new ClaimDraft(claim.personId(), claim.activity(), claim.activityType(),
                        claim.activityDate(), claim.notes(), List.of(kept), claim.meetingId());
                WorkedOut worked = workOut(db, single, id, now(), true);
                if (!worked.problems().isEmpty()) {
                    throw new InvalidClaimException(worked.problems());
                }
                ClaimLine computed = worked.lines().getFirst();
                ClaimLine adjustment = new ClaimLine(0, computed.category(), computed.description(),
                        computed.feeUnit(), computed.quantity(), computed.passengers(), computed.amount(),
                        computed.paidByOrganisation(), why, computed.receiptFile(), computed.receiptName(),
                        computed.createdAt());
                repository.insertLine(db, id, repository.nextLinePosition(db, id), adjustment);
                repository.touch(db, id, now());
                audit(db, id, claim.personId(), AuditEntry.Change.ADJUSTED, null,
                        describeLine(adjustment) + " - " + why);
                return repository.find(db, id).orElseThrow();
            });
        } catch (RuntimeException e) {
            deleteReceipts(stored);
            throw e;
        }
    }

    private Claim saveWithReceipts(ClaimDraft draft, Long id) {
        List<ClaimProblem> problems = new ArrayList<>(ClaimRules.check(draft, today()));
        for (int i = 0; i < draft.lines().size(); i++) {
            checkReceipt(draft.lines().get(i).receipt(), i + 1).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        List<String> stored = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        try {
            List<LineInput> kept = new ArrayList<>();
            for (LineInput line : draft.lines()) {
                kept.add(keep(line, stored));
            }
            ClaimDraft keptDraft = new ClaimDraft(draft.personId(), draft.activity(), draft.activityType(),
                    draft.activityDate(), draft.notes(), kept, draft.meetingId());
            Claim saved = database.transactionResult(db -> {
                LocalDateTime now = now();
                Claim before = null;
                if (id != null) {
                    before = lockedClaim(db, id);
                    if (!before.status().isEditable()) {
                        throw new InvalidClaimException(ClaimProblem.Kind.NOT_EDITABLE);
                    }
                }
                WorkedOut worked = workOut(db, keptDraft, id, now);
                if (!worked.problems().isEmpty()) {
                    throw new InvalidClaimException(worked.problems());
                }
                long claimId;
                if (before == null) {
                    claimId = repository.insert(db, keptDraft, now);
                } else {
                    claimId = id;
                    repository.updateDetails(db, claimId, keptDraft, now);
                    repository.deleteLines(db, claimId);
                }
                int position = 1;
                for (ClaimLine line : worked.lines()) {
                    repository.insertLine(db, claimId, position++, line);
                }
                Claim after = repository.find(db, claimId).orElseThrow();
                if (before == null) {
                    audit(db, claimId, after.personId(), AuditEntry.Change.CREATED, null, describe(after));
                } else {
                    audit(db, claimId, after.personId(), AuditEntry.Change.CHANGED, describe(before), describe(after));
                    Set<String> stillUsed = new HashSet<>();
                    after.lines().forEach(l -> stillUsed.add(l.receiptFile()));
                    before.lines().stream().map(ClaimLine::receiptFile)
                            .filter(f -> f != null && !stillUsed.contains(f)).forEach(dropped::add);
                }
                return after;
            });
            deleteReceipts(dropped);
            return saved;
        } catch (RuntimeException e) {
            deleteReceipts(stored);
            throw e;
        }
    }

    private WorkedOut workOut(DSLContext db, ClaimDraft draft, Long claimId, LocalDateTime now) {
        return workOut(db, draft, claimId, now, false);
    }

    /** Works out each line's amount from the rates in force on the activity's date. */
    private WorkedOut workOut(DSLContext db, ClaimDraft draft, Long claimId, LocalDateTime now, boolean adjusting) {
        LocalDate date = draft.activityDate();
        Optional<PaymentRates> rates = policy.ratesOn(date);
        Optional<FeeRates> fees = policy.feesOn(date, draft.activityType());
        boolean declinesFees = preferences.find(draft.personId()).declinesFees();
        BigDecimal milesSoFar = null;
        Money subsistence = Money.ZERO;
        List<ClaimLine> lines = new ArrayList<>();
        List<ClaimProblem> problems = new ArrayList<>();
        for (int i = 0; i < draft.lines().size(); i++) {
            LineInput in = draft.lines().get(i);
            int place = i + 1;
            ClaimCategory category = in.category();
            if (category.basis() != ClaimCategory.Basis.AT_COST && rates.isEmpty()) {
                problems.add(new ClaimProblem(place, ClaimProblem.Kind.NO_RATES_ON_DATE));
                continue;
            }
            Money amount;
            switch (category.basis()) {
                case FEE -> {
                    if (declinesFees && !adjusting) {
                        problems.add(new ClaimProblem(place, ClaimProblem.Kind.FEES_DECLINED));
                        continue;
                    }
                    amount = fees.orElseThrow().per(in.feeUnit()).times(in.quantity());
                }
                case HOURLY -> amount = hourlyRate(rates.orElseThrow(), category).times(in.quantity());
                case MILEAGE -> {
                    if (milesSoFar == null) {
                        milesSoFar = repository.milesBefore(db, draft.personId(), TaxYear.of(date).start(), date,
                                claimId);
                    }
                    BigDecimal miles = in.quantity().abs();
                    Money journey = Mileage.amount(miles, in.passengers(), rates.orElseThrow(), milesSoFar);
                    amount = in.quantity().signum() < 0 ? Money.ZERO.minus(journey) : journey;
                    milesSoFar = milesSoFar.add(in.quantity()).max(BigDecimal.ZERO);
                }
                default -> amount = in.amount();
            }
            if (category == ClaimCategory.SUBSISTENCE && !adjusting) {
                subsistence = subsistence.plus(amount);
                if (subsistence.compareTo(rates.map(PaymentRates::subsistenceLimitDay).orElse(ClaimRules.MAX_LINE_AMOUNT)) > 0) {
                    problems.add(new ClaimProblem(place, ClaimProblem.Kind.SUBSISTENCE_OVER_LIMIT));
                }
            }
            String receiptFile = null;
            String receiptName = null;
            if (in.receipt() instanceof LineInput.Receipt.Kept kept) {
                receiptFile = kept.storedName();
                receiptName = kept.displayName();
            }
            lines.add(new ClaimLine(0, category, in.description(), category.basis() == ClaimCategory.Basis.FEE
                    ? in.feeUnit() : null, category.basis() == ClaimCategory.Basis.AT_COST ? null : in.quantity(),
                    category == ClaimCategory.MILEAGE ? in.passengers() : null, amount, in.paidByOrganisation(),
                    null, receiptFile, receiptName, now));
        }
        return new WorkedOut(problems.isEmpty() ? lines : List.of(), problems);
    }

    private static Money hourlyRate(PaymentRates rates, ClaimCategory category) {
        return switch (category) {
            case CHILDCARE -> rates.childcareHourly();
            case REPLACEMENT_CARER -> rates.replacementCarerHourly();
            case SUPPORT_WORKER -> rates.supportWorkerHourly();
            default -> throw new IllegalArgumentException("Not paid by the hour: " + category);
        };
    }

    /** A receipt must be a PDF, JPEG or PNG file no larger than {@link #MAX_RECEIPT_BYTES}, judged by its content. */
    private static Optional<ClaimProblem> checkReceipt(LineInput.Receipt receipt, int line) {
        if (!(receipt instanceof LineInput.Receipt.NewFile(Path file))) {
            return Optional.empty();
        }
        if (!FileSignature.isOrdinaryFile(file)) {
            return Optional.of(new ClaimProblem(line, ClaimProblem.Kind.RECEIPT_UNREADABLE));
        }
        try {
            if (Files.size(file) > MAX_RECEIPT_BYTES) {
                return Optional.of(new ClaimProblem(line, ClaimProblem.Kind.RECEIPT_TOO_LARGE));
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
            return ReceiptType.of(head).isPresent() ? Optional.empty()
                    : Optional.of(new ClaimProblem(line, ClaimProblem.Kind.RECEIPT_NOT_ALLOWED_TYPE));
        } catch (IOException | SecurityException e) {
            return Optional.of(new ClaimProblem(line, ClaimProblem.Kind.RECEIPT_UNREADABLE));
        }
    }

    /** Copies a new receipt into the program's store; the line then points at the kept copy. */
    private LineInput keep(LineInput line, List<String> stored) {
        if (!(line.receipt() instanceof LineInput.Receipt.NewFile(Path file))) {
            return line;
        }
        try {
            AttachmentStore.Stored copy = receipts.store(file, MAX_RECEIPT_BYTES);
            stored.add(copy.storedName());
            return line.withReceipt(new LineInput.Receipt.Kept(copy.storedName(), file.getFileName().toString()));
        } catch (AttachmentStore.RefusedException e) {
            throw new InvalidClaimException(List.of(ClaimProblem.ofClaim(
                    e.reason() == AttachmentStore.RefusedException.Reason.TOO_LARGE
                            ? ClaimProblem.Kind.RECEIPT_TOO_LARGE : ClaimProblem.Kind.RECEIPT_UNREADABLE)));
        }
    }

    private void deleteReceipts(List<String> storedNames) {
        for (String name : storedNames) {
            if (name == null) {
                continue;
            }
            try {
                receipts.delete(name);
            } catch (RuntimeException e) {
                LOG.warn("A receipt no longer used could not be deleted: {}", name, e);
            }
        }
    }

    private interface Step {
        void apply(DSLContext db, Claim claim);
    }

    private Claim move(long id, Set<ClaimStatus> from, AuditEntry.Change change, Step step) {
        return database.transactionResult(db -> {
            Claim before = lockedClaim(db, id);
            if (!from.contains(before.status())) {
                throw new InvalidClaimException(ClaimProblem.Kind.WRONG_STATUS);
            }
            step.apply(db, before);
            Claim after = repository.find(db, id).orElseThrow();
            audit(db, id, after.personId(), change, describeStatus(before), describeStatus(after));
            return after;
        });
    }

    private Claim lockedClaim(DSLContext db, long id) {
        repository.statusForUpdate(db, id).orElseThrow(() -> new InvalidClaimException(ClaimProblem.Kind.WRONG_STATUS));
        return repository.find(db, id).orElseThrow();
    }

    private static String checkReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidClaimException(ClaimProblem.Kind.REASON_MISSING);
        }
        if (why.length() > ClaimRules.MAX_REASON) {
            throw new InvalidClaimException(ClaimProblem.Kind.REASON_TOO_LONG);
        }
        return why;
    }

    private void audit(DSLContext db, long claimId, long personId, AuditEntry.Change change, String before,
                       String after) {
        repository.insertAudit(db, new AuditEntry(claimId, now(), user.get(), change, cut(before), cut(after)));
        auditTrail.record(db, AuditChange.of(AuditArea.PAYMENTS, "claim." + change.name(), claimId, personId,
                before, after));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    /** The claim in one readable line, for the audit trail. */
    private String describe(Claim claim) {
        StringBuilder text = new StringBuilder();
        text.append(texts.text("payments.audit.claim", claim.personName(), claim.activity(),
                AUDIT_DATE.format(claim.activityDate())));
        for (ClaimLine line : claim.lines()) {
            text.append("; ").append(describeLine(line));
        }
        text.append("; ").append(texts.text("payments.audit.total", claim.totalCost().format(Locale.UK)));
        return text.toString();
    }

    private String describeLine(ClaimLine line) {
        StringBuilder text = new StringBuilder(texts.text(line.category().labelKey()));
        if (!line.description().isEmpty()) {
            text.append(" (").append(line.description()).append(')');
        }
        if (line.quantity() != null) {
            String unit = line.feeUnit() != null ? texts.text(line.feeUnit().labelKey())
                    : texts.text(line.category() == ClaimCategory.MILEAGE ? "payments.audit.miles" : "payments.audit.hours");
            text.append(' ').append(line.quantity().stripTrailingZeros().toPlainString()).append(' ').append(unit);
        }
        text.append(' ').append(line.amount().format(Locale.UK));
        if (line.paidByOrganisation()) {
            text.append(' ').append(texts.text("payments.audit.paidByUs"));
        }
        return text.toString();
    }

    private String describeStatus(Claim claim) {
        String status = texts.text(claim.status().labelKey());
        return switch (claim.status()) {
            case PAID -> texts.text("payments.audit.paid", status, AUDIT_DATE.format(claim.paidOn()),
                    texts.text(claim.paymentMethod().labelKey()), claim.paymentReference());
            case REJECTED -> status + ": " + claim.rejectedReason();
            default -> status;
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
