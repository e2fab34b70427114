package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import org.fourpi.toolkit.common.ui.PrintChoice;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.RecordingPrinter;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class MeetingPackViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private TestServices test;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SimpleObjectProperty<Long> shown = new SimpleObjectProperty<>();
    private final SimpleStringProperty title = new SimpleStringProperty("Steering group");
    private MeetingPackViewModel viewModel;
    private long meetingId;
    private int refreshed;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        meetingId = test.services().meetings().save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP,
                null, LocalDate.of(2026, 12, 10), LocalTime.of(10, 30), LocalTime.of(12, 30), Venue.NONE, "", "",
                null, "")).id();
        test.services().meetings().saveAgenda(meetingId,
                List.of(new AgendaItem("Welcome", AgendaAsk.NOTE, "", 10, "", false, List.of())));
        viewModel = new MeetingPackViewModel(test.services().meetingPacks(), test.services().meetings(), shown,
                title::get, new SameThreadExecutor(), dialogs, TestServices.MESSAGES, TestServices.CLOCK,
                () -> refreshed++);
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

    private long person(String first, String last, Perspective perspective) {
        Person p = Person.named(first, last);
        p = new Person(null, p.firstName(), p.lastName(), "", perspective, Set.of(), "", Set.of(), "", "", "", "",
                null, false, null, Set.of(), "", "", InvolvementStatus.ACTIVE);
        return test.services().people().save(p).id();
    }

    @Test
    void saysPlainlyWhenNoPrinterIsSetUpAndPrintsNothing() throws Exception {
        shown.set(meetingId);
        dialogs.answerPrint(new PrintChoice.NoPrinter());

        viewModel.printPack();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("No printer is set up on this computer. Save the pack as a file instead.");
        assertThat(viewModel.recordOfferProperty().get()).isEmpty();
        assertThat(viewModel.canRecordProperty().get()).isFalse();
        assertThat(viewModel.writingProperty().get()).isFalse();
    }

    @Test
    void printsNothingAndRecordsNothingWhenThePrintDialogIsCancelled() {
        long samira = person("Samira", "Okafor", Perspective.SERVICE_USER);
        test.services().meetings().invite(meetingId, samira, InvitationRole.MEMBER);
        shown.set(meetingId);
        dialogs.answerPrint(new PrintChoice.Cancelled());

        viewModel.printPack();
        viewModel.recordSent();

        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::kind).containsExactly("print");
        assertThat(viewModel.messageProperty().get()).isEqualTo("Nothing was printed.");
        assertThat(viewModel.recordOfferProperty().get()).isEmpty();
        assertThat(test.services().meetings().find(meetingId).orElseThrow().invitations())
                .extracting(Invitation::packSentOn).containsOnlyNulls();
        assertThat(refreshed).isZero();
    }

    @Test
    void printsThePackOnThePrinterChosenAndSaysHowManyPages() throws Exception {
        long samira = person("Samira", "Okafor", Perspective.SERVICE_USER);
        test.services().meetings().invite(meetingId, samira, InvitationRole.MEMBER);
        shown.set(meetingId);
        RecordingPrinter printer = new RecordingPrinter(files.resolve("printed.pdf"));
        dialogs.answerPrint(new PrintChoice.Chosen(printer));

        viewModel.printPack();

        assertThat(printer.pagesPrinted()).isGreaterThan(3);
        assertThat(printer.abandoned()).isFalse();
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Sent the pack (" + printer.pagesPrinted() + " pages) to the printer.");
        String text = textOf(printer.copy());
        assertThat(text).contains("Steering group").contains("Claim form").contains("Samira Okafor");
        assertThat(viewModel.recordOfferProperty().get()).contains("to the 1 person it was made for");
        assertThat(viewModel.canRecordProperty().get()).isTrue();
    }

    @Test
    void givesUpThePrintJobWhenThePackCannotBeMade() throws Exception {
        Path damaged = Files.writeString(files.resolve("budget.pdf"), "%PDF-1.4 torn in half");
        AgendaItem.Paper paper = test.services().meetings().keepPaper(damaged);
        test.services().meetings().saveAgenda(meetingId,
                List.of(new AgendaItem("Budget", AgendaAsk.DECIDE, "", 20, "", true, List.of(paper))));
        shown.set(meetingId);
        RecordingPrinter printer = new RecordingPrinter(files.resolve("printed.pdf"));
        dialogs.answerPrint(new PrintChoice.Chosen(printer));

        viewModel.printPack();

        assertThat(printer.abandoned()).isTrue();
        assertThat(printer.pagesPrinted()).isEqualTo(-1);
        assertThat(viewModel.messageProperty().get()).startsWith("The paper \"budget.pdf\" for the agenda item \"Budget\"");
        assertThat(viewModel.recordOfferProperty().get()).isEmpty();
    }

    @Test
    void stopsPrintingWhenAskedAndOffersNothingToRecord() {
        shown.set(meetingId);
        int[] pages = new int[1];
        RecordingPrinter printer = new RecordingPrinter(files.resolve("printed.pdf"));
        printer.beforeEachPage(() -> {
            assertThat(viewModel.stoppableProperty().get()).isEqualTo(pages[0] < 2);
            if (++pages[0] == 2) {
                viewModel.stop();
            }
        });
        dialogs.answerPrint(new PrintChoice.Chosen(printer));

        viewModel.printPack();

        assertThat(printer.pagesPrinted()).isEqualTo(1);
        assertThat(printer.abandoned()).isTrue();
        assertThat(viewModel.messageProperty().get()).isEqualTo("Stopped. Nothing more goes to the printer.");
        assertThat(viewModel.recordOfferProperty().get()).isEmpty();
        assertThat(viewModel.writingProperty().get()).isFalse();
        assertThat(viewModel.stoppableProperty().get()).isFalse();
    }

    @Test
    void recordsThePackAsSentToEveryoneItWasMadeForSoTheCheckClears() throws Exception {
        long soon = test.services().meetings().save(new Meeting(null, "Focus group", MeetingKind.FOCUS_GROUP, null,
                LocalDate.of(2026, 11, 30), LocalTime.of(13, 0), LocalTime.of(15, 0), Venue.NONE, "", "Jo Patel",
                null, "")).id();
        long samira = person("Samira", "Okafor", Perspective.SERVICE_USER);
        long tom = person("Tom", "Reilly", Perspective.CARER);
        test.services().meetings().invite(soon, samira, InvitationRole.MEMBER);
        test.services().meetings().invite(soon, tom, InvitationRole.MEMBER);
        assertThat(test.services().meetings().checks(soon, AccessNeed::name)).extracting(MeetingCheck::kind)
                .contains(MeetingCheck.Kind.PACKS_NOT_SENT);
        shown.set(soon);
        dialogs.chooseFile(files.resolve("focus group.pdf"));
        viewModel.makePack();
        assertThat(viewModel.recordOfferProperty().get()).contains("to the 2 people it was made for");
        long rosa = person("Rosa", "Delgado", Perspective.SERVICE_USER);
        test.services().meetings().invite(soon, rosa, InvitationRole.MEMBER);

        viewModel.sentByProperty().set(PackSentBy.POST);
        viewModel.recordSent();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Recorded the pack as sent today, by post, to 2 people.");
        assertThat(viewModel.recordOfferProperty().get()).as("the offer goes once taken").isEmpty();
        assertThat(refreshed).isEqualTo(1);
        List<Invitation> invited = test.services().meetings().find(soon).orElseThrow().invitations();
        assertThat(invited).filteredOn(i -> i.personId() != rosa).allSatisfy(i -> {
            assertThat(i.packSentOn()).isEqualTo(LocalDate.of(2026, 11, 26));
            assertThat(i.packSentBy()).isEqualTo(PackSentBy.POST);
        });
        assertThat(invited).filteredOn(i -> i.personId() == rosa).extracting(Invitation::packSentOn)
                .as("invited after the pack was made, so not sent it").containsOnlyNulls();
        assertThat(test.services().meetings().checks(soon, AccessNeed::name))
                .filteredOn(c -> c.kind() == MeetingCheck.Kind.PACKS_NOT_SENT)
                .singleElement().extracting(MeetingCheck::details).isEqualTo(List.of("Rosa Delgado"));

        test.services().meetings().removeInvitation(soon, rosa);
        assertThat(test.services().meetings().checks(soon, AccessNeed::name)).extracting(MeetingCheck::kind)
                .doesNotContain(MeetingCheck.Kind.PACKS_NOT_SENT);
    }

    private static String textOf(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
