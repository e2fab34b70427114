package org.fourpi.toolkit.meetings;

import static org.fourpi.toolkit.meetings.AgendaAsk.DECIDE;
import static org.fourpi.toolkit.meetings.AgendaAsk.DISCUSS;
import static org.fourpi.toolkit.meetings.AgendaAsk.NOTE;
import static org.fourpi.toolkit.meetings.InvitationRole.GUEST;
import static org.fourpi.toolkit.meetings.InvitationRole.MEMBER;
import static org.fourpi.toolkit.meetings.InvitationRole.RESERVE;
import static org.fourpi.toolkit.meetings.InvitationRole.STAFF;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.demo.ExampleData;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A season of fictional meetings around today: eight past meetings over the last six months and three
 * in the next five weeks, of every kind, at real-looking venues and one online. The example people are
 * invited in their roles, with travel booked for some, packs recorded as sent (one late), attendance for
 * the past meetings, and agendas whose papers are small PDF files made here and kept by the program.
 * The next meeting has a paper still to come, and one upcoming training starts at 09:30, so those checks
 * show. Past meetings make no claims: the example claims already cover the year. The same season for a
 * given day every time.
 */
public final class ExampleMeetings implements ExampleData {

    // Places in the example people's order (see ExamplePeople): service users 0-10, carers 11-18, both
    // 19-22, staff and volunteers 23-26, more service users 27-29, staff 30.
    private static final int SAM_OKAFOR = 23;
    private static final int JO_PATEL = 24;
    private static final int FIONA_BAIRD = 30;
    private static final int MAGGIE = 11;
    private static final int GRAHAM = 13;
    private static final int PETER = 16;
    private static final int ROSA = 21;
    private static final int BETHANY = 2;
    private static final int ENOUGH_PEOPLE = 31;

    private static final String JO = "Jo Patel (involvement worker), 07700 900225, jo.patel@example.org";
    private static final String SAM = "Sam Okafor (involvement manager), 0161 496 0124, sam.okafor@example.org";
    private static final String FIONA = "Fiona Baird (volunteer coordinator), 07700 900230";
    /** The upcoming training starts early on purpose, so the early-start check shows. */
    private static final LocalTime HALF_NINE = LocalTime.of(9, 30);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private static final Venue HUB = new Venue("Riverside Community Hub, Room 3",
            "14 Mill Lane\nRiverside\nRV1 2AB", "", true, true, true, true);
    private static final Venue CIVIC_CENTRE = new Venue("Civic Centre, Committee Room 2",
            "Town Hall Square\nRiverside\nRV1 1TH", "", true, true, true, false);
    private static final Venue CARERS_CENTRE = new Venue("Riverside Carers' Centre",
            "3 Station Road\nRiverside\nRV2 4CC", "", true, false, true, true);
    private static final Venue CHURCH_HALL = new Venue("St Mary's Church Hall",
            "Church Street\nOld Town\nRV3 7SM", "", false, true, false, true);
    private static final Venue ONLINE = new Venue("", "", "https://meet.example.org/riverside-focus-group",
            false, false, false, false);

    /** A paper to make: its file name, title and paragraphs; questions go on a second page. */
    private record PaperText(String fileName, String title, List<String> paragraphs, List<String> questions) {
    }

    private record Item(String title, AgendaAsk ask, String presenter, int minutes, String summary,
                        boolean paperExpected, List<PaperText> papers) {
    }

    private record Guest(int place, InvitationRole role) {
    }

    private record Plan(String title, MeetingKind kind, InvolvementLevel level, LocalDate date, LocalTime start,
                        LocalTime end, Venue venue, String purpose, String contact, String notes, List<Guest> guests,
                        List<Item> agenda) {
    }

    private final Database database;
    private final MeetingService meetings;
    private final Supplier<List<Long>> personIds;
    private final Clock clock;

    /**
     * @param personIds the example people's ids in the order they were added; the people are added first
     */
    public ExampleMeetings(Database database, MeetingService meetings, Supplier<List<Long>> personIds, Clock clock) {
        this.database = database;
        this.meetings = meetings;
        this.personIds = personIds;
        this.clock = clock;
    }

    @Override
    public boolean hasRecords() {
        return !meetings.list().isEmpty();
    }

    /** Adds the season. Each step is its own transaction, so commits are batched while they are added. */
    @Override
    public void add() {
        List<Long> ids = personIds.get();
        if (ids.size() < ENOUGH_PEOPLE) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Path folder;
        try {
            folder = Files.createTempDirectory("example-papers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            database.withCommitsBatched(() -> {
                List<Plan> plans = plans(today);
                for (int n = 0; n < plans.size(); n++) {
                    add(plans.get(n), n, ids, today, folder);
                }
            });
        } finally {
            deleteQuietly(folder);
        }
    }

    private void add(Plan plan, int number, List<Long> ids, LocalDate today, Path folder) {
        boolean past = plan.date().isBefore(today);
        Meeting meeting = meetings.save(new Meeting(null, plan.title(), plan.kind(), plan.level(), plan.date(),
                plan.start(), plan.end(), plan.venue(), plan.purpose(), plan.contact(), null,
                past ? plan.notes() : ""));
        long id = meeting.id();
        for (Guest guest : plan.guests()) {
            meetings.invite(id, ids.get(guest.place()), guest.role());
        }
        boolean inPerson = !plan.venue().isOnlineOnly();
        for (Guest guest : plan.guests()) {
            if (inPerson) {
                travel(plan, guest.place(), past, id, ids.get(guest.place()));
            }
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (Item item : plan.agenda()) {
            List<AgendaItem.Paper> papers = new ArrayList<>();
            for (PaperText paper : item.papers()) {
                papers.add(meetings.keepPaper(write(paper, plan, folder)));
            }
            agenda.add(new AgendaItem(item.title(), item.ask(), item.presenter(), item.minutes(), item.summary(),
                    item.paperExpected(), papers));
        }
        meetings.saveAgenda(id, agenda);
        if (!past) {
            return;
        }
        recordPacks(plan, meeting, ids, number);
        for (int k = 0; k < plan.guests().size(); k++) {
            Guest guest = plan.guests().get(k);
            meetings.recordAttendance(id, ids.get(guest.place()), attendance(guest, number, k));
        }
    }

    /**
     * Packs went out on the send-out date, by post to the people who asked for post, by hand to one who
     * collects hers, by email otherwise. At the last board the reserve's pack went out late.
     */
    private void recordPacks(Plan plan, Meeting meeting, List<Long> ids, int number) {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        Map<String, LocalDate> days = new LinkedHashMap<>();
        Map<String, PackSentBy> ways = new LinkedHashMap<>();
        boolean lastBoard = plan.kind() == MeetingKind.BOARD && plan.date().isAfter(LocalDate.now(clock).minusDays(30));
        for (Guest guest : plan.guests()) {
            PackSentBy by = switch (guest.place()) {
                case MAGGIE, GRAHAM -> PackSentBy.POST;
                case BETHANY -> PackSentBy.BY_HAND;
                default -> PackSentBy.EMAIL;
            };
            LocalDate on = lastBoard && guest.role() == RESERVE ? plan.date().minusDays(3)
                    : by == PackSentBy.POST ? meeting.papersDue().minusDays(2) : meeting.papersDue().minusDays(number % 2);
            String key = on + "/" + by;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(ids.get(guest.place()));
            days.put(key, on);
            ways.put(key, by);
        }
        groups.forEach((key, people) -> meetings.recordPackSent(meeting.id(), people, days.get(key), ways.get(key)));
    }

    /** Staff always come; otherwise a few apologies and the odd no-show, spread by a fixed pattern. */
    private static Attendance attendance(Guest guest, int number, int k) {
        if (guest.role() == STAFF) {
            return Attendance.ATTENDED;
        }
        if ((number * 3 + k) % 8 == 5) {
            return Attendance.APOLOGIES;
        }
        if ((number + k) % 13 == 7) {
            return Attendance.DID_NOT_ATTEND;
        }
        return Attendance.ATTENDED;
    }

    /**
     * Taxis for the two people who need step-free travel, and trains booked for the people who come from
     * furthest to training and consultations. Before the next board one taxi is still to book.
     */
    private void travel(Plan plan, int place, boolean past, long meetingId, long personId) {
        switch (place) {
            case MAGGIE -> meetings.setTravel(meetingId, personId, true, true, "Taxi, return (step-free)",
                    Money.of("18.50"));
            case ROSA -> {
                boolean booked = past || plan.kind() != MeetingKind.BOARD;
                meetings.setTravel(meetingId, personId, true, booked, booked ? "Taxi, return (step-free)" : "",
                        booked ? Money.of("21.00") : null);
            }
            case 1, 6, 22 -> {
                if (plan.kind() == MeetingKind.TRAINING || plan.kind() == MeetingKind.CONSULTATION) {
                    meetings.setTravel(meetingId, personId, true, true, "Train, off-peak return, booked by us",
                            Money.of(place == 6 ? "11.20" : "14.60"));
                }
            }
            default -> {
                // Comes by bus or walks, and claims any fare afterwards.
            }
        }
    }

    private static LocalDate on(LocalDate from, DayOfWeek day) {
        return from.with(TemporalAdjusters.nextOrSame(day));
    }

    private static List<Guest> guests(InvitationRole role, int... places) {
        return Arrays.stream(places).mapToObj(p -> new Guest(p, role)).toList();
    }

    @SafeVarargs
    private static List<Guest> all(List<Guest>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }

    /** The season, oldest first. */
    private static List<Plan> plans(LocalDate today) {
        List<Plan> plans = new ArrayList<>();
        List<Guest> board = all(guests(MEMBER, 4, 14, ROSA, 9, 3), guests(RESERVE, PETER), guests(STAFF, SAM_OKAFOR));
        List<Guest> steering = all(guests(MEMBER, 0, 7, 8, 15, 19, 27), guests(STAFF, SAM_OKAFOR));

        plans.add(new Plan("Carers' focus group: leaving hospital", MeetingKind.FOCUS_GROUP, InvolvementLevel.C,
                on(today.minusDays(168), DayOfWeek.TUESDAY), LocalTime.of(13, 0), LocalTime.of(15, 0), CARERS_CENTRE,
                "To hear from carers what helped, and what did not, when the person they care for left hospital.",
                JO, "Carers said they were told about discharge too late. Action: Jo to share the themes with the"
                        + " ward managers by the end of the month.",
                all(guests(MEMBER, MAGGIE, 12, 15, 17, 18, 22), guests(STAFF, JO_PATEL)),
                List.of(welcome("Jo Patel"),
                        new Item("What happened when your relative left hospital", DISCUSS, "Jo Patel", 60,
                                "A chance to share what went well and what did not when the person you care for"
                                        + " came home from hospital.", true, List.of(dischargePaper())),
                        new Item("What should change", DISCUSS, "Jo Patel", 30,
                                "We will agree the three changes carers most want, to take to the ward managers.",
                                false, List.of()))));

        plans.add(new Plan("Partnership board", MeetingKind.BOARD, InvolvementLevel.D,
                on(today.minusDays(150), DayOfWeek.WEDNESDAY), LocalTime.of(14, 0), LocalTime.of(16, 30),
                CIVIC_CENTRE, "The board agrees how the local mental health services will change and checks"
                        + " that service users and carers have a real say.", SAM,
                "The board agreed to fund two more peer support workers. Action: Sam to report progress in the"
                        + " autumn.",
                board, List.of(notesOfLastTime("Sam Okafor"),
                        new Item("Involvement report, spring", NOTE, "Rhiannon Pryce", 30,
                                "How service users and carers took part over the last three months, and what"
                                        + " changed because of it.", true, List.of(involvementReport("spring"))),
                        new Item("Peer support workers", DECIDE, "Sam Okafor", 40,
                                "The board is asked to agree money for two more peer support workers.", true,
                                List.of(peerSupportPaper())))));

        plans.add(new Plan("Involvement steering group", MeetingKind.STEERING_GROUP, InvolvementLevel.C,
                on(today.minusDays(126), DayOfWeek.TUESDAY), LocalTime.of(10, 30), LocalTime.of(12, 30), HUB,
                "The group plans how service users and carers take part in our work, and checks how it is going.",
                SAM, "Agreed the questions for the members' survey. Action: Jo to send the survey out by email"
                        + " and post.",
                steering, List.of(notesOfLastTime("Sam Okafor"),
                        new Item("Members' survey", DECIDE, "Jo Patel", 45,
                                "We will agree the questions to ask members about how involvement feels to them.",
                                true, List.of(surveyQuestions())))));

        plans.add(new Plan("Consultation: the new crisis café", MeetingKind.CONSULTATION, InvolvementLevel.B,
                on(today.minusDays(105), DayOfWeek.SATURDAY), LocalTime.of(11, 0), LocalTime.of(14, 0), CHURCH_HALL,
                "To ask people what a crisis café in Riverside should be like: when it opens, who works there and"
                        + " how it feels.", JO, "About forty comments gathered. Action: Jo to write them up for the"
                        + " partnership board.",
                all(guests(MEMBER, 1, BETHANY, 10, 20, 29, 12, 18), guests(STAFF, SAM_OKAFOR)),
                List.of(welcome("Sam Okafor"),
                        new Item("The plan for a crisis café", NOTE, "Sam Okafor", 30,
                                "What the NHS and the council want to open, and what is already decided.", true,
                                List.of(crisisCafePaper())),
                        new Item("Your ideas, in small groups", DISCUSS, "Jo Patel", 90,
                                "Three tables: opening times, who works there, and how it should feel to walk in.",
                                false, List.of()))));

        plans.add(new Plan("Online focus group: help out of hours", MeetingKind.FOCUS_GROUP, InvolvementLevel.C,
                on(today.minusDays(84), DayOfWeek.THURSDAY), LocalTime.of(18, 0), LocalTime.of(19, 30), ONLINE,
                "An evening group online, for people who work in the day, about getting help at night and at"
                        + " weekends.", JO, "People want one phone number that is answered. Action: Jo to share"
                        + " this with the crisis team.",
                all(guests(MEMBER, 10, 5, 7, 17, 28), guests(STAFF, JO_PATEL)),
                List.of(new Item("How the online meeting works", NOTE, "Jo Patel", 10,
                                "How to mute, how to raise your hand, and what to do if you lose the connection.",
                                false, List.of()),
                        new Item("Getting help out of hours", DISCUSS, "Jo Patel", 70,
                                "Who did you call, what happened, and what would have helped?", true,
                                List.of(outOfHoursQuestions())))));

        plans.add(new Plan("Involvement steering group", MeetingKind.STEERING_GROUP, InvolvementLevel.C,
                on(today.minusDays(63), DayOfWeek.TUESDAY), LocalTime.of(10, 30), LocalTime.of(12, 30), HUB,
                "The group plans how service users and carers take part in our work, and checks how it is going.",
                SAM, "Ninety members answered the survey. Action: Sam to plan training on interview panels.",
                steering, List.of(notesOfLastTime("Sam Okafor"),
                        new Item("What members told us", DISCUSS, "Jo Patel", 45,
                                "The survey results, and what we should do about them.", true,
                                List.of(surveyResults())),
                        new Item("Training for next season", DECIDE, "Sam Okafor", 30,
                                "We will choose which training to offer members first.", false, List.of()))));

        plans.add(new Plan("Training: sharing your story safely", MeetingKind.TRAINING, InvolvementLevel.B,
                on(today.minusDays(42), DayOfWeek.THURSDAY), LocalTime.of(10, 0), LocalTime.of(15, 0), HUB,
                "A day for members who want to speak about their experience at events, in a way that feels safe.",
                FIONA, "Eight handouts given. Action: Fiona to send the slides to those who asked.",
                all(guests(MEMBER, BETHANY, 5, 6, 8, 17, 22, 29), guests(STAFF, FIONA_BAIRD)),
                List.of(welcome("Fiona Baird"),
                        new Item("Your story, your choice", DISCUSS, "Fiona Baird", 120,
                                "How to decide what to share and what to keep private.", true,
                                List.of(storyHandout())),
                        new Item("Practice in pairs", DISCUSS, "Fiona Baird", 90,
                                "Try telling a short part of your story to one other person, and give kind feedback.",
                                false, List.of()))));

        plans.add(new Plan("Partnership board", MeetingKind.BOARD, InvolvementLevel.D,
                on(today.minusDays(21), DayOfWeek.WEDNESDAY), LocalTime.of(14, 0), LocalTime.of(16, 30),
                CIVIC_CENTRE, "The board agrees how the local mental health services will change and checks"
                        + " that service users and carers have a real say.", SAM,
                "The board agreed the crisis café should open in the evenings first. Action: Sam to bring the"
                        + " budget in the new year.",
                board, List.of(notesOfLastTime("Sam Okafor"),
                        new Item("Involvement report, summer", NOTE, "Yvonne Clarke", 30,
                                "How service users and carers took part over the summer.", true,
                                List.of(involvementReport("summer"))),
                        new Item("The crisis café: what people told us", DECIDE, "Jo Patel", 45,
                                "What the consultation found, and the board's choice of opening times.", true,
                                List.of(crisisCafeFindings())))));

        plans.add(new Plan("Involvement steering group", MeetingKind.STEERING_GROUP, InvolvementLevel.C,
                on(today.plusDays(9), DayOfWeek.TUESDAY), LocalTime.of(10, 30), LocalTime.of(12, 30), HUB,
                "The group plans how service users and carers take part in our work, and checks how it is going.",
                SAM, "", steering, List.of(notesOfLastTime("Sam Okafor"),
                        new Item("Peer support budget for next year", DECIDE, "Sam Okafor", 40,
                                "How much to spend on peer support next year, and on what. The paper is still"
                                        + " being written.", true, List.of()),
                        new Item("Any other business", NOTE, "Chair", 10,
                                "Anything members want to raise.", false, List.of()))));

        plans.add(new Plan("Training: being on an interview panel", MeetingKind.TRAINING, InvolvementLevel.B,
                on(today.plusDays(16), DayOfWeek.THURSDAY), HALF_NINE, LocalTime.of(12, 30), HUB,
                "A morning for members who want to help choose new staff: what panels do and how to ask questions.",
                FIONA, "", all(guests(MEMBER, 1, 6, 8, 20, 22, 28), guests(GUEST, 26), guests(STAFF, FIONA_BAIRD)),
                List.of(welcome("Fiona Baird"),
                        new Item("What an interview panel does", NOTE, "Fiona Baird", 45,
                                "Who sits on a panel, what you will read before, and how the choice is made.",
                                true, List.of(panelHandout())),
                        new Item("Asking good questions", DISCUSS, "Grace Lindqvist", 60,
                                "Practise asking questions that show how a person would treat people who use"
                                        + " services.", false, List.of()))));

        plans.add(new Plan("Partnership board", MeetingKind.BOARD, InvolvementLevel.D,
                on(today.plusDays(20), DayOfWeek.WEDNESDAY), LocalTime.of(14, 0), LocalTime.of(16, 30),
                CIVIC_CENTRE, "The board agrees how the local mental health services will change and checks"
                        + " that service users and carers have a real say.", SAM, "",
                board, List.of(notesOfLastTime("Sam Okafor"),
                        new Item("Terms of reference", DECIDE, "Rhiannon Pryce", 30,
                                "What the board is for and how it works, brought up to date.", true,
                                List.of(termsOfReference())),
                        new Item("Involvement report, autumn", NOTE, "Kwame Asante", 30,
                                "How service users and carers took part this autumn.", true,
                                List.of(involvementReport("autumn"))))));
        return plans;
    }

    private static Item welcome(String presenter) {
        return new Item("Welcome and introductions", NOTE, presenter, 15,
                "Who is here, the ground rules, and where the toilets and quiet room are.", false, List.of());
    }

    private static Item notesOfLastTime(String presenter) {
        return new Item("Notes and actions from last time", NOTE, presenter, 15,
                "A short look back at what we agreed last time and what has happened since.", true,
                List.of(new PaperText("Notes of the last meeting.pdf", "Notes of the last meeting",
                        List.of("These are the notes of the last meeting. They say what we decided and who"
                                        + " agreed to do what.",
                                "Members asked for papers to go out a week before, in plain words. Staff agreed.",
                                "The ICB (Integrated Care Board, the NHS body that plans and pays for local"
                                        + " health services) has asked to hear from members twice a year.",
                                "Actions: Sam to invite someone from the ICB. Jo to check the hearing loop in"
                                        + " Room 3 before every meeting."),
                        List.of())));
    }

    private static PaperText dischargePaper() {
        return new PaperText("Leaving hospital - what carers told us.pdf", "Leaving hospital: what carers told us",
                List.of("This short paper is for carers of people who have stayed in a mental health ward.",
                        "Under the CPA, the Care Programme Approach, each person leaving hospital should have a"
                                + " plan and a named care coordinator. Carers should be asked what support they"
                                + " need too.",
                        "Carers told us they often heard about discharge on the day. Some were not given the"
                                + " name of anyone in the CMHT to call.",
                        "We want to hear your experience, good or bad. You do not have to speak if you would"
                                + " rather listen."),
                List.of("What helped you most when the person you care for came home?",
                        "Who did you call if you were worried?",
                        "What one thing should the ward do differently?"));
    }

    private static PaperText involvementReport(String season) {
        return new PaperText("Involvement report, " + season + ".pdf", "Involvement report, " + season,
                List.of("This report tells the board how service users and carers took part this " + season
                                + ".",
                        "Members sat on four interview panels, ran two focus groups and gave their views on"
                                + " the crisis café. Every meeting had at least three service users or carers.",
                        "The ICB has asked us to share what members say about waiting times at the CMHT.",
                        "Papers went out a week before most meetings. One pack went out late, and we have"
                                + " changed how we check this."),
                List.of("Is there anything in this report that surprises you?",
                        "What should the board ask the ICB about next?"));
    }

    private static PaperText peerSupportPaper() {
        return new PaperText("Peer support workers.pdf", "Two more peer support workers",
                List.of("Peer support workers are staff who have their own experience of mental ill health."
                                + " They work alongside people to help them recover.",
                        "We ask the board to agree money for two more posts for one year, so that every"
                                + " CMHT in Riverside has a peer support worker.",
                        "Members of the steering group helped write the job description and will sit on the"
                                + " interview panels."),
                List.of());
    }

    private static PaperText surveyQuestions() {
        return new PaperText("Members' survey - draft questions.pdf", "Members' survey: draft questions",
                List.of("We want to ask members how taking part feels. The survey will be short: ten"
                                + " questions, on paper or online.",
                        "Draft questions: Do you get papers in time to read them? Are meetings at times that"
                                + " suit you? Do you feel listened to? Are you paid on time?",
                        "Please tell us which questions to keep, change or add."),
                List.of());
    }

    private static PaperText surveyResults() {
        return new PaperText("What members told us.pdf", "What members told us",
                List.of("Ninety members answered the survey, on paper or online.",
                        "Most said papers come in time, but some said the words are hard. People asked us to"
                                + " explain terms like CPA and CMHT every time we use them.",
                        "Two in three were paid within two weeks. Some waited longer, and we are putting that"
                                + " right.",
                        "Many people asked for training before joining an interview panel."),
                List.of("Which of these should we act on first?", "What did we miss?"));
    }

    private static PaperText crisisCafePaper() {
        return new PaperText("The crisis cafe plan.pdf", "A crisis café for Riverside",
                List.of("A crisis café is a calm place to go in the evening if you are struggling. You do not"
                                + " need an appointment.",
                        "The ICB (Integrated Care Board) and the council want to open one in Riverside next"
                                + " year. The building is chosen. The opening times and staffing are not.",
                        "Staff from the CMHT and peer supporters would work there together."),
                List.of("When should it open?", "Who would you want to meet when you walk in?",
                        "What would make it feel safe?"));
    }

    private static PaperText crisisCafeFindings() {
        return new PaperText("The crisis cafe - what people told us.pdf", "The crisis café: what people told us",
                List.of("About forty people came to the consultation in the church hall.",
                        "Most wanted the café open in the evenings and at weekends, when other help is hard"
                                + " to reach.",
                        "People wanted peer supporters there, not only clinical staff, and a quiet room."),
                List.of("The board is asked to choose the opening times for the first year."));
    }

    private static PaperText outOfHoursQuestions() {
        return new PaperText("Help out of hours - questions.pdf", "Help out of hours: questions for the group",
                List.of("This evening we want to hear about getting help at night or at weekends.",
                        "You might have called NHS 111, the crisis line or your CMHT. Tell us what happened.",
                        "You can type in the chat if you would rather not speak."),
                List.of());
    }

    private static PaperText storyHandout() {
        return new PaperText("Sharing your story safely - handout.pdf", "Sharing your story safely",
                List.of("Your story belongs to you. You choose what to share, and you can always say no.",
                        "Think about who will hear it, and what you want them to do differently afterwards.",
                        "Plan how you will look after yourself after speaking. Bring someone with you if it"
                                + " helps."),
                List.of("What part of your story would you feel safe to share?",
                        "What will you do afterwards to look after yourself?"));
    }

    private static PaperText panelHandout() {
        return new PaperText("Interview panels - handout.pdf", "Being on an interview panel",
                List.of("An interview panel is a small group that meets people who applied for a job and"
                                + " helps choose who gets it.",
                        "You will get the job description and the questions a week before. You will not see"
                                + " private details about the people applying.",
                        "Your view counts the same as the staff on the panel."),
                List.of());
    }

    private static PaperText termsOfReference() {
        return new PaperText("Terms of reference.pdf", "Partnership board: terms of reference",
                List.of("The partnership board brings together the NHS, the council, the ICB and people with"
                                + " lived experience of mental ill health and caring.",
                        "At least three members are service users or carers, with a reserve who can step in."
                                + " Members are paid for their time and travel.",
                        "The board meets four times a year. Papers go out at least a week before."),
                List.of("Is anything missing from these terms?"));
    }

    /** Writes a paper as a small PDF for the meeting: one page, and a page of questions when it has them. */
    private static Path write(PaperText paper, Plan plan, Path folder) {
        Path file = folder.resolve(plan.date() + " " + paper.fileName());
        Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 12, Font.NORMAL);
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A4, 60, 60, 60, 60);
            PdfWriter.getInstance(document, out);
            document.addTitle(paper.title());
            document.setDocumentLanguage("en-GB");
            HeaderFooter footer = new HeaderFooter(new Phrase(plan.title() + ", " + LONG_DATE.format(plan.date())
                    + ". Page ", new Font(Font.HELVETICA, 10, Font.NORMAL)), true);
            footer.setAlignment(Element.ALIGN_CENTER);
            footer.setBorder(Rectangle.NO_BORDER);
            document.setFooter(footer);
            document.open();
            document.add(paragraph(paper.title(), title));
            document.add(paragraph("A paper for the meeting: " + plan.title() + ", " + LONG_DATE.format(plan.date())
                    + ".", body));
            for (String text : paper.paragraphs()) {
                document.add(paragraph(text, body));
            }
            if (!paper.questions().isEmpty()) {
                document.newPage();
                document.add(paragraph("Questions for members", heading));
                for (String question : paper.questions()) {
                    document.add(paragraph("• " + question, body));
                }
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingAfter(10);
        paragraph.setLeading(font.getSize() * 1.4f);
        return paragraph;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A temporary file left behind does no harm.
                }
            });
        } catch (IOException e) {
            // As above.
        }
    }
}
