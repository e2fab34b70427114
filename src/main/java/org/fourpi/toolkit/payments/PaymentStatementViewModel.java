package org.fourpi.toolkit.payments;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * The Statements and ledger tab: a person's statement for a tax year, saved as a PDF, and the
 * payments ledger exported for the accounts. Everything is read and written in the background.
 */
public final class PaymentStatementViewModel {

    /** One line of the statement, as the table shows it. */
    public record Row(String date, String activity, String whatFor, String quantity, String amount, String status,
                      String paidOn) {
    }

    private final PaymentStatementService statements;
    private final PaymentLedgerExportService ledgerExport;
    private final PaymentStatementPdfService pdf;
    private final Supplier<List<PersonChoice>> people;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatementWords words;

    private final ObservableList<PersonChoice> personChoices = FXCollections.observableArrayList();
    private final ObservableList<TaxYear> taxYears = FXCollections.observableArrayList();
    private final ObjectProperty<PersonChoice> person = new SimpleObjectProperty<>();
    private final ObjectProperty<TaxYear> taxYear = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty basis = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final ObjectProperty<LedgerFormat> ledgerFormat = new SimpleObjectProperty<>(LedgerFormat.XLSX);
    private final BooleanProperty ledgerAllYears = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final BooleanProperty stoppable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<PaymentStatement> statement = new SimpleObjectProperty<>();
    private final BooleanBinding canSavePdf;
    private boolean filling;
    private long loadCount;
    private BackgroundTask<Integer> ledgerTask;

    public PaymentStatementViewModel(PaymentStatementService statements, PaymentLedgerExportService ledgerExport,
                                     PaymentStatementPdfService pdf, Supplier<List<PersonChoice>> people,
                                     TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.statements = statements;
        this.ledgerExport = ledgerExport;
        this.pdf = pdf;
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.words = new StatementWords(messages);
        canSavePdf = Bindings.createBooleanBinding(() -> statement.get() != null && !writing.get()
                && !loading.get(), statement, writing, loading);
        person.addListener((obs, old, now) -> loadStatement());
        taxYear.addListener((obs, old, now) -> loadStatement());
        emptyText.set(messages.text("payments.statement.choosePerson"));
    }

    /** Reads the people and tax years again, keeping the choices made, then the statement. */
    public void refresh() {
        PersonChoice keptPerson = person.get();
        TaxYear keptYear = taxYear.get();
        loading.set(true);
        BackgroundTask.of(work -> new Loaded(people.get(), statements.taxYears(), statements.currentTaxYear()))
                .onSuccess(choices -> {
                    filling = true;
                    try {
                        personChoices.setAll(choices.people());
                        taxYears.setAll(choices.years());
                        person.set(keptPerson == null ? null : choices.people().stream()
                                .filter(p -> p.id() == keptPerson.id()).findFirst().orElse(null));
                        taxYear.set(keptYear != null && choices.years().contains(keptYear) ? keptYear : choices.current());
                    } finally {
                        filling = false;
                    }
                    loadStatement();
                })
                .onFailure(error -> message.set(messages.text("payments.statement.status.loadFailed")))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private record Loaded(List<PersonChoice> people, List<TaxYear> years, TaxYear current) {
    }

    private void loadStatement() {
        if (filling) {
            return;
        }
        PersonChoice who = person.get();
        TaxYear year = taxYear.get();
        long load = ++loadCount;
        statement.set(null);
        rows.clear();
        totals.set("");
        basis.set(year == null ? "" : words.basis(year));
        if (who == null || year == null) {
            emptyText.set(messages.text("payments.statement.choosePerson"));
            return;
        }
        emptyText.set(messages.text("payments.statement.status.loading"));
        loading.set(true);
        BackgroundTask.of(work -> statements.statement(who.id(), year))
                .onSuccess(found -> {
                    if (load == loadCount) {
                        show(found);
                    }
                })
                .onFailure(error -> {
                    if (load == loadCount) {
                        emptyText.set(messages.text("payments.statement.status.loadFailed"));
                    }
                })
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private void show(PaymentStatement found) {
        statement.set(found);
        rows.setAll(found.lines().stream().map(words::line)
                .map(l -> new Row(l.date(), l.activity(), l.whatFor(), l.quantity(), l.amount(), l.status(), l.paidOn()))
                .toList());
        emptyText.set(messages.text("payments.statement.empty"));
        totals.set(String.join("\n", words.totals(found)) + "\n" + words.taxNote());
    }

    /** Asks where to save the statement shown, then writes the PDF in the background. */
    public void savePdf() {
        PaymentStatement shown = statement.get();
        if (shown == null || writing.get()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.text("payments.statement.choose.pdf"),
                new FileType(messages.text("payments.statement.fileType.pdf"), List.of("*.pdf")),
                messages.text("payments.statement.fileName", shown.personName().replaceAll("[\\\\/:*?\"<>|]", " "),
                        shown.taxYear().label()));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withEnding(chosen.get(), ".pdf");
        start(messages.text("payments.statement.progress.pdf"));
        BackgroundTask<Path> task = BackgroundTask.of(work -> {
            pdf.write(shown, file, work);
            return file;
        });
        task.onSuccess(done -> message.set(messages.text("payments.statement.pdf.saved", file.toString())))
                .onFailure(error -> message.set(messages.text("payments.statement.pdf.failed", file.toString())))
                .onFinished(() -> writing.set(false))
                .executeWith(executor);
    }

    /** Asks where to save the ledger, in the file type chosen, then writes it in the background. */
    public void exportLedger() {
        if (writing.get()) {
            return;
        }
        LedgerFormat format = Objects.requireNonNullElse(ledgerFormat.get(), LedgerFormat.XLSX);
        Optional<TaxYear> year = ledgerAllYears.get() ? Optional.empty() : Optional.ofNullable(taxYear.get());
        String name = year.map(y -> messages.text("payments.ledger.fileName.year", y.label()))
                .orElseGet(() -> messages.text("payments.ledger.fileName.all")) + format.extension();
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.text("payments.ledger.choose"),
                new FileType(messages.text("payments.ledger.fileType." + format.name()),
                        List.of("*" + format.extension())), name);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = format.withExtension(chosen.get());
        start(messages.text("payments.ledger.progress.reading"));
        stoppable.set(true);
        ledgerTask = BackgroundTask.of(work -> ledgerExport.export(file, year, work))
                .onProgress(update -> {
                    progress.set(update.fraction());
                    message.set(update.message());
                })
                .onSuccess(count -> message.set(messages.text("payments.ledger.exported", count, file.toString())))
                .onFailure(error -> message.set(messages.text(error instanceof CancellationException
                        ? "payments.ledger.stopped" : "payments.ledger.failed", file.toString())))
                .onFinished(() -> {
                    writing.set(false);
                    stoppable.set(false);
                    ledgerTask = null;
                });
        ledgerTask.executeWith(executor);
    }

    /** Asks the ledger being written to stop at its next step; no file is left behind. */
    public void stopLedger() {
        if (ledgerTask != null) {
            ledgerTask.requestCancel();
        }
    }

    private void start(String what) {
        writing.set(true);
        progress.set(-1);
        message.set(what);
    }

    private static Path withEnding(Path file, String ending) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ending) ? file : file.resolveSibling(name + ending);
    }

    /** "2026-27 (6 April 2026 to 5 April 2027)", for the tax year chooser. */
    public String yearLabel(TaxYear year) {
        return year == null ? "" : words.year(year);
    }

    public ObservableList<PersonChoice> personChoices() {
        return personChoices;
    }

    public ObservableList<TaxYear> taxYears() {
        return taxYears;
    }

    public ObjectProperty<PersonChoice> personProperty() {
        return person;
    }

    public ObjectProperty<TaxYear> taxYearProperty() {
        return taxYear;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** How the lines were chosen, for the year chosen. */
    public ReadOnlyStringProperty basisProperty() {
        return basis;
    }

    /** The totals in words, one sentence a line, and the note on fees and tax. */
    public ReadOnlyStringProperty totalsProperty() {
        return totals;
    }

    /** What the table says when it has no lines. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    public ObjectProperty<LedgerFormat> ledgerFormatProperty() {
        return ledgerFormat;
    }

    public BooleanProperty ledgerAllYearsProperty() {
        return ledgerAllYears;
    }

    /** A sentence about the last file written, for the person and their screen reader. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing;
    }

    /** True while a ledger is being written, which can be stopped. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The share of the file written, from 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding canSavePdfProperty() {
        return canSavePdf;
    }
}
