package org.fourpi.toolkit.people;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ListChangeListener;

import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The people list: everyone in the register, filtered as you type (name, email, phone, role,
 * perspective, status, needs) and by status, with a count. Opening a row edits that person.
 */
public final class PeopleListViewModel {

    /** One row as the table shows it, with the text the filter searches. */
    public record Row(long id, String name, String perspective, String roles, String status, String email,
                      String phone, String needs, String searchText) {
    }

    /** Which people the list shows by status. */
    public enum StatusFilter implements Labelled {
        ALL, ACTIVE, TAKING_A_BREAK, LEFT;

        @Override
        public String labelKey() {
            return "people.list.filter." + name();
        }

        /** The status label a row must show to pass, or null when any status passes. */
        String statusLabel(Messages messages) {
            return this == ALL ? null : messages.text(InvolvementStatus.valueOf(name()).labelKey());
        }
    }

    /** What the list can be sorted by, from the keyboard as well as by clicking a column heading. */
    public enum SortBy implements Labelled {
        NAME, PERSPECTIVE, ROLES, STATUS, EMAIL, NEEDS;

        @Override
        public String labelKey() {
            return "people.list.sort." + name();
        }
    }

    /** How many people are read and shown first, before the rest: more than any screen shows. */
    public static final int FIRST_ROWS = 100;

    private final PeopleService people;
    private final PeopleExportService export;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Messages messages;
    private final LongConsumer openPerson;
    private final Runnable addPerson;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> shown = FXCollections.observableArrayList();
    /** The filter the shown rows passed, lower case and trimmed; null before the first. */
    private String appliedText;
    private StatusFilter appliedStatus;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObjectProperty<SortBy> sortBy = new SimpleObjectProperty<>(SortBy.NAME);
    private final StringProperty count = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** True while the first screenful is shown and the rest of the register is still being read. */
    private final BooleanProperty readingRest = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param openPerson called with a person's id to edit them
     * @param addPerson  called to start a new record
     */
    public PeopleListViewModel(PeopleService people, PeopleExportService export, TaskExecutor executor,
                               DialogService dialogs, Messages messages, LongConsumer openPerson, Runnable addPerson) {
        this.people = people;
        this.export = export;
        this.dialogs = dialogs;
        this.executor = executor;
        this.messages = messages;
        this.openPerson = openPerson;
        this.addPerson = addPerson;
        filterText.addListener((obs, was, now) -> applyFilter(false));
        statusFilter.addListener((obs, was, now) -> applyFilter(false));
        rows.addListener((ListChangeListener<Row>) change -> {
            List<? extends Row> added = addedAtTheEnd(change);
            if (added == null) {
                applyFilter(true);
            } else {
                shown.addAll(passing(added)); // the rest read after the first screenful: nothing above moves
            }
        });
        count.bind(Bindings.createStringBinding(() -> rows.isEmpty()
                        ? messages.text("people.list.count.none")
                        : readingRest.get()
                        ? messages.text("people.list.count.first", shown.size(), rows.size())
                        : messages.text("people.list.count", shown.size(), rows.size()),
                rows, shown, readingRest));
    }

    /**
     * Shows the rows that pass the filter, in the register's order. When the text has only grown
     * (and nothing else changed), only the rows already shown can still pass, so only they are
     * checked; anything else checks everyone.
     */
    private void applyFilter(boolean everyoneChanged) {
        String text = filterText.get() == null ? "" : filterText.get().toLowerCase(Locale.UK).strip();
        StatusFilter status = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        boolean narrower = !everyoneChanged && status == appliedStatus && appliedText != null
                && text.startsWith(appliedText);
        appliedText = text;
        appliedStatus = status;
        List<Row> kept = passing(narrower ? shown : rows);
        if (narrower && kept.size() == shown.size()) {
            return; // the same rows: nothing for the table to do
        }
        shown.setAll(kept);
    }

    /** The rows added below all the others when that is the whole change and a filter has been applied. */
    private List<? extends Row> addedAtTheEnd(ListChangeListener.Change<? extends Row> change) {
        if (appliedText == null || !change.next()) {
            return null;
        }
        boolean onlyAddedAtTheEnd = change.wasAdded() && !change.wasRemoved() && !change.wasPermutated()
                && change.getTo() == rows.size();
        List<? extends Row> added = onlyAddedAtTheEnd ? List.copyOf(change.getAddedSubList()) : null;
        return change.next() ? null : added;
    }

    /** Those of the rows that pass the filter last applied, in their order. */
    private List<Row> passing(List<? extends Row> candidates) {
        String[] words = appliedText.split("\\s+");
        String statusLabel = appliedStatus.statusLabel(messages);
        List<Row> kept = new ArrayList<>();
        for (Row row : candidates) {
            if ((statusLabel == null || statusLabel.equals(row.status())) && matchesAll(row.searchText(), words)) {
                kept.add(row);
            }
        }
        return kept;
    }

    private static boolean matchesAll(String text, String[] words) {
        for (String word : words) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads everyone again, in the background. The first time, when the list is still empty, the
     * first screenful is read and shown on its own first, and the rest follow.
     */
    public void refresh() {
        loading.set(true);
        if (!rows.isEmpty()) {
            readEveryone();
            return;
        }
        BackgroundTask.of(progress -> rows(people.listFirst(FIRST_ROWS)))
                .onSuccess(first -> {
                    if (rows.isEmpty()) {
                        readingRest.set(first.size() == FIRST_ROWS);
                        rows.setAll(first);
                    }
                })
                .onFailure(error -> { }) // reading everyone comes next, and says if it fails
                .onFinished(() -> {
                    if (readingRest.get() || rows.isEmpty()) {
                        readEveryone();
                    } else {
                        loading.set(false); // that was everyone
                    }
                })
                .executeWith(executor);
    }

    private void readEveryone() {
        BackgroundTask.of(progress -> rows(people.list()))
                .onSuccess(this::showEveryone)
                .onFinished(() -> {
                    readingRest.set(false);
                    loading.set(false);
                })
                .executeWith(executor);
    }

    /** Adds the rest below the first screenful when it is still the start of the list, so nothing moves. */
    private void showEveryone(List<Row> everyone) {
        boolean firstScreenfulStands = readingRest.get() && everyone.size() >= rows.size()
                && everyone.subList(0, rows.size()).equals(rows);
        readingRest.set(false);
        if (firstScreenfulStands) {
            rows.addAll(everyone.subList(rows.size(), everyone.size()));
        } else {
            rows.setAll(everyone);
        }
    }

    public void open(Row row) {
        if (row != null) {
            openPerson.accept(row.id());
        }
    }

    public void add() {
        addPerson.run();
    }

    /**
     * Asks where to save, and whether to include equality monitoring answers (left out unless the
     * person says so), then writes everyone to an Excel file in the background.
     */
    public void exportToExcel() {
        if (exporting.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(messages.text("people.export.choose"),
                new FileType(messages.text("people.export.fileType"), List.of("*.xlsx")),
                messages.text("people.export.fileName", people.today().toString()));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? file.get() : file.get().resolveSibling(file.get().getFileName() + ".xlsx");
        boolean withEquality = dialogs.confirmRisky(messages.text("people.export.equality.title"),
                messages.text("people.export.equality.message"), messages.text("people.export.equality.include"),
                messages.text("people.export.equality.leaveOut"));
        exporting.set(true);
        message.set(messages.text("people.export.working"));
        BackgroundTask.of(progress -> export.export(target, withEquality, progress))
                .onSuccess(count -> message.set(messages.text("people.export.done", count, target.toString())))
                .onFailure(error -> message.set(messages.text("people.export.failed", target.toString())))
                .onFinished(() -> exporting.set(false))
                .executeWith(executor);
    }

    /** A sentence about the last export, for the person and their screen reader. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The list's rows, each label looked up once for all the people who share it. */
    List<Row> rows(List<PersonSummary> summaries) {
        RowMaker maker = new RowMaker();
        List<Row> made = new ArrayList<>(summaries.size());
        for (PersonSummary p : summaries) {
            made.add(maker.row(p));
        }
        return made;
    }

    /** Makes rows, remembering each label and each list of labels it has made once. */
    private final class RowMaker {
        private final Map<Labelled, String> labels = new HashMap<>();
        private final Map<Set<? extends Labelled>, String> joined = new HashMap<>();
        private final Map<Set<AccessNeed>, String> needsWithOther = new HashMap<>();

        Row row(PersonSummary p) {
            String perspective = label(p.perspective());
            String roles = labels(p.roles());
            String status = label(p.status());
            String needs = p.otherNeeds() ? needsWithOther.computeIfAbsent(p.needs(), this::withOtherNeeds)
                    : labels(p.needs());
            String search = String.join(" ", p.displayName(), p.firstName(), p.lastName(), p.email(), p.phone(),
                    perspective, roles, status, needs).toLowerCase(Locale.UK);
            return new Row(p.id(), p.displayName(), perspective, roles, status, p.email(), p.phone(), needs, search);
        }

        private String withOtherNeeds(Set<AccessNeed> needs) {
            String listed = labels(needs);
            String other = messages.text("people.list.otherNeeds");
            return listed.isEmpty() ? other : listed + ", " + other;
        }

        private String label(Labelled value) {
            return labels.computeIfAbsent(value, v -> messages.text(v.labelKey()));
        }

        private String labels(Set<? extends Labelled> values) {
            if (values.isEmpty()) {
                return "";
            }
            String known = joined.get(values);
            if (known == null) {
                known = values.stream().map(this::label).sorted().collect(Collectors.joining(", "));
                joined.put(values, known);
            }
            return known;
        }
    }

    /** The rows that pass the filter, in the table's order. */
    public ObservableList<Row> shownRows() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<SortBy> sortByProperty() {
        return sortBy;
    }

    public List<StatusFilter> statusFilters() {
        return List.of(StatusFilter.values());
    }

    /** "Showing 3 of 40 people", for the person and their screen reader. */
    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
