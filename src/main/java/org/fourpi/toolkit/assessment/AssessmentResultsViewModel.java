package org.fourpi.toolkit.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
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
 * The Results tab: an assessment chosen from the list, its averages per area and overall, the radar
 * chart's figures, the strongest and weakest statements, the viewpoints side by side with where they
 * differ, progress since the previous assessment of the same scope, and saving it as a workbook or a
 * report. Everything is read and written in the background.
 */
public final class AssessmentResultsViewModel {

    /** A line of the summary table. */
    public record AreaRow(String name, String agreed, String previous, String change, boolean part) {
    }

    /** A line of the viewpoints table. */
    public record ViewpointRow(String area, String serviceUsers, String carers, String staff) {
    }

    /** One area on the radar chart: its name with its average, and its average now and before, or null. */
    public record RadarPoint(String label, Double now, Double before) {
    }

    private final AssessmentService assessments;
    private final AssessmentExportService export;
    private final AssessmentReportService report;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final AssessmentResultsWords words;

    private final ObservableList<AssessmentSummary> choices = FXCollections.observableArrayList();
    private final ObjectProperty<AssessmentSummary> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<AssessmentResults> results = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final StringProperty overall = new SimpleStringProperty("");
    private final ObservableList<AreaRow> areaRows = FXCollections.observableArrayList();
    private final ObservableList<RadarPoint> radar = FXCollections.observableArrayList();
    private final StringProperty radarText = new SimpleStringProperty("");
    private final StringProperty previousLegend = new SimpleStringProperty("");
    private final StringProperty strongest = new SimpleStringProperty("");
    private final StringProperty weakest = new SimpleStringProperty("");
    private final ObservableList<ViewpointRow> viewpointRows = FXCollections.observableArrayList();
    private final StringProperty viewpointsNote = new SimpleStringProperty("");
    private final StringProperty differences = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty movedUp = new SimpleStringProperty("");
    private final StringProperty movedDown = new SimpleStringProperty("");
    private final StringProperty emptyText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final DoubleProperty fileProgress = new SimpleDoubleProperty(-1);
    private Long pending;
    private boolean filling;
    private long loadCount;

    public AssessmentResultsViewModel(AssessmentService assessments, AssessmentExportService export,
                                      AssessmentReportService report, TaskExecutor executor, DialogService dialogs,
                                      Messages messages) {
        this.assessments = assessments;
        this.export = export;
        this.report = report;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.words = new AssessmentResultsWords(messages);
        chosen.addListener((obs, old, now) -> {
            if (!filling) {
                load();
            }
        });
        emptyText.set(messages.text("assessment.results.choose"));
    }

    /** Reads the list of assessments again, keeping the one chosen (or choosing the most recent). */
    public void refresh() {
        loading.set(true);
        BackgroundTask.of(work -> assessments.list())
                .onSuccess(list -> {
                    Long wanted = pending != null ? pending : chosen.get() == null ? null : chosen.get().id();
                    pending = null;
                    filling = true;
                    try {
                        choices.setAll(list);
                        chosen.set(list.stream().filter(s -> wanted != null && s.id() == wanted).findFirst()
                                .orElse(list.isEmpty() ? null : list.getFirst()));
                    } finally {
                        filling = false;
                    }
                    if (list.isEmpty()) {
                        emptyText.set(messages.text("assessment.results.noneYet"));
                    }
                    load();
                })
                .onFailure(error -> emptyText.set(messages.text("assessment.results.loadFailed")))
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    /** Shows the results of one assessment, as the wizard's "See the results" asks. */
    public void show(long assessmentId) {
        pending = assessmentId;
        refresh();
    }

    private void load() {
        AssessmentSummary summary = chosen.get();
        long load = ++loadCount;
        if (summary == null) {
            clear();
            return;
        }
        loading.set(true);
        BackgroundTask.of(work -> assessments.results(summary.id()))
                .onSuccess(found -> {
                    if (load == loadCount) {
                        fill(found);
                    }
                })
                .onFailure(error -> {
                    if (load == loadCount) {
                        clear();
                        emptyText.set(messages.text("assessment.results.loadFailed"));
                    }
                })
                .onFinished(() -> loading.set(false))
                .executeWith(executor);
    }

    private void clear() {
        results.set(null);
        List.of(heading, details, overall, radarText, previousLegend, strongest, weakest, viewpointsNote,
                differences, progress, movedUp, movedDown).forEach(p -> p.set(""));
        areaRows.clear();
        radar.clear();
        viewpointRows.clear();
    }

    private void fill(AssessmentResults found) {
        Framework framework = assessments.frameworkOf(found.assessment());
        Assessment a = found.assessment();
        heading.set(messages.text("assessment.results.heading", a.title(), words.longDay(a.heldOn())));
        details.set(messages.text("assessment.results.details", messages.text(a.status().labelKey()),
                words.scope(a), words.whoTookPart(a)));
        overall.set(words.overall(found));
        areaRows.setAll(AssessmentResultsWords.summaryLines(found, framework).stream().map(g -> {
            boolean part = framework.group(g.key()).map(IndicatorGroup::isPart).orElse(false);
            return areaRow(part ? messages.text("assessment.results.part", g.name()) : g.name(), g, part);
        }).toList());
        areaRows.add(areaRow(messages.text("assessment.results.overallName"), found.overall(), false));
        radar.setAll(found.areas().stream().map(g -> new RadarPoint(
                messages.text("assessment.results.radar.area", g.name(), words.score(g.agreed())), number(g.agreed()),
                found.previous().isPresent() ? number(g.before()) : null)).toList());
        radarText.set(words.radar(found));
        previousLegend.set(found.previous()
                .map(p -> messages.text("assessment.results.legend.previous", words.month(p.heldOn()))).orElse(""));
        strongest.set(lines(found.strongest().stream().map(r -> words.ranked(framework, r)).toList(),
                messages.text("assessment.results.nothingRated")));
        weakest.set(lines(found.weakest().stream().map(r -> words.ranked(framework, r)).toList(),
                messages.text("assessment.results.nothingRated")));
        if (found.hasOwnRatings()) {
            viewpointRows.setAll(found.areas().stream().map(g -> new ViewpointRow(g.name(),
                    words.score(g.viewpoint(Viewpoint.SERVICE_USERS)), words.score(g.viewpoint(Viewpoint.CARERS)),
                    words.score(g.viewpoint(Viewpoint.STAFF)))).toList());
            viewpointsNote.set("");
        } else {
            viewpointRows.clear();
            viewpointsNote.set(messages.text("assessment.results.together"));
        }
        differences.set(lines(words.differences(found), words.noDifferences(found)));
        progress.set(String.join("\n", words.progress(found)));
        boolean compared = found.previous().isPresent();
        movedUp.set(compared ? lines(words.moved(found, true), messages.text("assessment.results.moved.none")) : "");
        movedDown.set(compared ? lines(words.moved(found, false), messages.text("assessment.results.moved.none")) : "");
        results.set(found);
    }

    private AreaRow areaRow(String name, GroupScore score, boolean part) {
        return new AreaRow(name, words.score(score.agreed()), score.before().isEmpty() ? "" : words.score(score.before()),
                words.change(score.change()), part);
    }

    private static Double number(Score score) {
        return score.isEmpty() ? null : score.exact().doubleValue();
    }

    private static String lines(List<String> lines, String whenEmpty) {
        return lines.isEmpty() ? whenEmpty : "\u2022 " + String.join("\n\u2022 ", lines);
    }

    /** Asks where to save the workbook, then writes it in the background. */
    public void exportWorkbook() {
        save("assessment.results.workbook", ".xlsx", (file, work) -> export.export(chosenId(), file, work));
    }

    /** Asks where to save the report, then writes it in the background. */
    public void saveReport() {
        save("assessment.results.report", ".pdf", (file, work) -> report.write(chosenId(), file, work));
    }

    private long chosenId() {
        return results.get().assessment().id();
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path file, org.fourpi.toolkit.common.ui.Progress progress) throws Exception;
    }

    private void save(String prefix, String ending, Writer writer) {
        AssessmentResults shown = results.get();
        if (shown == null || writing.get()) {
            return;
        }
        String name = shown.assessment().title().replaceAll("[\\\\/:*?\"<>|]", " ").strip() + ending;
        Optional<Path> picked = dialogs.chooseFileToSave(messages.text(prefix + ".choose"),
                new FileType(messages.text(prefix + ".fileType"), List.of("*" + ending)), name);
        if (picked.isEmpty()) {
            return;
        }
        Path file = withEnding(picked.get(), ending);
        writing.set(true);
        fileProgress.set(-1);
        message.set(messages.text(prefix + ".writing"));
        BackgroundTask.of(work -> {
            writer.write(file, work);
            return file;
        })
                .onProgress(update -> fileProgress.set(update.fraction()))
                .onSuccess(done -> message.set(messages.text(prefix + ".saved", file.toString())))
                .onFailure(error -> message.set(messages.text(error instanceof CancellationException
                        ? prefix + ".stopped" : prefix + ".failed", file.toString())))
                .onFinished(() -> writing.set(false))
                .executeWith(executor);
    }

    private static Path withEnding(Path file, String ending) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ending) ? file : file.resolveSibling(name + ending);
    }

    /** The choice's words: date, title and status. */
    public String choiceLabel(AssessmentSummary summary) {
        return summary == null ? messages.text("assessment.results.choice.none") : words.choice(summary);
    }

    public ObservableList<AssessmentSummary> choices() {
        return choices;
    }

    public ObjectProperty<AssessmentSummary> chosenProperty() {
        return chosen;
    }

    /** The results shown, or null. */
    public ReadOnlyObjectProperty<AssessmentResults> resultsProperty() {
        return results;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** Status, levels covered and who took part, in counts. */
    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }

    public ReadOnlyStringProperty overallProperty() {
        return overall;
    }

    public ObservableList<AreaRow> areaRows() {
        return areaRows;
    }

    public ObservableList<RadarPoint> radar() {
        return radar;
    }

    /** The radar chart's figures in words, for screen readers and anyone who prefers them. */
    public ReadOnlyStringProperty radarTextProperty() {
        return radarText;
    }

    /** The legend's words for the previous assessment's outline, or empty when there is none. */
    public ReadOnlyStringProperty previousLegendProperty() {
        return previousLegend;
    }

    public ReadOnlyStringProperty strongestProperty() {
        return strongest;
    }

    public ReadOnlyStringProperty weakestProperty() {
        return weakest;
    }

    public ObservableList<ViewpointRow> viewpointRows() {
        return viewpointRows;
    }

    /** Why there is nothing to compare, when the assessment was rated together; otherwise empty. */
    public ReadOnlyStringProperty viewpointsNoteProperty() {
        return viewpointsNote;
    }

    /** The findings where views differ by 2 or more points, one a line. */
    public ReadOnlyStringProperty differencesProperty() {
        return differences;
    }

    /** Progress per area since the previous assessment, one sentence a line. */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty movedUpProperty() {
        return movedUp;
    }

    public ReadOnlyStringProperty movedDownProperty() {
        return movedDown;
    }

    /** What the page says when no results are shown. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    /** A sentence about the last file written. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing;
    }

    /** The share of the file written, 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty fileProgressProperty() {
        return fileProgress;
    }
}
