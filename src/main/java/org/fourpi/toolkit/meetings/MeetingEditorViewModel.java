package org.fourpi.toolkit.meetings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.ui.BackgroundTask;
import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.TaskExecutor;
import org.fourpi.toolkit.payments.PersonChoice;
import org.fourpi.toolkit.payments.RateRules;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;

/**
 * One meeting open on the Meetings section: its details, the people invited with their travel, packs
 * and attendance, the agenda with its papers, the checks against the 4PI standards, and draft claims
 * for those who came. Invitations and the agenda can be planned once the details are saved.
 */
public final class MeetingEditorViewModel {

    /** One invited person as the table shows them. */
    public record InvitationRow(long personId, String name, String role, String livedExperience, String needs,
                                String otherNeeds, String travel, String pack, String attendance) {
    }

    static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.UK);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final MeetingService meetings;
    private final Supplier<List<PersonChoice>> people;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Path> showDocument;

    private final ObjectProperty<Long> meetingId = new SimpleObjectProperty<>();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<InvolvementLevel> level = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty startsAt = new SimpleStringProperty("");
    private final StringProperty endsAt = new SimpleStringProperty("");
    private final StringProperty venueName = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty onlineLink = new SimpleStringProperty("");
    private final BooleanProperty stepFree = new SimpleBooleanProperty();
    private final BooleanProperty hearingLoop = new SimpleBooleanProperty();
    private final BooleanProperty accessibleToilet = new SimpleBooleanProperty();
    private final BooleanProperty quietRoom = new SimpleBooleanProperty();
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty supportContact = new SimpleStringProperty("");
    private final StringProperty papersDue = new SimpleStringProperty("");
    private final StringProperty papersDueHint = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty detailsChanged = new SimpleBooleanProperty();
    private final BooleanProperty agendaChanged = new SimpleBooleanProperty();

    private final ObservableList<InvitationRow> invitations = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> personChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PersonChoice> invitee = new SimpleObjectProperty<>();
    private final ObjectProperty<InvitationRole> inviteRole = new SimpleObjectProperty<>(InvitationRole.MEMBER);
    private final ObservableList<Long> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<InvitationRole> newRole = new SimpleObjectProperty<>(InvitationRole.MEMBER);
    private final BooleanProperty travelNeeded = new SimpleBooleanProperty();
    private final BooleanProperty travelBooked = new SimpleBooleanProperty();
    private final StringProperty travelDescription = new SimpleStringProperty("");
    private final StringProperty travelCost = new SimpleStringProperty("");
    private final StringProperty packSentOn = new SimpleStringProperty("");
    private final ObjectProperty<PackSentBy> packSentBy = new SimpleObjectProperty<>(PackSentBy.EMAIL);
    private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>(Attendance.ATTENDED);

    private final ObservableList<AgendaRow> agenda = FXCollections.observableArrayList();
    private final ObservableList<String> checks = FXCollections.observableArrayList();
    private final StringProperty checksSummary = new SimpleStringProperty("");

    private List<Invitation> invited = List.of();
    /** Papers kept for this edit of the agenda and not yet saved on it; removed again if it is left unsaved. */
    private final Set<String> unsavedPapers = new HashSet<>();
    private Consumer<String> closed = said -> { };
    private boolean filling;

    public MeetingEditorViewModel(MeetingService meetings, Supplier<List<PersonChoice>> people,
                                  TaskExecutor executor, DialogService dialogs, Messages messages, Clock clock,
                                  Consumer<Path> showDocument) {
        this.meetings = meetings;
        this.people = people;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.showDocument = showDocument;
        ChangeListener<Object> changed = (obs, old, now) -> {
            if (!filling) {
                detailsChanged.set(true);
            }
        };
        List.of(title, kind, level, date, startsAt, endsAt, venueName, address, onlineLink, stepFree, hearingLoop,
                accessibleToilet, quietRoom, purpose, supportContact, papersDue, notes)
                .forEach(p -> p.addListener(changed));
        date.addListener((obs, old, now) -> showPapersDue());
        papersDue.addListener((obs, old, now) -> showPapersDue());
        agenda.addListener((ListChangeListener<AgendaRow>) c -> {
            if (!filling) {
                agendaChanged.set(true);
            }
        });
        chosen.addListener((ListChangeListener<Long>) c -> showTravelOfChosen());
    }

    void onClosed(Consumer<String> then) {
        this.closed = then;
    }

    /** The meeting open, for the meeting pack; empty while a new meeting is not yet saved. */
    public Optional<Long> selectedMeetingId() {
        return Optional.ofNullable(meetingId.get());
    }

    public void startNew() {
        discardUnsavedPapers();
        filling = true;
        try {
            meetingId.set(null);
            heading.set(messages.text("meetings.editor.newTitle"));
            title.set("");
            kind.set(null);
            level.set(null);
            date.set("");
            startsAt.set("");
            endsAt.set("");
            venueName.set("");
            address.set("");
            onlineLink.set("");
            stepFree.set(false);
            hearingLoop.set(false);
            accessibleToilet.set(false);
            quietRoom.set(false);
            purpose.set("");
            supportContact.set("");
            papersDue.set("");
            notes.set("");
            invited = List.of();
            invitations.clear();
            agenda.clear();
            checks.clear();
            checksSummary.set("");
            chosen.clear();
            personChoices.clear();
        } finally {
            filling = false;
        }
        problems.set("");
        message.set("");
        detailsChanged.set(false);
        agendaChanged.set(false);
        resetInvitationFields();
    }

    /** Opens a saved meeting, read in the background. */
    public void open(long id) {
        startNew();
        meetingId.set(id);
        heading.set("");
        busy.set(true);
        BackgroundTask.of(progress -> read(id))
                .onSuccess(read -> {
                    showDetails(read.plan().meeting());
                    showAgenda(read.plan().agenda());
                    showPlan(read);
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private record Read(MeetingPlan plan, List<MeetingCheck> checks, List<PersonChoice> people) {
    }

    private Read read(long id) {
        MeetingPlan plan = meetings.find(id).orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
        Function<AccessNeed, String> needName = need -> messages.text(need.labelKey());
        return new Read(plan, meetings.checks(id, needName), people.get());
    }

    private void showDetails(Meeting m) {
        filling = true;
        try {
            meetingId.set(m.id());
            heading.set(m.title());
            title.set(m.title());
            kind.set(m.kind());
            level.set(m.level());
            date.set(m.date() == null ? "" : TYPED_DATE.format(m.date()));
            startsAt.set(m.startsAt() == null ? "" : SHOWN_TIME.format(m.startsAt()));
            endsAt.set(m.endsAt() == null ? "" : SHOWN_TIME.format(m.endsAt()));
            venueName.set(m.venue().name());
            address.set(m.venue().address());
            onlineLink.set(m.venue().onlineLink());
            stepFree.set(m.venue().stepFree());
            hearingLoop.set(m.venue().hearingLoop());
            accessibleToilet.set(m.venue().accessibleToilet());
            quietRoom.set(m.venue().quietRoom());
            purpose.set(m.purpose());
            supportContact.set(m.supportContact());
            papersDue.set(m.papersDue() == null ? "" : TYPED_DATE.format(m.papersDue()));
            notes.set(m.notes());
        } finally {
            filling = false;
        }
        detailsChanged.set(false);
    }

    private void showAgenda(List<AgendaItem> items) {
        filling = true;
        try {
            List<AgendaRow> rows = new ArrayList<>();
            for (AgendaItem item : items) {
                rows.add(newRow(item));
            }
            agenda.setAll(rows);
        } finally {
            filling = false;
        }
        agendaChanged.set(false);
    }

    private AgendaRow newRow(AgendaItem item) {
        AgendaRow row = new AgendaRow(item);
        row.whenChanged(() -> {
            if (!filling) {
                agendaChanged.set(true);
            }
        });
        return row;
    }

    /** Shows the invitations and the checks as read; the details and agenda being edited stay as typed. */
    private void showPlan(Read read) {
        invited = read.plan().invitations();
        List<Long> wasChosen = List.copyOf(chosen);
        invitations.setAll(invited.stream().map(this::rowOf).toList());
        Set<Long> already = invited.stream().map(Invitation::personId).collect(Collectors.toSet());
        PersonChoice wanted = invitee.get();
        personChoices.setAll(read.people().stream().filter(p -> !already.contains(p.id())).toList());
        invitee.set(wanted == null ? null
                : personChoices.stream().filter(p -> p.id() == wanted.id()).findFirst().orElse(null));
        chosen.setAll(wasChosen.stream().filter(already::contains).toList());
        showTravelOfChosen();
        checks.setAll(read.checks().stream().map(this::checkText).toList());
        checksSummary.set(read.checks().isEmpty() ? messages.text("meetings.checks.none")
                : messages.text("meetings.checks.some", read.checks().size()));
    }

    /** Reads the invitations and checks again, as when a pack was recorded as sent; edits stay as typed. */
    public void refreshPlan() {
        Long id = meetingId.get();
        if (id == null) {
            return;
        }
        BackgroundTask.of(progress -> read(id))
                .onSuccess(read -> {
                    if (id.equals(meetingId.get())) {
                        showPlan(read);
                    }
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    private String checkText(MeetingCheck check) {
        String details = String.join(", ", check.details());
        return messages.text(check.kind().standard().labelKey()) + ": "
                + messages.text(check.kind().messageKey(), details);
    }

    private InvitationRow rowOf(Invitation i) {
        String needs = i.needs().stream().sorted().map(n -> messages.text(n.labelKey()))
                .collect(Collectors.joining(", "));
        String travel;
        if (!i.travelNeeded()) {
            travel = messages.text("meetings.invited.travel.none");
        } else if (!i.travelBooked()) {
            travel = messages.text("meetings.invited.travel.toBook");
        } else {
            travel = i.travelCost() == null ? messages.text("meetings.invited.travel.booked")
                    : messages.text("meetings.invited.travel.bookedCost", i.travelCost().format(Locale.UK));
        }
        if (!i.travelDescription().isBlank()) {
            travel = travel + " (" + i.travelDescription() + ")";
        }
        String pack = i.packSentOn() == null ? messages.text("meetings.invited.pack.notSent")
                : messages.text("meetings.invited.pack.sent", TYPED_DATE.format(i.packSentOn()),
                        i.packSentBy() == null ? "" : messages.text(i.packSentBy().labelKey()));
        return new InvitationRow(i.personId(), i.personName(), messages.text(i.role().labelKey()),
                messages.text(i.hasLivedExperience() ? "meetings.invited.lived.yes" : "meetings.invited.lived.no"),
                needs.isEmpty() ? messages.text("meetings.invited.needs.none") : needs, i.otherNeeds(), travel, pack,
                i.attendance() == null ? messages.text("meetings.invited.attendance.none")
                        : messages.text(i.attendance().labelKey()));
    }

    private void showPapersDue() {
        LocalDate day = parseDate(date.get());
        String typedDue = papersDue.get() == null ? "" : papersDue.get().strip();
        if (day != null && typedDue.isEmpty()) {
            papersDueHint.set(messages.text("meetings.field.papersDue.default",
                    TYPED_DATE.format(day.minusDays(Meeting.DEFAULT_DAYS_BEFORE))));
        } else {
            papersDueHint.set(messages.text("meetings.field.papersDue.hint"));
        }
    }

    // ---- the details

    /** Checks the details and saves them in the background; problems name the field, and nothing typed is lost. */
    public void save() {
        // One change at a time: a second press while the first is saving does nothing.
        if (busy.get()) {
            return;
        }
        List<String> found = new ArrayList<>();
        Meeting meeting = readDetails(found);
        if (!found.isEmpty()) {
            problems.set(String.join("\n", found));
            message.set(messages.text("meetings.editor.notSaved"));
            return;
        }
        problems.set("");
        busy.set(true);
        boolean isNew = meeting.id() == null;
        BackgroundTask.of(progress -> {
                    Meeting saved = meetings.save(meeting);
                    return new Saved(saved, read(saved.id()));
                })
                .onSuccess(saved -> {
                    showDetails(saved.meeting());
                    showPlan(saved.read());
                    message.set(messages.text(isNew ? "meetings.editor.savedNew" : "meetings.editor.saved"));
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    private record Saved(Meeting meeting, Read read) {
    }

    /** The meeting as typed, with every problem added to {@code found} in the order of the form. */
    private Meeting readDetails(List<String> found) {
        List<String> notRead = new ArrayList<>();
        LocalDate day = readDate(date.get(), "meetings.field.date.notRead", notRead);
        boolean dayNotRead = !notRead.isEmpty();
        LocalTime start = readTime(startsAt.get(), "meetings.field.startsAt.notRead", notRead);
        LocalTime end = readTime(endsAt.get(), "meetings.field.endsAt.notRead", notRead);
        List<String> timesNotRead = notRead.subList(dayNotRead ? 1 : 0, notRead.size());
        List<String> dueNotRead = new ArrayList<>();
        LocalDate due = readDate(papersDue.get(), "meetings.field.papersDue.notRead", dueNotRead);
        Meeting meeting = new Meeting(meetingId.get(), title.get(), kind.get(), level.get(), day, start, end,
                new Venue(venueName.get(), address.get(), onlineLink.get(), stepFree.get(), hearingLoop.get(),
                        accessibleToilet.get(), quietRoom.get()),
                purpose.get(), supportContact.get(), due, notes.get());
        List<MeetingProblem> rules = MeetingService.check(meeting);
        for (MeetingProblem problem : rules) {
            if (problem == MeetingProblem.DATE_MISSING && dayNotRead) {
                found.add(notRead.get(0));
            } else if (problem == MeetingProblem.TIMES_MISSING && !timesNotRead.isEmpty()) {
                found.addAll(timesNotRead);
            } else {
                found.add(messages.text(problem.messageKey()));
            }
            if (problem == MeetingProblem.ENDS_BEFORE_START || problem == MeetingProblem.TIMES_MISSING) {
                found.addAll(dueNotRead);
                dueNotRead.clear();
            }
        }
        found.addAll(dueNotRead);
        return meeting;
    }

    private LocalDate readDate(String typed, String notReadKey, List<String> found) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day = parseDate(text);
        if (day == null) {
            found.add(messages.text(notReadKey));
        }
        return day;
    }

    private LocalTime readTime(String typed, String notReadKey, List<String> found) {
        String text = typed == null ? "" : typed.strip().replace('.', ':');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text, TYPED_TIME);
        } catch (DateTimeParseException e) {
            found.add(messages.text(notReadKey));
            return null;
        }
    }

    private static LocalDate parseDate(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text, TYPED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- invitations

    public void invite() {
        PersonChoice who = invitee.get();
        Long id = meetingId.get();
        if (id == null) {
            message.set(messages.text("meetings.editor.saveFirst"));
            return;
        }
        if (who == null) {
            message.set(messages.text("meetings.invite.chooseSomeone"));
            return;
        }
        InvitationRole role = inviteRole.get() == null ? InvitationRole.MEMBER : inviteRole.get();
        change(() -> meetings.invite(id, who.id(), role), () -> {
            invitee.set(null);
            return messages.text("meetings.invite.done", who.name(), messages.text(role.labelKey()));
        });
    }

    public void changeRole() {
        Long id = meetingId.get();
        List<Long> who = chosenOrSay();
        InvitationRole role = newRole.get();
        if (id == null || who.isEmpty() || role == null) {
            return;
        }
        change(() -> who.forEach(person -> meetings.invite(id, person, role)),
                () -> messages.text("meetings.invited.roleChanged", who.size(), messages.text(role.labelKey())));
    }

    public void removeChosen() {
        Long id = meetingId.get();
        List<Long> who = chosenOrSay();
        if (id == null || who.isEmpty()) {
            return;
        }
        if (!dialogs.confirm(messages.text("meetings.invited.remove.title"),
                messages.text("meetings.invited.remove.message", names(who)),
                messages.text("meetings.invited.remove.confirm"), messages.text("meetings.invited.remove.keep"))) {
            return;
        }
        change(() -> who.forEach(person -> meetings.removeInvitation(id, person)),
                () -> messages.text("meetings.invited.removed", who.size()));
    }

    /** Saves the travel for the one person chosen. */
    public void saveTravel() {
        Long id = meetingId.get();
        List<Long> who = chosenOrSay();
        if (id == null || who.isEmpty()) {
            return;
        }
        if (who.size() > 1) {
            message.set(messages.text("meetings.travel.oneAtATime"));
            return;
        }
        String typedCost = travelCost.get() == null ? "" : travelCost.get().strip();
        Money cost = null;
        if (!typedCost.isEmpty()) {
            BigDecimal value = RateRules.parseAmount(typedCost);
            if (value == null || value.stripTrailingZeros().scale() > 2) {
                message.set(messages.text("meetings.problem.TRAVEL_COST_OUT_OF_RANGE"));
                return;
            }
            cost = Money.of(value);
        }
        Money paid = cost;
        long person = who.get(0);
        boolean needed = travelNeeded.get() || travelBooked.get();
        change(() -> meetings.setTravel(id, person, needed, travelBooked.get(), travelDescription.get(), paid),
                () -> messages.text("meetings.travel.saved", names(who)));
    }

    public void recordPackSent() {
        Long id = meetingId.get();
        List<Long> who = chosenOrSay();
        if (id == null || who.isEmpty()) {
            return;
        }
        LocalDate on = parseDate(packSentOn.get());
        if (on == null || packSentBy.get() == null) {
            message.set(messages.text("meetings.problem.SENT_DATE_INVALID"));
            return;
        }
        PackSentBy by = packSentBy.get();
        change(() -> meetings.recordPackSent(id, who, on, by),
                () -> messages.text("meetings.pack.recorded", who.size(), TYPED_DATE.format(on)));
    }

    public void recordAttendance() {
        Long id = meetingId.get();
        List<Long> who = chosenOrSay();
        if (id == null || who.isEmpty()) {
            return;
        }
        Attendance came = attendance.get();
        change(() -> who.forEach(person -> meetings.recordAttendance(id, person, came)),
                () -> messages.text("meetings.attendance.recorded", who.size()));
    }

    private List<Long> chosenOrSay() {
        if (chosen.isEmpty()) {
            message.set(messages.text("meetings.invited.chooseFirst"));
        }
        return List.copyOf(chosen);
    }

    private String names(List<Long> who) {
        Set<Long> ids = new HashSet<>(who);
        return invited.stream().filter(i -> ids.contains(i.personId())).map(Invitation::personName)
                .collect(Collectors.joining(", "));
    }

    private void showTravelOfChosen() {
        if (chosen.size() != 1) {
            return;
        }
        invited.stream().filter(i -> i.personId() == chosen.get(0)).findFirst().ifPresent(i -> {
            travelNeeded.set(i.travelNeeded());
            travelBooked.set(i.travelBooked());
            travelDescription.set(i.travelDescription());
            travelCost.set(i.travelCost() == null ? "" : i.travelCost().format(Locale.UK));
        });
    }

    private void resetInvitationFields() {
        invitee.set(null);
        inviteRole.set(InvitationRole.MEMBER);
        travelNeeded.set(false);
        travelBooked.set(false);
        travelDescription.set("");
        travelCost.set("");
        packSentOn.set(TYPED_DATE.format(LocalDate.now(clock)));
        packSentBy.set(PackSentBy.EMAIL);
        attendance.set(Attendance.ATTENDED);
    }

    /** Runs a change in the background, then reads the invitations and checks again and says what was done. */
    private void change(BackgroundTask.ThrowingRunnable work, Supplier<String> said) {
        if (busy.get()) {
            return;
        }
        long id = meetingId.get();
        busy.set(true);
        BackgroundTask.of(progress -> {
                    work.run();
                    return read(id);
                })
                .onSuccess(read -> {
                    showPlan(read);
                    message.set(said.get());
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- the agenda

    public AgendaRow addAgendaItem() {
        AgendaRow row = newRow(null);
        agenda.add(row);
        return row;
    }

    public void removeAgendaItem(AgendaRow row) {
        agenda.remove(row);
    }

    public void moveUp(AgendaRow row) {
        int at = agenda.indexOf(row);
        if (at > 0) {
            agenda.remove(at);
            agenda.add(at - 1, row);
        }
    }

    public void moveDown(AgendaRow row) {
        int at = agenda.indexOf(row);
        if (at >= 0 && at < agenda.size() - 1) {
            agenda.remove(at);
            agenda.add(at + 1, row);
        }
    }

    /** Asks for a PDF and keeps a copy in the background; it goes on the item, saved with the agenda. */
    public void attachPaper(AgendaRow row) {
        Optional<Path> file = dialogs.chooseFileToOpen(messages.text("meetings.agenda.attach.title"),
                new FileType(messages.text("meetings.agenda.pdfFiles"), List.of("*.pdf")));
        if (file.isEmpty()) {
            return;
        }
        Path chosenFile = file.get();
        busy.set(true);
        BackgroundTask.of(progress -> meetings.keepPaper(chosenFile))
                .onSuccess(paper -> {
                    unsavedPapers.add(paper.storedFile());
                    row.papers().add(paper);
                    message.set(messages.text("meetings.agenda.attached", paper.fileName()));
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    public void removePaper(AgendaRow row, AgendaItem.Paper paper) {
        row.papers().remove(paper);
    }

    /** Opens a kept paper in the computer's PDF reader; the file is found in the background. */
    public void openPaper(AgendaItem.Paper paper) {
        BackgroundTask.of(progress -> meetings.paperFile(paper.storedFile()))
                .onSuccess(showDocument)
                .onFailure(this::failed)
                .executeWith(executor);
    }

    public void saveAgenda() {
        if (busy.get()) {
            return;
        }
        Long id = meetingId.get();
        if (id == null) {
            message.set(messages.text("meetings.editor.saveFirst"));
            return;
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i).toItem();
            if (item == null) {
                message.set(messages.text("meetings.agenda.minutesNotRead", i + 1));
                return;
            }
            items.add(item);
        }
        Set<String> onAgenda = items.stream().flatMap(item -> item.papers().stream())
                .map(AgendaItem.Paper::storedFile).collect(Collectors.toSet());
        List<String> leftOff = unsavedPapers.stream().filter(name -> !onAgenda.contains(name)).toList();
        busy.set(true);
        BackgroundTask.of(progress -> {
                    meetings.saveAgenda(id, items);
                    meetings.discardPapers(leftOff);
                    return read(id);
                })
                .onSuccess(read -> {
                    unsavedPapers.clear();
                    showAgenda(read.plan().agenda());
                    showPlan(read);
                    message.set(messages.text("meetings.agenda.saved"));
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- after the meeting

    public void makeDraftClaims() {
        if (busy.get()) {
            return;
        }
        Long id = meetingId.get();
        if (id == null) {
            message.set(messages.text("meetings.editor.saveFirst"));
            return;
        }
        busy.set(true);
        BackgroundTask.of(progress -> meetings.createDraftClaims(id))
                .onSuccess(made -> message.set(made.isEmpty() ? messages.text("meetings.claims.none")
                        : messages.text("meetings.claims.made", made.size())))
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- leaving

    public boolean hasUnsavedChanges() {
        return detailsChanged.get() || agendaChanged.get();
    }

    /** Back to the list, asking first when changes are not saved. */
    public void back() {
        if (hasUnsavedChanges() && !dialogs.confirmRisky(messages.text("meetings.editor.unsaved.title"),
                messages.text("meetings.editor.unsaved.message"), messages.text("meetings.editor.unsaved.leave"),
                messages.text("meetings.editor.unsaved.stay"))) {
            return;
        }
        detailsChanged.set(false);
        agendaChanged.set(false);
        discardUnsavedPapers();
        closed.accept("");
    }

    /**
     * Removes, in the background, the papers kept for an agenda that is being left without saving (also
     * when the program closes).
     */
    public void discardUnsavedPapers() {
        if (unsavedPapers.isEmpty()) {
            return;
        }
        List<String> discarded = List.copyOf(unsavedPapers);
        unsavedPapers.clear();
        BackgroundTask.ofAction(() -> meetings.discardPapers(discarded))
                .onFailure(error -> { })
                .executeWith(executor);
    }

    private void failed(Throwable error) {
        if (error instanceof InvalidMeetingException invalid) {
            message.set(invalid.problems().stream().map(p -> messages.text(p.messageKey()))
                    .collect(Collectors.joining(" ")));
        } else {
            message.set(messages.text("meetings.editor.failed"));
        }
    }

    // ---- properties

    public BooleanBinding savedBinding() {
        return meetingId.isNotNull();
    }

    public ReadOnlyObjectProperty<Long> meetingIdProperty() {
        return meetingId;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<InvolvementLevel> levelProperty() {
        return level;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty startsAtProperty() {
        return startsAt;
    }

    public StringProperty endsAtProperty() {
        return endsAt;
    }

    public StringProperty venueNameProperty() {
        return venueName;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty onlineLinkProperty() {
        return onlineLink;
    }

    public BooleanProperty stepFreeProperty() {
        return stepFree;
    }

    public BooleanProperty hearingLoopProperty() {
        return hearingLoop;
    }

    public BooleanProperty accessibleToiletProperty() {
        return accessibleToilet;
    }

    public BooleanProperty quietRoomProperty() {
        return quietRoom;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public StringProperty supportContactProperty() {
        return supportContact;
    }

    public StringProperty papersDueProperty() {
        return papersDue;
    }

    public ReadOnlyStringProperty papersDueHintProperty() {
        return papersDueHint;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<InvitationRow> invitations() {
        return invitations;
    }

    public ObservableList<PersonChoice> personChoices() {
        return personChoices;
    }

    public ObjectProperty<PersonChoice> inviteeProperty() {
        return invitee;
    }

    public ObjectProperty<InvitationRole> inviteRoleProperty() {
        return inviteRole;
    }

    /** The ids of the invited people chosen in the table; the actions below it apply to them. */
    public ObservableList<Long> chosen() {
        return chosen;
    }

    public ObjectProperty<InvitationRole> newRoleProperty() {
        return newRole;
    }

    public BooleanProperty travelNeededProperty() {
        return travelNeeded;
    }

    public BooleanProperty travelBookedProperty() {
        return travelBooked;
    }

    public StringProperty travelDescriptionProperty() {
        return travelDescription;
    }

    public StringProperty travelCostProperty() {
        return travelCost;
    }

    public StringProperty packSentOnProperty() {
        return packSentOn;
    }

    public ObjectProperty<PackSentBy> packSentByProperty() {
        return packSentBy;
    }

    public ObjectProperty<Attendance> attendanceProperty() {
        return attendance;
    }

    public ObservableList<AgendaRow> agenda() {
        return agenda;
    }

    public ObservableList<String> checks() {
        return checks;
    }

    public ReadOnlyStringProperty checksSummaryProperty() {
        return checksSummary;
    }

    BooleanBinding nothingChosen() {
        return Bindings.isEmpty(chosen);
    }
}
