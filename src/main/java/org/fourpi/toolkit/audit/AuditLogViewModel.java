package org.fourpi.toolkit.audit;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

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

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The audit log window: a filter (area, days and words), one page of entries at a time, newest first,
 * so that a log of 100,000 changes opens as quickly as a short one, and an export of what the filter
 * lets through to Excel, in the background, which can be stopped.
 */
public final class AuditLogViewModel {

    /** Entries on one page. */
    public static final int PAGE_SIZE = 250;

    private final AuditService audit;
    private final AuditExportService export;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final AuditWords words;

    private final ObjectProperty<AreaFilter> area = new SimpleObjectProperty<>(AreaFilter.ALL);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty filterError = new SimpleStringProperty("");
    private final BooleanProperty canShowNewer = new SimpleBooleanProperty();
    private final BooleanProperty canShowOlder = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final StringProperty exportText;

    private AuditFilter shownFilter = AuditFilter.ALL;
    private int offset;
    private int total;
    private BackgroundTask<Integer> exportTask;

    public AuditLogViewModel(AuditService audit, AuditExportService export, TaskExecutor executor,
                             DialogService dialogs, Messages messages, Clock clock) {
        this.audit = audit;
        this.export = export;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.words = new AuditWords(messages);
        this.exportText = new SimpleStringProperty(messages.text("audit.export"));
        exporting.addListener((obs, was, is) ->
                exportText.set(messages.text(is ? "audit.export.stop" : "audit.export")));
    }

    /** Applies the filter and shows its newest page. */
    public void show() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            filterError.set(messages.text("audit.filter.datesBackwards"));
            return;
        }
        filterError.set("");
        shownFilter = words.filter(area.get() == null ? null : area.get().area(), from.get(), to.get(), text.get());
        load(0);
    }

    /** Empties the filter and shows the newest changes. */
    public void clearFilter() {
        area.set(AreaFilter.ALL);
        from.set(null);
        to.set(null);
        text.set("");
        show();
    }

    /** The page of changes just newer than the one shown. */
    public void showNewer() {
        if (canShowNewer.get()) {
            load(Math.max(0, offset - PAGE_SIZE));
        }
    }

    /** The page of changes just older than the one shown. */
    public void showOlder() {
        if (canShowOlder.get()) {
            load(offset + PAGE_SIZE);
        }
    }

    private void load(int start) {
        AuditFilter filter = shownFilter;
        loading.set(true);
        status.set(messages.text("audit.loading"));
        BackgroundTask.of(progress -> {
                    int count = audit.count(filter);
                    int first = start >= count ? Math.max(0, (count - 1) / PAGE_SIZE * PAGE_SIZE) : start;
                    return new Page(first, count, audit.page(filter, first, PAGE_SIZE));
                })
                .onSuccess(page -> {
                    offset = page.offset();
                    total = page.total();
                    rows.setAll(page.entries().stream().map(e -> AuditRow.of(e, words)).toList());
                    pageText.set(total == 0 ? messages.text("audit.page.none") : messages.text("audit.page.showing",
                            offset + 1, offset + page.entries().size(), total));
                    canShowNewer.set(offset > 0);
                    canShowOlder.set(offset + page.entries().size() < total);
                    status.set("");
                })
                .onFailure(error -> status.set(messages.text("audit.loadFailed")))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private record Page(int offset, int total, List<AuditEntryRow> entries) {
    }

    /** Saves what the filter lets through to an Excel workbook; while an export runs, asks it to stop. */
    public void export() {
        if (exporting.get()) {
            exportTask.requestCancel();
            status.set(messages.text("audit.export.stopping"));
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.text("audit.export.choose"),
                new FileType(messages.text("audit.export.fileType"), List.of("*.xlsx")),
                messages.text("audit.export.fileName", LocalDate.now(clock).toString()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? chosen.get() : chosen.get().resolveSibling(chosen.get().getFileName() + ".xlsx");
        AuditFilter filter = shownFilter;
        exporting.set(true);
        status.set(messages.text("audit.export.working"));
        exportTask = BackgroundTask.of(progress -> export.export(file, filter, progress))
                .onProgress(update -> status.set(update.fraction() < 0 ? update.message()
                        : messages.text("audit.export.percent", update.message(),
                                (int) Math.floor(update.fraction() * 100))))
                .onSuccess(count -> status.set(messages.text("audit.export.done", count, file.toString())))
                .onFailure(this::exportFailed)
                .onFinished(() -> exporting.set(false))
                .executeWith(executor);
    }

    private void exportFailed(Throwable error) {
        if (error instanceof CancellationException) {
            status.set(messages.text("audit.export.stopped"));
            return;
        }
        status.set(messages.text("audit.export.failed.title"));
        dialogs.showError(messages.text("audit.export.failed.title"), messages.text(
                error instanceof UncheckedIOException ? "audit.export.failed.file" : "audit.export.failed.other"));
    }

    public ObjectProperty<AreaFilter> areaProperty() {
        return area;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The page of changes shown, newest first. */
    public ObservableList<AuditRow> rows() {
        return rows;
    }

    /** Which changes of how many are shown, such as "Showing 1 to 250 of 1,204 changes." */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    /** A sentence about loading or exporting; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** What is wrong with the filter; empty when nothing is. */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError;
    }

    public ReadOnlyBooleanProperty canShowNewerProperty() {
        return canShowNewer;
    }

    public ReadOnlyBooleanProperty canShowOlderProperty() {
        return canShowOlder;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    /** The export button's words: export, or stop the export under way. */
    public ReadOnlyStringProperty exportTextProperty() {
        return exportText;
    }
}
