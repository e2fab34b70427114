package org.fourpi.toolkit.meetings;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.DocumentPrinter;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.PrintChoice;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * Makes the open meeting's pack: saves it where the person chooses, or prints it through the computer's
 * print dialog, in standard or large print, in the background with progress, and says in words what
 * happened. Once a pack is saved or printed it offers to record it as sent today to the people it was
 * made for (everyone invited when it was made), by email, post or by hand.
 */
public final class MeetingPackViewModel {

    private final MeetingPackService packs;
    private final MeetingService meetings;
    private final ReadOnlyObjectProperty<Long> meetingId;
    private final Supplier<String> title;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Runnable recorded;
    private final BooleanProperty largePrint = new SimpleBooleanProperty();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final BooleanProperty stoppable = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<PackSentBy> sentBy = new SimpleObjectProperty<>(PackSentBy.EMAIL);
    private final StringProperty recordOffer = new SimpleStringProperty("");
    private final BooleanBinding canMake;
    private final BooleanBinding canRecord;

    /** The meeting and people the last pack saved or printed was made for, until recorded as sent. */
    private record Made(long meetingId, List<Long> people) {
    }

    private final ObjectProperty<Made> made = new SimpleObjectProperty<>();
    private BackgroundTask<?> running;

    /**
     * @param meetingId the saved meeting shown, or null while none is saved
     * @param title     the meeting's title, to suggest a file name
     * @param recorded  run once a pack is recorded as sent, so the meeting shown reads its invitations again
     */
    public MeetingPackViewModel(MeetingPackService packs, MeetingService meetings,
                                ReadOnlyObjectProperty<Long> meetingId, Supplier<String> title,
                                TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock,
                                Runnable recorded) {
        this.packs = packs;
        this.meetings = meetings;
        this.meetingId = meetingId;
        this.title = title;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.recorded = recorded;
        this.canMake = Bindings.createBooleanBinding(() -> meetingId.get() != null && !writing.get(), meetingId, writing);
        this.canRecord = Bindings.createBooleanBinding(() -> made.get() != null && !writing.get(), made, writing);
        meetingId.addListener((obs, old, now) -> {
            message.set("");
            made.set(null);
        });
        made.addListener((obs, old, now) -> recordOffer.set(now == null ? ""
                : messages.text("meetings.sent.offer", now.people().size())));
    }

    /** Asks where to save the pack, then writes it in the background. */
    public void makePack() {
        Long id = meetingId.get();
        if (id == null || writing.get()) {
            return;
        }
        boolean large = largePrint.get();
        String name = messages.text(large ? "meetings.packButton.fileName.large" : "meetings.packButton.fileName",
                safeTitle());
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.text("meetings.packButton.choose"),
                new FileType(messages.text("meetings.packButton.fileType"), List.of("*.pdf")), name);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPdfEnding(chosen.get());
        started();
        running = BackgroundTask.of(step -> {
                    List<Long> people = invited(id);
                    return new Written(packs.write(id, large, file, step), new Made(id, people));
                })
                .onProgress(this::showProgress)
                .onSuccess(written -> {
                    message.set(messages.text("meetings.packButton.saved", written.pages(), file.toString()));
                    made.set(written.made());
                })
                .onFailure(error -> message.set(error instanceof CancellationException
                        ? messages.text("meetings.pack.stopped.saving")
                        : error instanceof PaperUnreadableException unreadable
                        ? unreadable.getMessage() : messages.text("meetings.packButton.failed", file.toString())))
                .onFinished(this::finished);
        running.executeWith(executor);
    }

    /**
     * Shows the computer's print dialog; once a printer is chosen, makes the pack in the background and
     * prints it. Says plainly when no printer is set up; a cancelled dialog prints nothing.
     */
    public void printPack() {
        Long id = meetingId.get();
        if (id == null || writing.get()) {
            return;
        }
        PrintChoice choice = dialogs.choosePrinter(messages.text("meetings.print.jobName", safeTitle()));
        switch (choice) {
            case PrintChoice.NoPrinter none -> message.set(messages.text("meetings.print.noPrinter"));
            case PrintChoice.Cancelled cancelled -> message.set(messages.text("meetings.print.cancelled"));
            case PrintChoice.Chosen chosen -> print(id, largePrint.get(), chosen.printer());
        }
    }

    private record Written(int pages, Made made) {
    }

    private void print(long id, boolean large, DocumentPrinter printer) {
        started();
        running = BackgroundTask.of(step -> {
                    // Made in memory: a pack holds names and needs, and is never left in a temporary file.
                    ByteArrayOutputStream pack = new ByteArrayOutputStream();
                    List<Long> people;
                    try {
                        people = invited(id);
                        packs.write(id, large, pack, step);
                    } catch (Exception e) {
                        printer.abandon();
                        throw e;
                    }
                    int pages = printer.print(pack.toByteArray(), printing(step));
                    return new Written(pages, new Made(id, people));
                })
                .onProgress(this::showProgress)
                .onSuccess(printed -> {
                    message.set(messages.text("meetings.print.done", printed.pages()));
                    made.set(printed.made());
                })
                .onFailure(error -> message.set(error instanceof CancellationException
                        ? messages.text("meetings.pack.stopped.printing")
                        : error instanceof PaperUnreadableException unreadable
                        ? unreadable.getMessage() : messages.text("meetings.print.failed")))
                .onFinished(this::finished);
        running.executeWith(executor);
    }

    /** Asks the pack being made or printed to stop at its next step; nothing half-made is kept. */
    public void stop() {
        if (running != null && writing.get()) {
            running.requestCancel();
            stoppable.set(false);
            message.set(messages.text("meetings.pack.stopping"));
        }
    }

    /** Reports each page sent to the printer in words. */
    private Progress printing(Progress step) {
        return new Progress() {
            @Override
            public void update(long done, long total, String said) {
                step.update(done, total, messages.text("meetings.print.progress", Math.min(done + 1, total), total));
            }

            @Override
            public boolean isCancelRequested() {
                return step.isCancelRequested();
            }
        };
    }

    /** Records the pack last saved or printed as sent today, by the way chosen, to the people it was made for. */
    public void recordSent() {
        Made pack = made.get();
        PackSentBy by = sentBy.get();
        if (pack == null || by == null || writing.get()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        writing.set(true);
        BackgroundTask.of(step -> {
                    Set<Long> stillInvited = new HashSet<>(invited(pack.meetingId()));
                    List<Long> who = pack.people().stream().filter(stillInvited::contains).toList();
                    if (!who.isEmpty()) {
                        meetings.recordPackSent(pack.meetingId(), who, today, by);
                    }
                    return who.size();
                })
                .onSuccess(count -> {
                    made.set(null);
                    message.set(count == 0 ? messages.text("meetings.sent.nobody")
                            : messages.text("meetings.sent.recorded", count,
                                    messages.text(by.labelKey()).toLowerCase(Locale.UK)));
                    recorded.run();
                })
                .onFailure(error -> message.set(messages.text("meetings.sent.failed")))
                .onFinished(() -> writing.set(false))
                .executeWith(executor);
    }

    private List<Long> invited(long id) {
        return meetings.find(id).map(plan -> plan.invitations().stream().map(Invitation::personId).toList())
                .orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
    }

    private void started() {
        writing.set(true);
        stoppable.set(true);
        made.set(null);
        progress.set(-1);
        message.set(messages.text("meetings.packButton.progress"));
    }

    private void finished() {
        running = null;
        writing.set(false);
        stoppable.set(false);
        progress.set(-1);
    }

    private void showProgress(BackgroundTask.ProgressUpdate update) {
        progress.set(update.fraction());
        if (!update.message().isEmpty() && (running == null || !running.isCancelRequested())) {
            message.set(update.message());
        }
    }

    private String safeTitle() {
        return title.get().replaceAll("[\\\\/:*?\"<>|]", " ").strip();
    }

    private static Path withPdfEnding(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }

    public BooleanProperty largePrintProperty() {
        return largePrint;
    }

    /** True when a saved meeting is shown and no pack is being written. */
    public BooleanBinding canMakeProperty() {
        return canMake;
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing;
    }

    /** True while a pack is being made or printed and has not been asked to stop. */
    public ReadOnlyBooleanProperty stoppableProperty() {
        return stoppable;
    }

    /** How far the pack being made or printed has got, from 0 to 1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** How the pack went out, for recording it as sent. */
    public ObjectProperty<PackSentBy> sentByProperty() {
        return sentBy;
    }

    /** True once a pack is saved or printed and not yet recorded as sent. */
    public BooleanBinding canRecordProperty() {
        return canRecord;
    }

    /** The offer to record the pack as sent, saying to how many people; empty when there is none. */
    public ReadOnlyStringProperty recordOfferProperty() {
        return recordOffer;
    }
}
