package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimStatus;
import org.fourpi.toolkit.payments.PersonChoice;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.RecordingDialogs;
import org.fourpi.toolkit.testing.SameThreadExecutor;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingsViewModelTest {

    @TempDir Path dataDir;
    @TempDir Path files;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Path> opened = new ArrayList<>();
    private TestServices test;
    private MeetingService meetings;
    private MeetingsViewModel section;
    private MeetingEditorViewModel editor;
    private long samira;
    private long tom;
    private long ade;

    @BeforeEach
    void open() {
        test = TestServices.open(dataDir);
        meetings = test.services().meetings();
        samira = person("Samira", "Okafor", Perspective.SERVICE_USER, Set.of(AccessNeed.STEP_FREE));
        tom = person("Tom", "Reilly", Perspective.CARER, Set.of());
        ade = person("Ade", "Bello", Perspective.STAFF, Set.of());
        editor = new MeetingEditorViewModel(meetings,
                () -> test.services().people().list().stream().map(p -> new PersonChoice(p.id(), p.displayName())).toList(),
                executor, dialogs, TestServices.MESSAGES, TestServices.CLOCK, opened::add);
        section = new MeetingsViewModel(meetings, editor, executor, TestServices.MESSAGES, TestServices.CLOCK);
    }

    @AfterEach
    void close() {
        test.close();
        assertThat(executor.unexpected()).isEmpty();
    }

    private long person(String first, String last, Perspective perspective, Set<AccessNeed> needs) {
        Person p = new Person(null, first, last, "", perspective, Set.of(), "", Set.of(), "", "", "", "",
                null, false, null, needs, "", "", InvolvementStatus.ACTIVE);
        return test.services().people().save(p).id();
    }

    private Meeting meeting(String title, LocalDate date) {
        return meetings.save(new Meeting(null, title, MeetingKind.STEERING_GROUP, InvolvementLevel.C, date,
                LocalTime.of(10, 30), LocalTime.of(12, 30), Venue.NONE, "", "Jo Patel", null, ""));
    }

    private PersonChoice choice(long id) {
        return editor.personChoices().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Types a new meeting's details as a person would, and saves it. */
    private long planSteeringGroup() {
        section.startNew();
        editor.titleProperty().set("Steering group");
        editor.kindProperty().set(MeetingKind.STEERING_GROUP);
        editor.levelProperty().set(InvolvementLevel.C);
        editor.dateProperty().set("10/12/2026");
        editor.startsAtProperty().set("10:30");
        editor.endsAtProperty().set("12:30");
        editor.venueNameProperty().set("Community hall");
        editor.stepFreeProperty().set(true);
        editor.supportContactProperty().set("Jo Patel, 07700 900123");
        editor.save();
        return editor.selectedMeetingId().orElseThrow();
    }

    private void invite(long person, InvitationRole role) {
        editor.inviteeProperty().set(choice(person));
        editor.inviteRoleProperty().set(role);
        editor.invite();
    }

    private MeetingEditorViewModel.InvitationRow row(String name) {
        return editor.invitations().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsMeetingsToComeSoonestFirstThenPastMeetingsLatestFirst() {
        meeting("Board", LocalDate.of(2026, 12, 10));
        meeting("Focus group", LocalDate.of(2026, 10, 1));
        meeting("Carers forum", LocalDate.of(2026, 11, 26));
        meeting("Training day", LocalDate.of(2026, 11, 20));

        section.shown();

        assertThat(section.rows()).extracting(MeetingsViewModel.Row::title)
                .containsExactly("Carers forum", "Board", "Training day", "Focus group");
        assertThat(section.rows()).extracting(MeetingsViewModel.Row::when)
                .containsExactly("Coming", "Coming", "Past", "Past");
        assertThat(section.rows().get(1)).extracting(MeetingsViewModel.Row::date, MeetingsViewModel.Row::time,
                        MeetingsViewModel.Row::kind, MeetingsViewModel.Row::invited)
                .containsExactly("Thu 10 Dec 2026", "10:30", "Steering group", "Nobody yet");
    }

    @Test
    void namesEachFieldThatIsWrongAndKeepsWhatWasTyped() {
        section.startNew();
        editor.dateProperty().set("31/11/2026");
        editor.startsAtProperty().set("14:00");
        editor.endsAtProperty().set("half past");
        editor.purposeProperty().set("To plan the year");

        editor.save();

        assertThat(editor.problemsProperty().get()).contains("Title: give the meeting a name.",
                "Kind of meeting: choose one.", "Date: write it as day/month/year", "Ends at: write the time");
        assertThat(editor.messageProperty().get()).contains("not saved");
        assertThat(editor.dateProperty().get()).isEqualTo("31/11/2026");
        assertThat(editor.purposeProperty().get()).isEqualTo("To plan the year");
        assertThat(editor.hasUnsavedChanges()).isTrue();
        assertThat(meetings.list()).isEmpty();

        editor.titleProperty().set("Steering group");
        editor.kindProperty().set(MeetingKind.BOARD);
        editor.dateProperty().set("10/12/2026");
        editor.endsAtProperty().set("13:00");
        editor.startsAtProperty().set("13:30");
        editor.save();
        assertThat(editor.problemsProperty().get()).isEqualTo("Times: the meeting must end after it starts.");
        assertThat(meetings.list()).isEmpty();
    }

    @Test
    void savesANewMeetingWithPapersGoingOutAWeekBefore() {
        section.startNew();
        editor.dateProperty().set("10/12/2026");
        assertThat(editor.papersDueHintProperty().get()).contains("3/12/2026", "a week before");

        long id = planSteeringGroup();

        assertThat(editor.messageProperty().get()).isEqualTo("The meeting is saved. You can now invite people and plan the agenda.");
        assertThat(editor.papersDueProperty().get()).isEqualTo("3/12/2026");
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(meetings.find(id).orElseThrow().meeting().venue().stepFree()).isTrue();

        editor.back();
        assertThat(section.modeProperty().get()).isEqualTo(MeetingsViewModel.Mode.LIST);
        assertThat(section.rows()).extracting(MeetingsViewModel.Row::title).containsExactly("Steering group");
    }

    @Test
    void removesThePapersAttachedWhenTheAgendaIsLeftWithoutSaving() throws IOException {
        long id = planSteeringGroup();
        AgendaRow budget = editor.addAgendaItem();
        budget.titleProperty().set("Budget");
        budget.askProperty().set(AgendaAsk.DECIDE);
        dialogs.chooseFile(Files.write(files.resolve("budget.pdf"), "%PDF-1.4 a budget".getBytes()));
        editor.attachPaper(budget);
        editor.saveAgenda();
        Path savedPaper = meetings.paperFile(budget.papers().getFirst().storedFile());
        dialogs.chooseFile(Files.write(files.resolve("accounts.pdf"), "%PDF-1.4 the accounts".getBytes()));
        AgendaRow accounts = editor.addAgendaItem();
        accounts.titleProperty().set("Accounts");
        accounts.askProperty().set(AgendaAsk.NOTE);
        editor.attachPaper(accounts);
        editor.attachPaper(editor.agenda().getFirst());
        List<Path> unsaved = java.util.stream.Stream.concat(accounts.papers().stream(),
                        editor.agenda().getFirst().papers().stream().skip(1))
                .map(p -> meetings.paperFile(p.storedFile())).toList();
        assertThat(unsaved).hasSize(2).allSatisfy(p -> assertThat(p).exists());

        dialogs.answerConfirm(true);
        editor.back();

        assertThat(section.modeProperty().get()).isEqualTo(MeetingsViewModel.Mode.LIST);
        assertThat(unsaved).allSatisfy(p -> assertThat(p).doesNotExist());
        assertThat(savedPaper).as("the paper on the saved agenda stays").exists();
        assertThat(meetings.find(id).orElseThrow().agenda().getFirst().papers()).hasSize(1);
    }

    @Test
    void removesUnsavedPapersWhenTheProgramCloses() throws IOException {
        planSteeringGroup();
        AgendaRow budget = editor.addAgendaItem();
        budget.titleProperty().set("Budget");
        budget.askProperty().set(AgendaAsk.DECIDE);
        dialogs.chooseFile(Files.write(files.resolve("budget.pdf"), "%PDF-1.4 a budget".getBytes()));
        editor.attachPaper(budget);
        Path unsaved = meetings.paperFile(budget.papers().getFirst().storedFile());
        assertThat(unsaved).exists();

        editor.discardUnsavedPapers();

        assertThat(unsaved).doesNotExist();
    }

    @Test
    void removesAPaperTakenOffAgainBeforeTheAgendaIsSaved() throws IOException {
        planSteeringGroup();
        AgendaRow budget = editor.addAgendaItem();
        budget.titleProperty().set("Budget");
        budget.askProperty().set(AgendaAsk.DECIDE);
        dialogs.chooseFile(Files.write(files.resolve("budget.pdf"), "%PDF-1.4 a budget".getBytes()));
        editor.attachPaper(budget);
        AgendaItem.Paper wrong = budget.papers().getFirst();
        editor.removePaper(budget, wrong);

        editor.saveAgenda();

        assertThat(editor.messageProperty().get()).isEqualTo("The agenda is saved.");
        assertThat(meetings.paperFile(wrong.storedFile())).doesNotExist();
    }

    @Test
    void asksBeforeLeavingChangesUnsaved() {
        planSteeringGroup();
        editor.notesProperty().set("Agreed the budget");
        assertThat(section.hasUnsavedChanges()).isTrue();

        dialogs.answerConfirm(false);
        editor.back();
        assertThat(section.modeProperty().get()).isEqualTo(MeetingsViewModel.Mode.MEETING);
        assertThat(dialogs.shown()).extracting(RecordingDialogs.Shown::title).containsExactly("Changes not saved");

        dialogs.answerConfirm(true);
        editor.back();
        assertThat(section.modeProperty().get()).isEqualTo(MeetingsViewModel.Mode.LIST);
    }

    @Test
    void invitesFromTheRegisterAndShowsRoleExperienceAndNeeds() {
        planSteeringGroup();
        assertThat(editor.personChoices()).extracting(PersonChoice::name)
                .contains("Samira Okafor", "Tom Reilly", "Ade Bello");

        invite(samira, InvitationRole.MEMBER);
        invite(ade, InvitationRole.STAFF);

        assertThat(editor.messageProperty().get()).isEqualTo("Ade Bello is invited as Staff.");
        assertThat(editor.personChoices()).extracting(PersonChoice::name).containsExactly("Tom Reilly");
        assertThat(row("Samira Okafor")).extracting(r -> r.role(), r -> r.livedExperience(), r -> r.needs(),
                r -> r.travel(), r -> r.pack(), r -> r.attendance())
                .containsExactly("Member", "Yes", "Step-free access", "Not needed", "Not sent", "Not recorded");
        assertThat(row("Ade Bello").livedExperience()).isEqualTo("No");

        editor.chosen().setAll(samira);
        editor.newRoleProperty().set(InvitationRole.RESERVE);
        editor.changeRole();
        assertThat(row("Samira Okafor").role()).isEqualTo("Reserve");

        dialogs.answerConfirm(true);
        editor.chosen().setAll(ade);
        editor.removeChosen();
        assertThat(editor.invitations()).extracting(MeetingEditorViewModel.InvitationRow::name)
                .containsExactly("Samira Okafor");
        assertThat(editor.personChoices()).extracting(PersonChoice::name).contains("Ade Bello");
    }

    @Test
    void recordsTravelPacksAndAttendanceForThePeopleChosen() {
        long id = planSteeringGroup();
        invite(samira, InvitationRole.MEMBER);
        invite(tom, InvitationRole.MEMBER);

        editor.chosen().setAll(samira);
        editor.travelNeededProperty().set(true);
        editor.travelBookedProperty().set(true);
        editor.travelDescriptionProperty().set("Return train");
        editor.travelCostProperty().set("£12.40");
        editor.saveTravel();
        assertThat(row("Samira Okafor").travel()).isEqualTo("Booked, cost £12.40 (Return train)");

        editor.travelCostProperty().set("twelve");
        editor.saveTravel();
        assertThat(editor.messageProperty().get()).startsWith("Travel cost:");

        editor.chosen().setAll(samira, tom);
        assertThat(editor.packSentOnProperty().get()).isEqualTo("26/11/2026");
        editor.packSentByProperty().set(PackSentBy.POST);
        editor.recordPackSent();
        assertThat(editor.messageProperty().get()).isEqualTo("The pack is recorded as sent to 2 people on 26/11/2026.");
        assertThat(row("Tom Reilly").pack()).isEqualTo("26/11/2026, By post");

        editor.packSentOnProperty().set("1/12/2026");
        editor.recordPackSent();
        assertThat(editor.messageProperty().get()).startsWith("Pack sent: give a date that is not in the future");

        editor.chosen().setAll(tom);
        editor.attendanceProperty().set(Attendance.APOLOGIES);
        editor.recordAttendance();
        assertThat(row("Tom Reilly").attendance()).isEqualTo("Sent apologies");
        assertThat(meetings.find(id).orElseThrow().invitations())
                .filteredOn(i -> i.personId() == tom).extracting(Invitation::attendance).containsExactly(Attendance.APOLOGIES);
    }

    @Test
    void editsMovesAndSavesTheAgendaWithItsPapers() throws IOException {
        long id = planSteeringGroup();
        AgendaRow budget = editor.addAgendaItem();
        budget.titleProperty().set("Budget");
        budget.askProperty().set(AgendaAsk.DECIDE);
        budget.minutesProperty().set("twenty");
        AgendaRow welcome = editor.addAgendaItem();
        welcome.titleProperty().set("Welcome");
        welcome.presenterProperty().set("Jo Patel");
        assertThat(editor.hasUnsavedChanges()).isTrue();

        editor.saveAgenda();
        assertThat(editor.messageProperty().get()).isEqualTo("Agenda item 1: write the minutes as a whole number, such as 20.");

        budget.minutesProperty().set("20");
        budget.laySummaryProperty().set("How we spend next year's money");
        Path paper = Files.write(files.resolve("budget.pdf"), "%PDF-1.4 a budget".getBytes());
        dialogs.chooseFile(paper);
        editor.attachPaper(budget);
        assertThat(budget.papers()).extracting(AgendaItem.Paper::fileName).containsExactly("budget.pdf");
        editor.moveUp(welcome);
        editor.moveDown(welcome);
        editor.moveUp(welcome);
        editor.saveAgenda();

        assertThat(editor.messageProperty().get()).isEqualTo("The agenda is saved.");
        assertThat(editor.hasUnsavedChanges()).isFalse();
        List<AgendaItem> saved = meetings.find(id).orElseThrow().agenda();
        assertThat(saved).extracting(AgendaItem::title).containsExactly("Welcome", "Budget");
        assertThat(saved.get(1).minutes()).isEqualTo(20);
        assertThat(saved.get(1).papers()).hasSize(1);

        editor.openPaper(editor.agenda().get(1).papers().get(0));
        assertThat(opened).hasSize(1);
        assertThat(Files.readString(opened.get(0))).startsWith("%PDF-1.4");

        Path notPdf = Files.writeString(files.resolve("notes.pdf"), "just words");
        dialogs.chooseFile(notPdf);
        editor.attachPaper(editor.agenda().get(0));
        assertThat(editor.messageProperty().get()).isEqualTo("Paper: choose a PDF file.");
        assertThat(editor.agenda().get(0).papers()).isEmpty();

        editor.removeAgendaItem(editor.agenda().get(0));
        editor.saveAgenda();
        section.startNew();
        section.open(section.rows().isEmpty() ? null : section.rows().get(0));
        editor.open(id);
        assertThat(editor.agenda()).extracting(r -> r.titleProperty().get()).containsExactly("Budget");
    }

    @Test
    void showsTheChecksNamingTheirStandardAndClearsThemWhenMet() {
        planSteeringGroup();
        assertThat(editor.checks()).containsExactly(
                "Presence: Only 0 service users or carers are invited. The standards ask for at least two, and ideally three, so nobody is left to speak for everyone.");

        invite(samira, InvitationRole.MEMBER);
        assertThat(editor.checks()).anyMatch(c -> c.startsWith("Presence: Only 1 service users or carers"));
        invite(ade, InvitationRole.STAFF);
        assertThat(editor.checks()).anyMatch(c -> c.startsWith("Presence: Only 1 service users or carers"));
        invite(tom, InvitationRole.MEMBER);
        assertThat(editor.checks()).noneMatch(c -> c.startsWith("Presence:"));

        editor.startsAtProperty().set("9:00");
        editor.save();
        assertThat(editor.checks()).containsExactly(
                "Process: The meeting starts before 10:00. Early starts are hard for some people, for example those taking some medicines.");
        assertThat(editor.checksSummaryProperty().get()).startsWith("There is one thing to look at.");

        editor.startsAtProperty().set("10:30");
        editor.save();
        assertThat(editor.checks()).isEmpty();
        assertThat(editor.checksSummaryProperty().get()).startsWith("The plan meets these checks");
    }

    @Test
    void makesDraftClaimsForThoseWhoCameAndSaysWhereTheyWait() {
        long id = meetings.save(new Meeting(null, "Carers forum", MeetingKind.FOCUS_GROUP, null,
                LocalDate.of(2026, 11, 20), LocalTime.of(10, 30), LocalTime.of(12, 30), Venue.NONE, "", "Jo", null, "")).id();
        section.shown();
        section.open(section.rows().get(0));
        invite(samira, InvitationRole.MEMBER);
        invite(tom, InvitationRole.MEMBER);
        invite(ade, InvitationRole.STAFF);
        editor.chosen().setAll(samira, ade);
        editor.attendanceProperty().set(Attendance.ATTENDED);
        editor.recordAttendance();

        editor.makeDraftClaims();

        assertThat(editor.messageProperty().get())
                .isEqualTo("1 draft claim was made. They wait in Payments > Claims, to check and submit.");
        assertThat(test.services().claims().list(new ClaimFilter(ClaimStatus.DRAFT, samira, "", null, null, null)))
                .hasSize(1);
        editor.makeDraftClaims();
        assertThat(editor.messageProperty().get()).startsWith("No draft claims were made");
        assertThat(id).isPositive();
    }
}
