package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

class MeetingPackViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Long> shown = new SimpleObjectProperty<>();
    private final SimpleStringProperty title = new SimpleStringProperty("Steering group");
    private MeetingPackViewModel viewModel;
    private long meetingId;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        meetingId = test.services().meetings().save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP,
                null, LocalDate.of(2026, 12, 10), LocalTime.of(10, 30), LocalTime.of(12, 30), Venue.NONE, "", "",
                null, "")).id();
        test.services().meetings().saveAgenda(meetingId,
                List.of(new AgendaItem("Welcome", AgendaAsk.NOTE, "", 10, "", false, List.of())));
        viewModel = new MeetingPackViewModel(test.services().meetingPacks(), shown, title::get,
                new SameThreadExecutor(), dialogs, TestServices.MESSAGES);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void offersThePackOnlyOnceTheMeetingIsSaved() {
        assertThat(viewModel.canMakeProperty().get()).isFalse();
        shown.set(meetingId);
        assertThat(viewModel.canMakeProperty().get()).isTrue();
    }

    @Test
    void savesTheLargePrintPackWhereChosenAndSaysHowManyPages() throws Exception {
        shown.set(meetingId);
        viewModel.largePrintProperty().set(true);
        dialogs.chooseFile(files.resolve("December pack"));

        viewModel.makePack();

        Path pack = files.resolve("December pack.pdf");
        assertThat(pack).isNotEmptyFile();
        int pages;
        PdfReader reader = new PdfReader(pack.toString());
        try {
            pages = reader.getNumberOfPages();
        } finally {
            reader.close();
        }
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved the pack (" + pages + " pages) as " + pack + ".");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void saysWhereThePackCouldNotBeSavedAndLeavesNothing() throws Exception {
        shown.set(meetingId);
        Path missingFolder = files.resolve("gone").resolve("pack.pdf");
        dialogs.chooseFile(missingFolder);

        viewModel.makePack();

        assertThat(viewModel.messageProperty().get()).startsWith("The pack could not be saved as " + missingFolder);
        assertThat(viewModel.writingProperty().get()).isFalse();
        try (var left = Files.list(files)) {
            assertThat(left).isEmpty();
        }
    }
}
