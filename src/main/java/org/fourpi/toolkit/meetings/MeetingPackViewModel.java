package org.fourpi.toolkit.meetings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;

/**
 * Makes the open meeting's pack: asks where to save it, writes it in the background in standard or large
 * print, and says in words where it went and how many pages it has, or what went wrong.
 */
public final class MeetingPackViewModel {

    private final MeetingPackService packs;
    private final ReadOnlyObjectProperty<Long> meetingId;
    private final Supplier<String> title;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final BooleanProperty largePrint = new SimpleBooleanProperty();
    private final BooleanProperty writing = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canMake;

    /**
     * @param meetingId the saved meeting shown, or null while none is saved
     * @param title     the meeting's title, to suggest a file name
     */
    public MeetingPackViewModel(MeetingPackService packs, ReadOnlyObjectProperty<Long> meetingId,
                                Supplier<String> title, TaskExecutor executor, DialogService dialogs,
                                Messages messages) {
        this.packs = packs;
        this.meetingId = meetingId;
        this.title = title;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.canMake = Bindings.createBooleanBinding(() -> meetingId.get() != null && !writing.get(), meetingId, writing);
        meetingId.addListener((obs, old, now) -> message.set(""));
    }

    /** Asks where to save the pack, then writes it in the background. */
    public void makePack() {
        Long id = meetingId.get();
        if (id == null || writing.get()) {
            return;
        }
        boolean large = largePrint.get();
        String name = messages.text(large ? "meetings.packButton.fileName.large" : "meetings.packButton.fileName",
                title.get().replaceAll("[\\\\/:*?\"<>|]", " ").strip());
        Optional<Path> chosen = dialogs.chooseFileToSave(messages.text("meetings.packButton.choose"),
                new FileType(messages.text("meetings.packButton.fileType"), List.of("*.pdf")), name);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withPdfEnding(chosen.get());
        writing.set(true);
        message.set(messages.text("meetings.packButton.progress"));
        BackgroundTask.of(progress -> packs.write(id, large, file, progress))
                .onSuccess(pages -> message.set(messages.text("meetings.packButton.saved", pages, file.toString())))
                .onFailure(error -> message.set(error instanceof PaperUnreadableException unreadable
                        ? unreadable.getMessage() : messages.text("meetings.packButton.failed", file.toString())))
                .onFinished(() -> writing.set(false))
                .executeWith(executor);
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

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
