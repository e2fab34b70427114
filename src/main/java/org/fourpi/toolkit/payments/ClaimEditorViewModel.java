package org.fourpi.toolkit.payments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * One claim on the Claims tab: its details and lines with the amounts worked out as they are typed,
 * the problems that stop it being saved (naming the line and field), the steps from draft to paid that
 * apply to it now, adjustments to a paid claim, and its audit trail.
 */
public final class ClaimEditorViewModel {

    /** One change in the claim's audit trail, as shown. */
    public record AuditRow(String when, String who, String what, String before, String after) {
    }

    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    private static final java.util.Set<ClaimProblem.Kind> NOT_GIVEN_YET = java.util.Set.of(
            ClaimProblem.Kind.QUANTITY_MISSING, ClaimProblem.Kind.AMOUNT_MISSING, ClaimProblem.Kind.FEE_UNIT_MISSING);

    private final ClaimService claims;
    private final PaymentPolicyService policy;
    private final PaymentPreferencesService preferences;
    private final Supplier<List<PersonChoice>> people;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Path> showReceipt;
    private Consumer<String> closed = message -> { };

    private final ObservableList<PersonChoice> personChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PersonChoice> person = new SimpleObjectProperty<>();
    private final StringProperty activity = new SimpleStringProperty("");
    private final StringProperty activityType = new SimpleStringProperty("");
    private final ObservableList<String> activityTypes = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<ClaimLineViewModel> lines = FXCollections.observableArrayList();
    private final StringProperty owed = new SimpleStringProperty("");
    private final StringProperty paidByUs = new SimpleStringProperty("");
    private final StringProperty totalsHint = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty standing = new SimpleStringProperty("");
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty receivedOn = new SimpleStringProperty("");
    private final StringProperty paidOn = new SimpleStringProperty("");
    private final ObjectProperty<PaymentMethod> paidBy = new SimpleObjectProperty<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty rejectReason = new SimpleStringProperty("");
    private final ClaimLineViewModel adjustment = new ClaimLineViewModel();
    private final StringProperty adjustmentReason = new SimpleStringProperty("");
    private final ObservableList<AuditRow> audit = FXCollections.observableArrayList();

    private final BooleanBinding editable;
    private final BooleanBinding saved;
    private final BooleanBinding canSubmit;
    private final BooleanBinding canApprove;
    private final BooleanBinding canMarkPaid;
    private final BooleanBinding canReject;
    private final BooleanBinding canReopen;
    private final BooleanBinding canAdjust;

    private Long claimId;
    private Claim claim;
    private boolean filling;
    private boolean showAllProblems;
    private boolean previewRunning;
    private boolean previewWanted;
    private LocalDate typesLoadedFor;

    /**
     * @param people      who can be chosen, read in the background
     * @param showReceipt opens a receipt with the computer's own viewer
     */
    public ClaimEditorViewModel(ClaimService claims, PaymentPolicyService policy, PaymentPreferencesService preferences,
                                Supplier<List<PersonChoice>> people, TaskExecutor executor, DialogService dialogs,
                                Messages messages, Clock clock, Consumer<Path> showReceipt) {
        this.claims = claims;
        this.policy = policy;
        this.preferences = preferences;
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.showReceipt = showReceipt;
        editable = Bindings.createBooleanBinding(() -> status.get() == null || status.get().isEditable(), status);
        saved = Bindings.createBooleanBinding(() -> status.get() != null, status);
        canSubmit = status.isEqualTo(ClaimStatus.DRAFT);
        canApprove = status.isEqualTo(ClaimStatus.SUBMITTED);
        canMarkPaid = status.isEqualTo(ClaimStatus.APPROVED);
        canReject = saved.and(status.isNotEqualTo(ClaimStatus.PAID)).and(status.isNotEqualTo(ClaimStatus.REJECTED));
        canReopen = saved.and(status.isNotEqualTo(ClaimStatus.DRAFT)).and(status.isNotEqualTo(ClaimStatus.PAID));
        canAdjust = status.isEqualTo(ClaimStatus.PAID);
        ChangeListener<Object> changed = (obs, old, now) -> changed();
        person.addListener(changed);
        activity.addListener(changed);
        activityType.addListener(changed);
        date.addListener(changed);
        notes.addListener(changed);
        lines.addListener((ListChangeListener<ClaimLineViewModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(line -> line.whenChanged(() -> {
                    if (lines.contains(line)) {
                        changed();
                    }
                }));
            }
            changed();
        });
        adjustment.whenChanged(() -> adjustment.problemProperty().set(""));
    }

    /** Told when the person goes back to the list, with a sentence to show there (or empty). */
    public void onClosed(Consumer<String> then) {
        this.closed = then;
    }

    /** A blank claim with one fee line, dated today. */
    public void startNew() {
        claimId = null;
        claim = null;
        filling = true;
        try {
            person.set(null);
            activity.set("");
            activityType.set("");
            date.set(TYPED_DATE.format(today()));
            notes.set("");
            lines.setAll(new ClaimLineViewModel());
            status.set(null);
            clearSteps();
            audit.clear();
            problems.clear();
            title.set(messages.text("payments.claims.editor.newTitle"));
            standing.set(messages.text("payments.claims.editor.standing.new"));
            message.set("");
            showAllProblems = false;
            dirty.set(false);
        } finally {
            filling = false;
        }
        loadChoices();
        preview();
    }

    /** Reads a saved claim in the background and shows it. */
    public void open(long id) {
        claimId = id;
        busy.set(true);
        message.set(messages.text("payments.claims.editor.opening"));
        BackgroundTask.of(progress -> Loaded.read(claims, preferences, id))
                .onSuccess(loaded -> {
                    if (Long.valueOf(id).equals(claimId)) {
                        show(loaded);
                        message.set("");
                    }
                })
                .onFailure(error -> message.set(messages.text("payments.claims.editor.openFailed")))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
        loadChoices();
    }

    /** A saved claim with what goes with it on the screen. */
    private record Loaded(Claim claim, List<AuditEntry> audit, PaymentMethod usualMethod) {
        static Loaded read(ClaimService claims, PaymentPreferencesService preferences, long id) {
            Claim claim = claims.find(id).orElseThrow(() -> new InvalidClaimException(ClaimProblem.Kind.WRONG_STATUS));
            return new Loaded(claim, claims.audit(id), preferences.find(claim.personId()).method());
        }
    }

    private void loadChoices() {
        BackgroundTask.of(progress -> people.get())
                .onSuccess(found -> {
                    PersonChoice chosen = person.get();
                    boolean was = filling;
                    filling = true;
                    try {
                        personChoices.setAll(found);
                        if (chosen != null) {
                            person.set(found.stream().filter(p -> p.id() == chosen.id()).findFirst().orElse(chosen));
                        }
                    } finally {
                        filling = was;
                    }
                })
                .onFailure(error -> message.set(messages.text("payments.claims.editor.peopleFailed")))
                .executeWith(executor);
    }

    private void show(Loaded loaded) {
        Claim c = loaded.claim();
        claim = c;
        claimId = c.id();
        filling = true;
        try {
            PersonChoice who = new PersonChoice(c.personId(), c.personName());
            if (!personChoices.contains(who)) {
                personChoices.add(who);
            }
            person.set(who);
            activity.set(c.activity());
            activityType.set(c.activityType());
            date.set(TYPED_DATE.format(c.activityDate()));
            notes.set(c.notes());
            lines.setAll(c.lines().stream().map(ClaimLineViewModel::of).toList());
            for (int i = 0; i < c.lines().size(); i++) {
                ClaimLine line = c.lines().get(i);
                lines.get(i).workedOutProperty().set(line.isAdjustment()
                        ? messages.text("payments.claims.line.adjustment", line.amount().format(Locale.UK), line.adjustmentReason())
                        : line.amount().format(Locale.UK));
            }
            status.set(c.status());
            clearSteps();
            paidBy.set(loaded.usualMethod());
            owed.set(c.owed().format(Locale.UK));
            paidByUs.set(c.paidByOrganisation().format(Locale.UK));
            totalsHint.set("");
            problems.clear();
            showAllProblems = false;
            title.set(messages.text("payments.claims.editor.title", c.personName(), c.activity()));
            standing.set(standingOf(c));
            audit.setAll(loaded.audit().stream().map(this::auditRow).toList());
            dirty.set(false);
        } finally {
            filling = false;
        }
        loadActivityTypes();
    }

    private void clearSteps() {
        receivedOn.set(TYPED_DATE.format(today()));
        paidOn.set(TYPED_DATE.format(today()));
        paidBy.set(null);
        reference.set("");
        rejectReason.set("");
        adjustment.categoryProperty().set(ClaimCategory.FEE);
        adjustment.quantityProperty().set("");
        adjustment.amountProperty().set("");
        adjustment.descriptionProperty().set("");
        adjustment.problemProperty().set("");
        adjustmentReason.set("");
    }

    private String standingOf(Claim c) {
        String name = messages.text(c.status().labelKey());
        return switch (c.status()) {
            case DRAFT -> messages.text("payments.claims.editor.standing.DRAFT", name);
            case SUBMITTED -> messages.text("payments.claims.editor.standing.SUBMITTED", name, shown(c.submittedOn()));
            case APPROVED -> messages.text("payments.claims.editor.standing.APPROVED", name, shown(c.approvedOn()));
            case PAID -> messages.text("payments.claims.editor.standing.PAID", name, shown(c.paidOn()),
                    messages.text(c.paymentMethod().labelKey()),
                    c.paymentReference() == null || c.paymentReference().isEmpty() ? "-" : c.paymentReference());
            case REJECTED -> messages.text("payments.claims.editor.standing.REJECTED", name, c.rejectedReason());
        };
    }

    private static String shown(LocalDate day) {
        return day == null ? "-" : SHOWN_DATE.format(day);
    }

    private AuditRow auditRow(AuditEntry e) {
        return new AuditRow(SHOWN_TIME.format(e.at()), e.by(), messages.text(e.what().labelKey()),
                e.before() == null ? "" : e.before(), e.after() == null ? "" : e.after());
    }

    private void changed() {
        if (filling) {
            return;
        }
        dirty.set(true);
        if (showAllProblems) {
            problems.setAll(formProblems());
        }
        loadActivityTypes();
        preview();
    }

    private void loadActivityTypes() {
        LocalDate day = parseDate(date.get());
        if (day == null || day.equals(typesLoadedFor)) {
            return;
        }
        typesLoadedFor = day;
        BackgroundTask.of(progress -> policy.activityTypesOn(day))
                .onSuccess(types -> {
                    if (day.equals(typesLoadedFor)) {
                        boolean was = filling;
                        filling = true;
                        try {
                            String typed = activityType.get();
                            activityTypes.setAll(types);
                            activityType.set(typed);
                        } finally {
                            filling = was;
                        }
                    }
                })
                .onFailure(error -> typesLoadedFor = null)
                .executeWith(executor);
    }

    /** The form read as a draft, with the problems in reading it (figures or a date that cannot be read). */
    private record Form(ClaimDraft draft, List<String> problems, List<LineInput> readLines) {
    }

    private Form readForm() {
        List<String> found = new ArrayList<>();
        String typedDate = date.get() == null ? "" : date.get().strip();
        LocalDate day = parseDate(typedDate);
        if (day == null && !typedDate.isEmpty()) {
            found.add(messages.text("payments.claims.problem.date"));
        }
        List<LineInput> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ClaimLineViewModel.Read r = lines.get(i).read(messages, false);
            int place = i + 1;
            r.problems().forEach(p -> found.add(lineProblem(place, p)));
            read.add(r.line());
        }
        PersonChoice who = person.get();
        ClaimDraft draft = new ClaimDraft(who == null ? 0 : who.id(), activity.get(), activityType.get(), day,
                notes.get(), read.stream().filter(l -> l != null).toList());
        return new Form(draft, found, read);
    }

    /** Every problem that stops the form being saved, each naming its line and field. */
    private List<String> formProblems() {
        Form form = readForm();
        List<String> all = new ArrayList<>(form.problems());
        if (form.problems().isEmpty()) {
            all.addAll(ClaimRules.check(form.draft(), today()).stream().map(this::text).toList());
        }
        showLineProblems(all);
        return all;
    }

    private void showLineProblems(List<String> all) {
        for (int i = 0; i < lines.size(); i++) {
            String prefix = lineProblem(i + 1, "");
            lines.get(i).problemProperty().set(String.join("\n", all.stream().filter(p -> p.startsWith(prefix)).toList()));
        }
    }

    private String lineProblem(int place, String problem) {
        return messages.text("payments.claims.problem.line", place, problem);
    }

    /** A problem from the rules in words, with "Line N:" in front when it is about one line. */
    String text(ClaimProblem problem) {
        String said = messages.text(problem.messageKey());
        return problem.line() == 0 ? said : lineProblem(problem.line(), said);
    }

    /**
     * Works out the amounts of the lines that can be worked out, in the background; one at a time, and
     * once more after it if the form changed meanwhile.
     */
    private void preview() {
        if (!editable.get()) {
            return;
        }
        if (previewRunning) {
            previewWanted = true;
            return;
        }
        Form form = readForm();
        List<Integer> places = new ArrayList<>();
        List<LineInput> ready = new ArrayList<>();
        for (int i = 0; i < form.readLines().size(); i++) {
            LineInput in = form.readLines().get(i);
            ClaimLineViewModel line = lines.get(i);
            line.workedOutProperty().set(messages.text("payments.claims.line.notYet"));
            List<ClaimProblem.Kind> kinds = in == null ? List.of() : ClaimRules.checkLine(in, false);
            if (in != null && kinds.isEmpty()) {
                places.add(i);
                ready.add(in);
            }
            if (!showAllProblems) {
                // While typing, a figure that is wrong is said at once; one not given yet is not a problem yet.
                int place = i + 1;
                List<String> now = in == null ? line.read(messages, false).problems().stream()
                        .map(p -> lineProblem(place, p)).toList()
                        : kinds.stream().filter(k -> !NOT_GIVEN_YET.contains(k))
                                .map(k -> text(new ClaimProblem(place, k))).toList();
                line.problemProperty().set(String.join("\n", now));
            }
        }
        PersonChoice who = person.get();
        LocalDate day = form.draft().activityDate();
        if (who == null || day == null || ready.isEmpty()) {
            boolean unknown = who == null || day == null;
            owed.set(messages.text(unknown ? "payments.claims.totals.notWorkedOut" : "payments.claims.totals.none"));
            paidByUs.set(messages.text(unknown ? "payments.claims.totals.notWorkedOut" : "payments.claims.totals.none"));
            totalsHint.set(messages.text(unknown ? "payments.claims.totals.needPersonAndDate"
                    : "payments.claims.totals.someLines"));
            return;
        }
        String name = form.draft().activity().isEmpty() ? "-" : form.draft().activity();
        String type = form.draft().activityType().length() > ActivityFee.MAX_TYPE_LENGTH ? "" : form.draft().activityType();
        ClaimDraft draft = new ClaimDraft(who.id(), name, type, day, "", ready);
        Long id = claimId;
        previewRunning = true;
        BackgroundTask.of(progress -> claims.preview(draft, id))
                .onSuccess(worked -> showWorkedOut(worked, places))
                .onFailure(error -> totalsHint.set(messages.text("payments.claims.totals.failed")))
                .onFinished(() -> {
                    previewRunning = false;
                    if (previewWanted) {
                        previewWanted = false;
                        preview();
                    }
                })
                .executeWith(executor);
    }

    private void showWorkedOut(ClaimService.WorkedOut worked, List<Integer> places) {
        if (previewWanted || !editable.get()) {
            return; // the form has changed; the next preview shows it
        }
        if (!worked.problems().isEmpty()) {
            List<String> found = worked.problems().stream()
                    .map(p -> p.line() == 0 ? p : new ClaimProblem(places.get(p.line() - 1) + 1, p.kind()))
                    .map(this::text).toList();
            if (!showAllProblems) {
                for (int i = 0; i < lines.size(); i++) {
                    String prefix = lineProblem(i + 1, "");
                    StringProperty shown = lines.get(i).problemProperty();
                    found.stream().filter(p -> p.startsWith(prefix) && !shown.get().contains(p))
                            .forEach(p -> shown.set(shown.get().isEmpty() ? p : shown.get() + "\n" + p));
                }
            }
            owed.set(messages.text("payments.claims.totals.notWorkedOut"));
            paidByUs.set(messages.text("payments.claims.totals.notWorkedOut"));
            totalsHint.set(messages.text("payments.claims.totals.notYet"));
            return;
        }
        Money paid = Money.ZERO;
        for (int i = 0; i < worked.lines().size(); i++) {
            ClaimLine line = worked.lines().get(i);
            lines.get(places.get(i)).workedOutProperty().set(line.amount().format(Locale.UK));
            if (line.paidByOrganisation()) {
                paid = paid.plus(line.amount());
            }
        }
        owed.set(worked.owed().format(Locale.UK));
        paidByUs.set(paid.format(Locale.UK));
        totalsHint.set(places.size() < lines.size() ? messages.text("payments.claims.totals.someLines") : "");
    }

    public void addLine() {
        if (editable.get()) {
            lines.add(new ClaimLineViewModel());
        }
    }

    public void removeLine(ClaimLineViewModel line) {
        if (editable.get()) {
            lines.remove(line);
        }
    }

    /** Asks for a receipt file (PDF, JPEG or PNG); it is copied in when the claim is saved. */
    public void attachReceipt(ClaimLineViewModel line) {
        dialogs.chooseFileToOpen(messages.text("payments.claims.receipt.choose"), new FileType(
                        messages.text("payments.claims.receipt.types"), List.of("*.pdf", "*.jpg", "*.jpeg", "*.png")))
                .ifPresent(file -> line.receiptProperty().set(new LineInput.Receipt.NewFile(file)));
    }

    public void openReceipt(ClaimLineViewModel line) {
        switch (line.receiptProperty().get()) {
            case LineInput.Receipt.NewFile(Path file) -> showReceipt.accept(file);
            case LineInput.Receipt.Kept(String stored, String shown) -> showReceipt.accept(claims.receiptFile(stored));
            case LineInput.Receipt.None none -> { }
        }
    }

    public void removeReceipt(ClaimLineViewModel line) {
        line.receiptProperty().set(LineInput.Receipt.NONE);
    }

    /**
     * Checks the form and saves it in the background. On a problem nothing typed is lost: the problems
     * are listed, naming each line and field. Returns false when the form has problems.
     */
    public boolean save() {
        return save(null);
    }

    private boolean save(Runnable then) {
        if (busy.get() || !editable.get()) {
            return false;
        }
        showAllProblems = true;
        List<String> found = formProblems();
        problems.setAll(found);
        if (!found.isEmpty()) {
            message.set(messages.text("payments.claims.status.invalid", found.size()));
            return false;
        }
        ClaimDraft draft = readForm().draft();
        Long id = claimId;
        run(() -> id == null ? claims.create(draft) : claims.update(id, draft),
                messages.text("payments.claims.status.saved"), then);
        return true;
    }

    /** Hands the claim in for approval on the date received, saving any changes first. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        LocalDate on = parseDate(receivedOn.get());
        if (on == null) {
            message.set(messages.text("payments.claim.problem.SUBMITTED_DATE_INVALID"));
            return;
        }
        if (status.get() != ClaimStatus.DRAFT) {
            return;
        }
        long id = claimId;
        if (dirty.get()) {
            save(() -> run(() -> claims.submit(id, on), messages.text("payments.claims.status.submitted"), null));
        } else {
            run(() -> claims.submit(id, on), messages.text("payments.claims.status.submitted"), null);
        }
    }

    /** Approves the claim after showing, in plain words, any earnings limit or allowance its fee passes. */
    public void approve() {
        if (busy.get() || status.get() != ClaimStatus.SUBMITTED) {
            return;
        }
        long id = claimId;
        String who = claim.personName();
        busy.set(true);
        message.set(messages.text("payments.claims.status.checking"));
        BackgroundTask.of(progress -> claims.warningsBeforeApproval(id))
                .onSuccess(warnings -> {
                    busy.set(false);
                    if (warnings.any() && !dialogs.confirm(messages.text("payments.claims.approve.title"),
                            describe(warnings, who), messages.text("payments.claims.approve.confirm"),
                            messages.text("payments.claims.approve.cancel"))) {
                        message.set(messages.text("payments.claims.status.notApproved"));
                        return;
                    }
                    run(() -> claims.approve(id), messages.text("payments.claims.status.approved"), null);
                })
                .onFailure(error -> {
                    busy.set(false);
                    failed(error);
                })
                .executeWith(executor);
    }

    /** The approval warnings as sentences. */
    String describe(ApprovalWarnings warnings, String who) {
        List<String> said = new ArrayList<>();
        warnings.limit().ifPresent(l -> said.add(messages.text(
                l.limit().period() == LimitPeriod.WEEK ? "payments.claims.approve.weekLimit" : "payments.claims.approve.yearLimit",
                who, l.fees().format(Locale.UK), period(l.from(), l.to()), l.limit().amount().format(Locale.UK))));
        warnings.tradingAllowance().ifPresent(a -> said.add(messages.text("payments.claims.approve.allowance",
                who, a.fees().format(Locale.UK), a.year().label(), a.allowance().format(Locale.UK))));
        said.add(messages.text("payments.claims.approve.question"));
        return String.join("\n\n", said);
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "-" + SHOWN_DATE.format(to);
        }
        return SHOWN_DATE.format(from) + " - " + SHOWN_DATE.format(to);
    }

    public void markPaid() {
        if (busy.get()) {
            return;
        }
        if (status.get() != ClaimStatus.APPROVED) {
            return;
        }
        String typed = paidOn.get() == null ? "" : paidOn.get().strip();
        LocalDate on = parseDate(typed);
        if (on == null) {
            message.set(messages.text(typed.isEmpty() ? "payments.claim.problem.PAID_DATE_MISSING"
                    : "payments.claims.problem.paidDate"));
            return;
        }
        long id = claimId;
        PaymentMethod method = paidBy.get();
        String ref = reference.get();
        run(() -> claims.markPaid(id, on, method, ref), messages.text("payments.claims.status.paid"), null);
    }

    public void reject() {
        if (busy.get()) {
            return;
        }
        if (status.get() == null || status.get() == ClaimStatus.PAID || status.get() == ClaimStatus.REJECTED) {
            return;
        }
        long id = claimId;
        String why = rejectReason.get();
        run(() -> claims.reject(id, why), messages.text("payments.claims.status.rejected"), null);
    }

    public void reopen() {
        if (busy.get()) {
            return;
        }
        if (status.get() == null || status.get() == ClaimStatus.DRAFT || status.get() == ClaimStatus.PAID) {
            return;
        }
        long id = claimId;
        run(() -> claims.reopen(id), messages.text("payments.claims.status.reopened"), null);
    }

    /** Removes a draft after asking; goes back to the list. */
    public void remove() {
        if (busy.get() || status.get() != ClaimStatus.DRAFT || !dialogs.confirmRisky(
                messages.text("payments.claims.remove.title"), messages.text("payments.claims.remove.message"),
                messages.text("payments.claims.remove.confirm"), messages.text("payments.claims.remove.cancel"))) {
            return;
        }
        long id = claimId;
        busy.set(true);
        BackgroundTask.ofAction(() -> claims.delete(id))
                .onSuccess(nothing -> {
                    dirty.set(false);
                    closed.accept(messages.text("payments.claims.status.removed"));
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Adds the adjustment line, with its reason, to a paid claim. */
    public void addAdjustment() {
        if (busy.get()) {
            return;
        }
        if (status.get() != ClaimStatus.PAID) {
            return;
        }
        ClaimLineViewModel.Read read = adjustment.read(messages, true);
        if (!read.problems().isEmpty()) {
            adjustment.problemProperty().set(String.join("\n", read.problems()));
            message.set(messages.text("payments.claims.status.invalid", read.problems().size()));
            return;
        }
        long id = claimId;
        String why = adjustmentReason.get();
        run(() -> claims.addAdjustment(id, read.line(), why), messages.text("payments.claims.status.adjusted"), null);
    }

    /** Goes back to the list, asking first when there are unsaved changes. */
    public void close() {
        if (dirty.get() && !dialogs.confirmRisky(messages.text("payments.claims.leave.title"),
                messages.text("payments.claims.leave.message"), messages.text("payments.claims.leave.confirm"),
                messages.text("payments.claims.leave.cancel"))) {
            return;
        }
        dirty.set(false);
        closed.accept("");
    }

    private interface Step {
        Claim apply();
    }

    /** Runs one step in the background, then shows the claim as it now is, with the outcome in words. */
    private void run(Step step, String done, Runnable then) {
        busy.set(true);
        message.set(messages.text("payments.claims.status.working"));
        BackgroundTask.of(progress -> {
                    Claim after = step.apply();
                    return Loaded.read(claims, preferences, after.id());
                })
                .onSuccess(loaded -> {
                    show(loaded);
                    message.set(done);
                })
                .onFailure(this::failed)
                .onFinished(() -> {
                    busy.set(false);
                    if (then != null && !dirty.get() && claimId != null) {
                        then.run();
                    }
                })
                .executeWith(executor);
    }

    private void failed(Throwable error) {
        if (error instanceof InvalidClaimException invalid) {
            List<String> found = invalid.problems().stream().map(this::text).toList();
            problems.setAll(found);
            showLineProblems(found);
            adjustment.problemProperty().set(status.get() == ClaimStatus.PAID ? String.join("\n", found) : "");
            message.set(messages.text("payments.claims.status.refused", String.join(" ", found)));
        } else {
            message.set(messages.text("payments.claims.status.failed"));
        }
    }

    public boolean hasUnsavedChanges() {
        return dirty.get();
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), TYPED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    Optional<Long> claimId() {
        return Optional.ofNullable(claimId);
    }

    public ObservableList<PersonChoice> personChoices() {
        return personChoices;
    }

    public ObjectProperty<PersonChoice> personProperty() {
        return person;
    }

    public StringProperty activityProperty() {
        return activity;
    }

    public StringProperty activityTypeProperty() {
        return activityType;
    }

    /** The kinds of activity with fees of their own on the claim's date. */
    public ObservableList<String> activityTypes() {
        return activityTypes;
    }

    /** The date of the activity as typed, day/month/year. */
    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<ClaimLineViewModel> lines() {
        return lines;
    }

    /** What the person is owed, as worked out so far, in words. */
    public StringProperty owedProperty() {
        return owed;
    }

    public StringProperty paidByUsProperty() {
        return paidByUs;
    }

    /** Why the totals are not complete yet, or empty. */
    public StringProperty totalsHintProperty() {
        return totalsHint;
    }

    /** The problems that stop the claim being saved, each a sentence naming its line and field. */
    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Where the claim stands, in one sentence. */
    public StringProperty standingProperty() {
        return standing;
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status;
    }

    /** The outcome of the last step, in words. */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** Lines and details may be changed: a new, draft or submitted claim. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    public BooleanBinding canSaveProperty() {
        return editable;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public BooleanBinding canMarkPaidProperty() {
        return canMarkPaid;
    }

    public BooleanBinding canRejectProperty() {
        return canReject;
    }

    public BooleanBinding canReopenProperty() {
        return canReopen;
    }

    public BooleanBinding canRemoveProperty() {
        return canSubmit;
    }

    public BooleanBinding canAdjustProperty() {
        return canAdjust;
    }

    public StringProperty receivedOnProperty() {
        return receivedOn;
    }

    public StringProperty paidOnProperty() {
        return paidOn;
    }

    public ObjectProperty<PaymentMethod> paidByProperty() {
        return paidBy;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty rejectReasonProperty() {
        return rejectReason;
    }

    public ClaimLineViewModel adjustment() {
        return adjustment;
    }

    public StringProperty adjustmentReasonProperty() {
        return adjustmentReason;
    }

    public ObservableList<AuditRow> audit() {
        return audit;
    }
}
