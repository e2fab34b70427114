package org.fourpi.toolkit.payments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The list of claims on the Claims tab: filters by status, person, activity, category and dates of
 * activity; those waiting longest at the top, with a wait past the target said in words; the first
 * claims of a long list, the rest when asked for; totals of every matching claim; and
 * a claim form to print, carrying the payment policy and the rates.
 */
public final class ClaimsListViewModel {

    /** One claim as the table shows it. */
    public record Row(long id, String person, String activity, String date, String status, String owed,
                      String paidByUs, String waiting, boolean late) {
    }

    /**
     * How many claims are read at first: many screenfuls, read quickly however many claims there are.
     * The rest are read when asked for.
     */
    public static final int SHOWN_AT_FIRST = 500;

    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final ClaimService claims;
    private final PaymentPolicyService policy;
    private final Supplier<List<PersonChoice>> people;
    private final ClaimFormPdfService claimForms;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final int shownAtFirst;

    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonChoice> person = new SimpleObjectProperty<>();
    private final StringProperty activityText = new SimpleStringProperty("");
    private final ObjectProperty<ClaimCategory> category = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty fromError = new SimpleStringProperty("");
    private final StringProperty toError = new SimpleStringProperty("");
    private final ObservableList<PersonChoice> personChoices = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty totals = new SimpleStringProperty("");
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final StringProperty showAllText = new SimpleStringProperty("");
    private final StringProperty showAllName = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty largePrint = new SimpleBooleanProperty();
    private final BooleanProperty printing = new SimpleBooleanProperty();
    private LongConsumer opener = id -> { };
    private Runnable starter = () -> { };
    private boolean loading;
    private boolean loadWanted;
    private boolean fillingChoices;
    /** The filter of the list on show, and the filter for which every claim was asked for, if any. */
    private ClaimFilter shownFilter;
    private ClaimFilter allWantedFor;

    public ClaimsListViewModel(ClaimService claims, PaymentPolicyService policy, ClaimFormPdfService claimForms,
                               Supplier<List<PersonChoice>> people, TaskExecutor executor, DialogService dialogs,
                               Messages messages) {
        this(claims, policy, claimForms, people, executor, dialogs, messages, SHOWN_AT_FIRST);
    }

    /** @param shownAtFirst how many claims to read before more are asked for */
    ClaimsListViewModel(ClaimService claims, PaymentPolicyService policy, ClaimFormPdfService claimForms,
                        Supplier<List<PersonChoice>> people, TaskExecutor executor, DialogService dialogs,
                        Messages messages, int shownAtFirst) {
        this.shownAtFirst = shownAtFirst;
        this.claims = claims;
        this.policy = policy;
        this.claimForms = claimForms;
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        ChangeListener<Object> changed = (obs, old, now) -> {
            if (!fillingChoices) {
                refresh();
            }
        };
        status.addListener(changed);
        person.addListener(changed);
        activityText.addListener(changed);
        category.addListener(changed);
    }

    void onOpen(LongConsumer open, Runnable startNew) {
        this.opener = open;
        this.starter = startNew;
    }

    /** Reads the claims matching the filters in the background; the dates are checked first. */
    public void refresh() {
        LocalDate fromDate = checkDate(from.get(), fromError, "payments.claims.filter.from.name");
        LocalDate toDate = checkDate(to.get(), toError, "payments.claims.filter.to.name");
        if (!fromError.get().isEmpty() || !toError.get().isEmpty()) {
            message.set(messages.text("payments.claims.list.checkDates"));
            return;
        }
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            toError.set(messages.text("payments.claims.filter.toBeforeFrom"));
            message.set(messages.text("payments.claims.list.checkDates"));
            return;
        }
        message.set("");
        if (loading) {
            loadWanted = true;
            return;
        }
        PersonChoice who = person.get();
        ClaimFilter filter = new ClaimFilter(status.get(), who == null ? null : who.id(), activityText.get(),
                category.get(), fromDate, toDate);
        if (!filter.equals(allWantedFor)) {
            allWantedFor = null; // other filters: the first claims again, even if these filters come back
        }
        boolean all = allWantedFor != null;
        String reading = all && more.get() ? messages.text("payments.claims.showAll.reading") : "";
        message.set(reading);
        loading = true;
        busy.set(true);
        BackgroundTask.of(progress -> read(filter, all))
                .onSuccess(found -> {
                    shownFilter = filter;
                    rows.setAll(found.rows());
                    totals.set(found.totals());
                    more.set(found.hidden() > 0);
                    if (found.hidden() > 0) {
                        // With every claim shown the button is hidden and keeps its words: emptied while it
                        // still had an underlined letter, JavaFX's layout of it failed.
                        showAllText.set(messages.text("payments.claims.showAll", found.matching()));
                        showAllName.set(messages.text("payments.claims.showAll.accessible", found.matching()));
                    }
                    fillingChoices = true;
                    try {
                        List<PersonChoice> choices = new java.util.ArrayList<>();
                        choices.add(null); // anyone
                        choices.addAll(found.people());
                        personChoices.setAll(choices);
                        if (who != null) {
                            person.set(found.people().stream().filter(p -> p.id() == who.id()).findFirst().orElse(null));
                        }
                    } finally {
                        fillingChoices = false;
                    }
                })
                .onFailure(error -> message.set(messages.text("payments.claims.list.loadFailed")))
                .onFinished(() -> {
                    loading = false;
                    busy.set(false);
                    if (!reading.isEmpty() && reading.equals(message.get())) {
                        message.set("");
                    }
                    if (loadWanted) {
                        loadWanted = false;
                        refresh();
                    }
                })
                .executeWith(executor);
    }

    private record Found(List<Row> rows, String totals, int matching, List<PersonChoice> people) {
        int hidden() {
            return matching - rows.size();
        }
    }

    private Found read(ClaimFilter filter, boolean all) {
        ClaimListing found = all ? ClaimListing.whole(claims.list(filter)) : claims.list(filter, shownAtFirst);
        Map<LocalDate, Integer> targets = new HashMap<>();
        List<Row> shown = new java.util.ArrayList<>();
        for (ClaimSummary c : found.claims()) {
            String waiting = "";
            boolean late = false;
            if (c.daysWaiting() != null) {
                Integer target = targets.computeIfAbsent(c.activityDate(),
                        day -> policy.ratesOn(day).map(PaymentRates::targetDaysToPay).orElse(null));
                late = target != null && c.daysWaiting() > target;
                waiting = late ? messages.text("payments.claims.waiting.late", c.daysWaiting(), target)
                        : messages.text("payments.claims.waiting.days", c.daysWaiting());
            }
            shown.add(new Row(c.id(), c.personName(), c.activity(), SHOWN_DATE.format(c.activityDate()),
                    messages.text(c.status().labelKey()), c.owed().format(Locale.UK),
                    c.paidByOrganisation().format(Locale.UK), waiting, late));
        }
        String owed = found.owed().format(Locale.UK);
        String byUs = found.paidByOrganisation().format(Locale.UK);
        String total = found.complete()
                ? messages.text("payments.claims.totals", found.matching(), owed, byUs)
                : messages.text("payments.claims.totals.firstOnly", shown.size(), found.matching(), owed, byUs);
        return new Found(shown, total, found.matching(), people.get());
    }

    private LocalDate checkDate(String typed, StringProperty error, String nameKey) {
        String text = typed == null ? "" : typed.strip();
        error.set("");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, TYPED_DATE);
        } catch (DateTimeParseException e) {
            error.set(messages.text("payments.claims.filter.notADate", messages.text(nameKey)));
            return null;
        }
    }

    /**
     * Reads every claim matching the filters on show, not only the first ones; the list goes back to
     * the first ones when the filters change.
     */
    public void showAll() {
        if (shownFilter != null) {
            allWantedFor = shownFilter;
            refresh();
        }
    }

    /** Clears every filter and reads the list again. */
    public void clearFilters() {
        fillingChoices = true;
        try {
            status.set(null);
            person.set(null);
            activityText.set("");
            category.set(null);
            from.set("");
            to.set("");
        } finally {
            fillingChoices = false;
        }
        refresh();
    }

    /**
     * Asks where to save a blank claim form, in large print when that is ticked, then writes the PDF in
     * the background and says in words where it went, or that it could not be written.
     */
    public void printClaimForm() {
        if (printing.get()) {
            return;
        }
        boolean large = largePrint.get();
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.text("payments.claimForm.choose"),
                new FileType(messages.text("payments.claimForm.fileType"), List.of("*.pdf")),
                messages.text(large ? "payments.claimForm.fileName.large" : "payments.claimForm.fileName"));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPdfEnding(chosen.get());
        printing.set(true);
        message.set(messages.text("payments.claimForm.progress"));
        BackgroundTask.of(progress -> {
                    claimForms.write(ClaimFormDetails.blank(large), file, progress);
                    return file;
                })
                .onSuccess(done -> message.set(messages.text("payments.claimForm.saved", file.toString())))
                .onFailure(error -> message.set(messages.text("payments.claimForm.failed", file.toString())))
                .onFinished(() -> printing.set(false))
                .executeWith(executor);
    }

    private static Path withPdfEnding(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    /** Whether the claim form is printed in 16 point type. */
    public BooleanProperty largePrintProperty() {
        return largePrint;
    }

    /** True while a claim form is being written. */
    public ReadOnlyBooleanProperty printingProperty() {
        return printing;
    }

    public void open(Row row) {
        if (row != null) {
            opener.accept(row.id());
        }
    }

    public void startNew() {
        starter.run();
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<PersonChoice> personProperty() {
        return person;
    }

    public StringProperty activityTextProperty() {
        return activityText;
    }

    public ObjectProperty<ClaimCategory> categoryProperty() {
        return category;
    }

    /** First date of activity to show, typed day/month/year; checked when the list is read. */
    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty fromErrorProperty() {
        return fromError;
    }

    public StringProperty toErrorProperty() {
        return toError;
    }

    public ObservableList<PersonChoice> personChoices() {
        return personChoices;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** True when more claims match the filters than the list shows. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more;
    }

    /** The words on the button that shows every matching claim, with how many there are. */
    public ReadOnlyStringProperty showAllTextProperty() {
        return showAllText;
    }

    /** The same, as a screen reader says it. */
    public ReadOnlyStringProperty showAllNameProperty() {
        return showAllName;
    }

    /** How many claims are shown, of how many that match, and what all the matching ones come to, in words. */
    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty messageProperty() {
        return message;
    }

    void say(String text) {
        message.set(text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
