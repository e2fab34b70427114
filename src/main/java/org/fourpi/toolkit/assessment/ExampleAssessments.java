package org.fourpi.toolkit.assessment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.demo.ExampleData;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.Person;

/**
 * Two yearly self-assessments of the example organisation's services and strategy (levels C and D), a
 * year apart, and a narrower one under way. The first was rated together; in the second each person
 * rated on their own first (most on a response form at home), and service users and staff saw several
 * things quite differently. Most
 * ratings went up, a few went down. Actions agreed the first time were worked on through the year;
 * those still open were carried into the second. The third, on the board and strategy (level D), was
 * left at the Presence step with half of its statements rated. The same records for a given day every
 * time; each assessment is dated from today, and answered on its own day.
 */
public final class ExampleAssessments implements ExampleData {

    // Places in the example people's order (see ExamplePeople).
    private static final int ADA = 0;
    private static final int TARIQ = 1;
    private static final int KWAME = 3;
    private static final int RHIANNON = 4;
    private static final int MAGGIE = 11;
    private static final int YVONNE = 14;
    private static final int ROSA = 21;
    private static final int SAM = 23;
    private static final int JO = 24;
    private static final int ENOUGH_PEOPLE = 31;
    /** Of this year's six, the one who rated in the program rather than on a response form (Sam). */
    private static final int IN_THE_WINDOW = 4;

    private static final Set<InvolvementLevel> SERVICES_AND_STRATEGY = EnumSet.of(InvolvementLevel.C,
            InvolvementLevel.D);

    /**
     * Every statement: the rating agreed last year, the rating agreed this year and, where views
     * differed, this year's own ratings in the order Ada, Kwame (service users), Maggie, Yvonne (carers),
     * Sam, Jo (staff); "?" is don't know, "-" not relevant here.
     */
    private static final String RATINGS = """
            PRI-1 3 4
            PRI-2 3 4
            PRI-3 4 4
            PRI-4 3 3
            PRI-5 3 4
            PRI-6 2 3 2,2,3,2,4,4
            PRI-7 3 3
            PRI-8 3 3
            PRI-9 3 4
            PUR-1 4 4
            PUR-2 2 3
            PUR-3 3 3
            PUR-4 3 2 1,2,2,3,3,4
            PUR-5 2 3
            PRE-1 3 3
            PRE-2 2 3
            PRE-3 2 2
            PRE-4 2 3
            PRE-5 2 3
            PRE-6 3 4
            PRE-7 2 3 2,2,3,3,4,4
            PRE-8 3 2 2,3,1,2,3,3
            ENG-1 3 4
            ENG-2 2 3
            ENG-3 3 3
            ENG-4 1 2
            ENG-5 3 4
            ENG-6 2 4
            COM-1 3 3
            COM-2 2 3 1,2,3,3,4,4
            COM-3 2 4
            COM-4 2 2 1,1,2,2,3,3
            COM-5 3 3
            SUP-1 3 3 2,2,3,3,4,4
            SUP-2 2 2
            SUP-3 2 3
            SUP-4 3 3
            SUP-5 2 2
            PRA-1 3 4
            PRA-2 3 4
            PRA-3 3 2 1,2,2,2,3,4
            PRA-4 2 3 3,-,3,2,3,3
            PRA-5 3 4
            IMP-1 2 3
            IMP-2 2 3
            IMP-3 3 3
            IMP-4 2 2
            IMP-5 2 3
            IMP-A1 3 3
            IMP-A2 2 3
            IMP-A3 2 2 2,2,3,?,2,3
            IMP-A4 3 3
            IMP-A5 2 2
            IMP-A6 3 3
            """;

    /** Small, fixed differences between people where the group broadly agreed. */
    private static final int[] NUDGE = {0, 0, 1, -1, 0};

    private static final Map<String, String> NOTES_LAST_YEAR = Map.ofEntries(
            Map.entry("PRI-6", "Staff chair every meeting and set the agendas. Nobody could remember a meeting "
                    + "chaired by a service user or carer."),
            Map.entry("PUR-2", "The purpose is written down for the steering group, but not for the reading group "
                    + "or one-off consultations."),
            Map.entry("PRE-2", "No service user or carer sits on the board yet. Two people have said they would "
                    + "like to."),
            Map.entry("PRE-7", "Several steering group meetings this year had only one service user there."),
            Map.entry("ENG-4", "No written role descriptions at all. People learn what a role involves by asking."),
            Map.entry("ENG-6", "The steering group starts at 9:30, which is hard for people on morning medication "
                    + "and for carers doing the school run."),
            Map.entry("COM-2", "Packs are full of NHS abbreviations. Maggie counted 14 in one set of papers."),
            Map.entry("COM-3", "Papers often arrive two or three days before the meeting, sometimes on the day."),
            Map.entry("COM-4", "We rarely go back to people to say what happened to their ideas."),
            Map.entry("SUP-2", "Peer support happens informally over tea, but nothing is organised."),
            Map.entry("PRA-1", "We have rates written down, but no policy that people are given before they start."),
            Map.entry("PRA-3", "Most claims are paid within two weeks. A few waited over a month in the summer."),
            Map.entry("IMP-2", "We do not keep a record of what changed because of involvement."));

    private static final Map<String, String> NOTES_THIS_YEAR = Map.ofEntries(
            Map.entry("PRI-2", "The welcome pack is now in large print and easy read, and we meet in places with "
                    + "step-free access."),
            Map.entry("PRI-6", "Service users now co-chair the steering group. Staff felt this was a big change; "
                    + "service users said staff still decide what goes on the agenda."),
            Map.entry("PUR-2", "Every new piece of work now starts with a one-page purpose, agreed with the people "
                    + "involved."),
            Map.entry("PUR-4", "Down from last year. The day services consultation went ahead after the decision "
                    + "had been made, and people felt their views came too late to count."),
            Map.entry("PRE-1", "See what the records show: most active people are involved in services and "
                    + "projects; few are involved in individual care or monitoring."),
            Map.entry("PRE-2", "Two trustees now have lived experience, one of them a carer."),
            Map.entry("PRE-5", "We now ask the equality questions when people join, and most people have "
                    + "answered. We have not yet looked at who is missing."),
            Map.entry("PRE-7", "Better than last year, but service users noticed that some summer meetings had "
                    + "only two of them and no reserve. Staff had not noticed."),
            Map.entry("PRE-8", "Down from last year. The carers' forum stopped when its worker left, and carers "
                    + "said they now have nowhere to speak on their own."),
            Map.entry("ENG-4", "Role descriptions drafted for the steering group and the reading group, but not "
                    + "yet given to people or kept on their records. Still missing for trustees and peer supporters."),
            Map.entry("ENG-6", "The steering group moved to 10:30, and no meeting this year started before 10:00. "
                    + "One training session next month starts at 9:30."),
            Map.entry("COM-2", "The glossary is in every pack now. Service users said the papers themselves are "
                    + "still full of jargon; staff thought the glossary had solved it."),
            Map.entry("COM-3", "Packs now go out a week before, and by post for the people who asked. One went "
                    + "out late before the last board meeting."),
            Map.entry("COM-4", "Staff report back at the next meeting, but people who were not there never hear. "
                    + "Service users felt strongly about this."),
            Map.entry("SUP-1", "Staff pointed to supervision being offered. Service users said they did not know "
                    + "it was there or how to ask for it."),
            Map.entry("SUP-3", "Four people went on the Speaking Up course in the spring."),
            Map.entry("PRA-1", "A written payment policy and this year's rates are sent with every invitation. "
                    + "The budget for the year was agreed in April."),
            Map.entry("PRA-3", "Down from last year. Most claims are still paid within 14 days, but they were slower "
                    + "after the finance officer left in the summer and one person waited seven weeks. Staff had not "
                    + "realised how long."),
            Map.entry("PRA-4", "Childcare was paid twice this year. Kwame said it does not apply to him."),
            Map.entry("PRA-5", "Taxis are booked ahead for the two people who need step-free travel."),
            Map.entry("IMP-2", "We started a log of changes made because of involvement. It has nine entries."),
            Map.entry("IMP-A3", "Yvonne did not know enough about the day services to say."));

    private static final Set<String> PRIORITIES_LAST_YEAR = Set.of("ENG-4", "ENG-6", "COM-3", "PRA-1");
    private static final Set<String> PRIORITIES_THIS_YEAR = Set.of("PRE-8", "COM-4", "PRA-3", "SUP-1");

    private static final Map<String, String> IMPACT_LAST_YEAR = Map.of(
            "Q1", "To make sure the services we run are shaped by the people who use them and their carers.",
            "Q2", "The reading group rewrote the leaflet about our drop-in, and more people came afterwards.",
            "Q3", "People enjoyed the steering group but found the early start and the late papers hard.",
            "Q4", "The new drop-in opening hours came from the steering group.",
            "Q5", "Two members said taking part helped their confidence. We have not asked anyone else.");

    private static final Map<String, String> IMPACT_THIS_YEAR = Map.of(
            "Q1", "The same aims as last year, and also to have service users and carers on the board.",
            "Q2", "Service users co-chair the steering group. The reading group checked every leaflet before "
                    + "print. Two trustees now have lived experience.",
            "Q3", "Most people said they felt more listened to than last year. Carers felt less heard since "
                    + "their forum stopped, and late payments upset several people.",
            "Q4", "Yes: the new evening session for working carers was suggested by a carer and is now full.",
            "Q5", "Three people have gone on to paid peer support roles. One told us the group helped her "
                    + "through a hard winter.");

    private record Line(String code, Rating before, Rating after, List<Rating> own) {
    }

    private record Action(String what, String who, int dueMonths, String indicator) {
    }

    private final Database database;
    private final PeopleService people;
    private final Clock clock;

    /**
     * @param people the example people are added first; their order of adding is their order here
     */
    public ExampleAssessments(Database database, PeopleService people, Clock clock) {
        this.database = database;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public boolean hasRecords() {
        return !new AssessmentService(database, clock).list().isEmpty();
    }

    @Override
    public void add() {
        List<Person> everyone = people.all().stream().sorted(Comparator.comparing(Person::id)).toList();
        if (everyone.size() < ENOUGH_PEOPLE) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate thisYear = today.minusDays(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        LocalDate lastYear = thisYear.minusYears(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        List<Line> lines = lines();
        database.withCommitsBatched(() -> {
            long first = lastYear(everyone, lastYear, lines);
            workOnActionsThroughTheYear(first, lastYear);
            thisYear(everyone, thisYear, lines);
            underWay(everyone, today.minusDays(3), lines);
        });
    }

    /** The service answering on a given day, so each answer and completion carries that day's date. */
    private AssessmentService on(LocalDate day) {
        return new AssessmentService(database, Clock.fixed(day.atTime(LocalTime.of(15, 0)).atZone(clock.getZone())
                .toInstant(), clock.getZone()));
    }

    private static ParticipantInput taking(List<Person> everyone, int place) {
        Person p = everyone.get(place);
        return new ParticipantInput(null, p.id(), p.displayName(), p.perspective());
    }

    private long lastYear(List<Person> everyone, LocalDate heldOn, List<Line> lines) {
        AssessmentService assessments = on(heldOn);
        Assessment a = assessments.start(new AssessmentStart(
                "Services and strategy " + heldOn.getYear(), heldOn, SERVICES_AND_STRATEGY, "Jo Patel",
                AssessmentMode.GROUP, List.of(taking(everyone, ADA), taking(everyone, TARIQ),
                        taking(everyone, MAGGIE), taking(everyone, SAM), taking(everyone, JO))));
        for (Line line : lines) {
            assessments.rateAgreed(a.id(), line.code(), line.before());
            String note = NOTES_LAST_YEAR.get(line.code());
            if (note != null) {
                assessments.noteEvidence(a.id(), line.code(), note);
            }
            if (PRIORITIES_LAST_YEAR.contains(line.code())) {
                assessments.setPriority(a.id(), line.code(), true);
            }
        }
        IMPACT_LAST_YEAR.forEach((q, answer) -> assessments.answerImpact(a.id(), q, answer));
        for (Action action : List.of(
                new Action("Move the steering group to start at 10:30 or later.", "Sam Okafor", 3, "ENG-6"),
                new Action("Send meeting packs out a full week before, by post for anyone who asks.", "Jo Patel",
                        2, "COM-3"),
                new Action("Add a short glossary of the terms used to every meeting pack.", "Jo Patel", 4,
                        "COM-2"),
                new Action("Write a role description for every involvement role, paid or unpaid.",
                        "Fiona Baird", 6, "ENG-4"),
                new Action("Start a peer support group for people new to involvement.", "Ada Brookfield and Jo "
                        + "Patel", 9, "SUP-2"),
                new Action("Write a payment policy and send it with every invitation.", "Sam Okafor", 5,
                        "PRA-1"),
                new Action("Put an end-of-project questionnaire on the website.", "Tom Hargreaves", 6,
                        "IMP-3"))) {
            assessments.saveAction(a.id(), new ActionInput(null, action.what(), action.who(),
                    heldOn.plusMonths(action.dueMonths()), ActionStatus.OPEN, List.of(action.indicator())));
        }
        assessments.moveTo(a.id(), AssessmentSteps.SUMMARY);
        assessments.complete(a.id());
        return a.id();
    }

    /**
     * Through the year: the later start, earlier packs, the glossary and the payment policy were done;
     * role descriptions were started; the questionnaire was dropped for asking people in person; the
     * peer support group never got going.
     */
    private void workOnActionsThroughTheYear(long assessmentId, LocalDate heldOn) {
        AssessmentService later = on(heldOn.plusMonths(7));
        Map<String, ActionStatus> progress = new LinkedHashMap<>();
        progress.put("ENG-6", ActionStatus.DONE);
        progress.put("COM-3", ActionStatus.DONE);
        progress.put("COM-2", ActionStatus.DONE);
        progress.put("ENG-4", ActionStatus.STARTED);
        progress.put("PRA-1", ActionStatus.DONE);
        progress.put("IMP-3", ActionStatus.DROPPED);
        for (AssessmentAction action : later.answers(assessmentId).actions()) {
            ActionStatus status = progress.get(action.indicators().getFirst());
            if (status != null) {
                later.saveAction(assessmentId, new ActionInput(action.id(), action.what(), action.who(),
                        action.dueOn(), status, action.indicators()));
            }
        }
    }

    private void thisYear(List<Person> everyone, LocalDate heldOn, List<Line> lines) {
        AssessmentService assessments = on(heldOn);
        Assessment a = assessments.start(new AssessmentStart(
                "Services and strategy " + heldOn.getYear(), heldOn, SERVICES_AND_STRATEGY, "Fiona Baird",
                AssessmentMode.EACH_THEN_GROUP, List.of(taking(everyone, ADA), taking(everyone, KWAME),
                        taking(everyone, MAGGIE), taking(everyone, YVONNE), taking(everyone, SAM),
                        taking(everyone, JO))));
        // Sam rated in the program at the start of the session; everyone else filled in a response form
        // at home the week before, read back in all at once.
        List<Participant> group = a.participants();
        for (int k = 0; k < group.size(); k++) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            for (int n = 0; n < lines.size(); n++) {
                ratings.put(lines.get(n).code(), own(lines.get(n), n, k));
            }
            if (k == IN_THE_WINDOW) {
                long participant = group.get(k).id();
                ratings.forEach((code, rating) -> assessments.rateOwn(a.id(), participant, code, rating));
            } else {
                assessments.importOwnRatings(a.id(), group.get(k).id(), ratings);
            }
        }
        for (Line line : lines) {
            assessments.rateAgreed(a.id(), line.code(), line.after());
            String note = NOTES_THIS_YEAR.get(line.code());
            if (note != null) {
                assessments.noteEvidence(a.id(), line.code(), note);
            }
            if (PRIORITIES_THIS_YEAR.contains(line.code())) {
                assessments.setPriority(a.id(), line.code(), true);
            }
        }
        IMPACT_THIS_YEAR.forEach((q, answer) -> assessments.answerImpact(a.id(), q, answer));
        for (Action action : List.of(
                new Action("Restart a carers' forum, meeting before each steering group.", "Yvonne Clarke with "
                        + "Jo Patel", 3, "PRE-8"),
                new Action("Send a short 'you said, we did' note to everyone after each meeting, including "
                        + "people who could not come.", "Jo Patel", 2, "COM-4"),
                new Action("Check the claims waiting every Friday and pay within 14 days.", "Sam Okafor", 1,
                        "PRA-3"),
                new Action("Tell everyone how to ask for supervision and support, in the welcome pack and at "
                        + "meetings.", "Fiona Baird", 3, "SUP-1"))) {
            assessments.saveAction(a.id(), new ActionInput(null, action.what(), action.who(),
                    heldOn.plusMonths(action.dueMonths()), ActionStatus.OPEN, List.of(action.indicator())));
        }
        assessments.moveTo(a.id(), AssessmentSteps.SUMMARY);
        on(heldOn.plusDays(5)).complete(a.id());
    }

    /** Their own rating: as written where views differed, otherwise close to what the group agreed. */
    private static Rating own(Line line, int index, int person) {
        if (!line.own().isEmpty()) {
            return line.own().get(person);
        }
        return Rating.ofScore(Math.clamp(line.after().score().getAsInt() + NUDGE[(index + person) % NUDGE.length],
                1, 5));
    }

    /** The board and strategy, started a few days ago and left part way through Presence. */
    private void underWay(List<Person> everyone, LocalDate heldOn, List<Line> lines) {
        AssessmentService assessments = on(heldOn);
        Assessment a = assessments.start(new AssessmentStart("Board and strategy " + heldOn.getYear(), heldOn,
                EnumSet.of(InvolvementLevel.D), "Sam Okafor", AssessmentMode.GROUP,
                List.of(taking(everyone, RHIANNON), taking(everyone, YVONNE), taking(everyone, ROSA),
                        taking(everyone, SAM))));
        Framework framework = assessments.frameworkOf(a);
        List<String> presence = new ArrayList<>();
        for (IndicatorGroup step : framework.groups()) {
            List<Indicator> indicators = step.indicators();
            boolean current = step.key().equals("PRESENCE");
            int rated = current ? indicators.size() / 2 : indicators.size();
            for (Indicator indicator : indicators.subList(0, rated)) {
                Rating after = lines.stream().filter(l -> l.code().equals(indicator.code())).findFirst()
                        .orElseThrow().after();
                assessments.rateAgreed(a.id(), indicator.code(), after);
            }
            if (current) {
                presence.addAll(indicators.stream().map(Indicator::code).toList());
                break;
            }
        }
        assessments.noteEvidence(a.id(), presence.get(1), "Two of the seven trustees have lived experience. "
                + "Rosa asked whether the board could hold one meeting a year with the steering group.");
        assessments.moveTo(a.id(), "PRESENCE");
    }

    private static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String row : RATINGS.strip().split("\n")) {
            String[] parts = row.strip().split(" ");
            List<Rating> own = parts.length < 4 ? List.of()
                    : Arrays.stream(parts[3].split(",")).map(ExampleAssessments::rating).toList();
            lines.add(new Line(parts[0], rating(parts[1]), rating(parts[2]), own));
        }
        return lines;
    }

    private static Rating rating(String code) {
        return switch (code) {
            case "?" -> Rating.DONT_KNOW;
            case "-" -> Rating.NOT_RELEVANT;
            default -> Rating.ofScore(Integer.parseInt(code));
        };
    }
}
