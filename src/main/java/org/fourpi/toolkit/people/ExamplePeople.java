package org.fourpi.toolkit.people;

import static org.fourpi.toolkit.people.AccessNeed.BSL_INTERPRETER;
import static org.fourpi.toolkit.people.AccessNeed.EASY_READ;
import static org.fourpi.toolkit.people.AccessNeed.HEARING_LOOP;
import static org.fourpi.toolkit.people.AccessNeed.LARGE_PRINT;
import static org.fourpi.toolkit.people.AccessNeed.OTHER_INTERPRETER;
import static org.fourpi.toolkit.people.AccessNeed.STEP_FREE;
import static org.fourpi.toolkit.people.AccessNeed.SUPPORT_WORKER;
import static org.fourpi.toolkit.people.InvolvementLevel.A;
import static org.fourpi.toolkit.people.InvolvementLevel.B;
import static org.fourpi.toolkit.people.InvolvementLevel.C;
import static org.fourpi.toolkit.people.InvolvementLevel.D;
import static org.fourpi.toolkit.people.InvolvementLevel.E;
import static org.fourpi.toolkit.people.InvolvementStatus.ACTIVE;
import static org.fourpi.toolkit.people.InvolvementStatus.LEFT;
import static org.fourpi.toolkit.people.InvolvementStatus.TAKING_A_BREAK;
import static org.fourpi.toolkit.people.Perspective.BOTH;
import static org.fourpi.toolkit.people.Perspective.CARER;
import static org.fourpi.toolkit.people.Perspective.SERVICE_USER;
import static org.fourpi.toolkit.people.Perspective.STAFF;
import static org.fourpi.toolkit.people.Perspective.VOLUNTEER;
import static org.fourpi.toolkit.people.Role.AMBASSADOR;
import static org.fourpi.toolkit.people.Role.CONSULTANT;
import static org.fourpi.toolkit.people.Role.CO_WORKER;
import static org.fourpi.toolkit.people.Role.CRITICAL_FRIEND;
import static org.fourpi.toolkit.people.Role.EXPERT_BY_EXPERIENCE;
import static org.fourpi.toolkit.people.Role.PEER_SUPPORTER;
import static org.fourpi.toolkit.people.Role.TRUSTEE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fourpi.toolkit.demo.ExampleData;

/**
 * About forty fictional people for the example organisation: mostly service users and carers, at
 * every level, some taking a break or gone, with access needs, consents and equality answers spread
 * so that the Presence figures show small groups being protected. The same people every time.
 */
public final class ExamplePeople implements ExampleData {

    /** The number of people added. */
    public static final int COUNT = 40;

    private static final String WORDING = "2025-1";

    /** Equality answers as one row: age, ethnicity, sex, disability, orientation, religion, unpaid carer. */
    private record Equality(AgeBand age, Ethnicity ethnicity, Sex sex, Answer disability,
                            SexualOrientation orientation, Religion religion, Answer carer) {

        EqualityAnswers answers() {
            return new EqualityAnswers(age, ethnicity, sex, null, disability, orientation, religion, carer, null);
        }
    }

    /** What the example says about one person's equality monitoring. */
    private sealed interface Monitoring permits Answered, NotAnswered, Objected {
    }

    private record Answered(Equality equality) implements Monitoring {
    }

    private record NotAnswered() implements Monitoring {
    }

    private record Objected() implements Monitoring {
    }

    /** One fictional person, as the example describes them. */
    private record Example(String first, String last, String knownAs, Perspective perspective, Set<Role> roles,
                           String otherRole, Set<InvolvementLevel> levels, Set<AccessNeed> needs,
                           String preferredTimes, String otherNeeds, ContactMethod contact, InvolvementStatus status,
                           Monitoring monitoring) {
    }

    private final PeopleService people;
    private final EqualityService equality;

    public ExamplePeople(PeopleService people, EqualityService equality) {
        this.people = people;
        this.equality = equality;
    }

    @Override
    public boolean hasRecords() {
        return people.hasPeople();
    }

    @Override
    public void add() {
        LocalDate today = people.today();
        List<Example> examples = examples();
        for (int i = 0; i < examples.size(); i++) {
            add(examples.get(i), i, today);
        }
    }

    private void add(Example e, int index, LocalDate today) {
        int number = index + 1;
        String email = (e.first() + "." + e.last()).toLowerCase(Locale.UK).replaceAll("[^a-z.]", "") + "@example.org";
        // Ofcom keeps these numbers for drama: 07700 900000 to 900999 and 0161 496 0000 to 0999.
        String phone = number % 3 == 0 ? String.format("0161 496 0%03d", 100 + number)
                : String.format("07700 900%03d", 200 + number);
        String postcode = "M" + (1 + number % 9) + " " + (1 + number % 7) + (char) ('A' + number % 20) + "B";
        Person saved = people.save(new Person(null, e.first(), e.last(), e.knownAs(), e.perspective(), e.roles(),
                e.otherRole(), e.levels(), email, phone, number + " Example Street\nRiverside", postcode,
                e.contact(), number % 4 != 0, null, e.needs(), e.preferredTimes(), e.otherNeeds(), ACTIVE));
        long id = saved.id();

        LocalDate joined = today.minusMonths(4 + (number * 7L) % 40).withDayOfMonth(1 + number % 27);
        people.recordConsent(id, ConsentPurpose.KEEP_DETAILS, joined,
                number % 2 == 0 ? ConsentMethod.IN_WRITING : ConsentMethod.SPOKEN, WORDING);
        long contactConsent = number % 5 == 0 ? 0
                : people.recordConsent(id, ConsentPurpose.CONTACT_ABOUT_OPPORTUNITIES, joined, ConsentMethod.EMAIL,
                        WORDING);

        switch (e.monitoring()) {
            case Answered a -> {
                people.recordConsent(id, ConsentPurpose.EQUALITY_MONITORING, joined, ConsentMethod.ONLINE_FORM,
                        WORDING);
                equality.save(id, a.equality().answers());
            }
            case Objected ignored -> equality.recordObjection(id);
            case NotAnswered ignored -> {
                // Nothing recorded: every equality question is optional.
            }
        }

        switch (e.status()) {
            case ACTIVE -> {
                if (number % 8 == 0) {
                    // Someone who stepped back for a while and came back: a dated history.
                    people.changeStatus(id, TAKING_A_BREAK, joined.plusMonths(1),
                            "Stepping back for a while after a hospital stay");
                    people.changeStatus(id, ACTIVE, joined.plusMonths(3), "Back, and keen to join the reading group");
                }
            }
            case TAKING_A_BREAK -> people.changeStatus(id, TAKING_A_BREAK, today,
                    "Taking a few months off; happy to get the newsletter by post");
            case LEFT -> {
                people.changeStatus(id, LEFT, today, "Moved out of the area");
                if (contactConsent != 0) {
                    people.withdrawConsent(contactConsent, equality);
                }
            }
        }
    }

    private static Example p(String first, String last, Perspective perspective, Set<Role> roles,
                             Set<InvolvementLevel> levels, Monitoring monitoring) {
        return new Example(first, last, "", perspective, roles, "", levels, Set.of(), "", "", ContactMethod.EMAIL,
                ACTIVE, monitoring);
    }

    private static Example with(Example e, InvolvementStatus status) {
        return new Example(e.first(), e.last(), e.knownAs(), e.perspective(), e.roles(), e.otherRole(), e.levels(),
                e.needs(), e.preferredTimes(), e.otherNeeds(), e.contact(), status, e.monitoring());
    }

    private static Example needs(Example e, Set<AccessNeed> needs, String times, String other, ContactMethod contact) {
        return new Example(e.first(), e.last(), e.knownAs(), e.perspective(), e.roles(), e.otherRole(), e.levels(),
                needs, times, other, contact, e.status(), e.monitoring());
    }

    private static Example knownAs(Example e, String knownAs) {
        return new Example(e.first(), e.last(), knownAs, e.perspective(), e.roles(), e.otherRole(), e.levels(),
                e.needs(), e.preferredTimes(), e.otherNeeds(), e.contact(), e.status(), e.monitoring());
    }

    private static Example otherRole(Example e, String otherRole) {
        return new Example(e.first(), e.last(), e.knownAs(), e.perspective(), Set.of(Role.OTHER), otherRole,
                e.levels(), e.needs(), e.preferredTimes(), e.otherNeeds(), e.contact(), e.status(), e.monitoring());
    }

    private static Monitoring eq(AgeBand age, Ethnicity ethnicity, Sex sex, Answer disability,
                                 SexualOrientation orientation, Religion religion, Answer carer) {
        return new Answered(new Equality(age, ethnicity, sex, disability, orientation, religion, carer));
    }

    private static final Monitoring NONE = new NotAnswered();
    private static final Monitoring OBJECTED = new Objected();

    private static final Answer YES = Answer.YES;
    private static final Answer NO = Answer.NO;
    private static final Answer NOT_SAID = Answer.PREFER_NOT_TO_SAY;

    /** The people, in the order they are added. */
    private static List<Example> examples() {
        return List.of(
                // Service users, active
                needs(p("Ada", "Brookfield", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C, D),
                        eq(AgeBand.AGE_45_54, Ethnicity.WHITE_BRITISH, Sex.FEMALE, YES, SexualOrientation.STRAIGHT,
                                Religion.NONE, NO)),
                        Set.of(LARGE_PRINT), "Afternoons; not before 11am", "", ContactMethod.EMAIL),
                p("Tariq", "Mahmood", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE, PEER_SUPPORTER), Set.of(B, C),
                        eq(AgeBand.AGE_35_44, Ethnicity.ASIAN_PAKISTANI, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.MUSLIM, NO)),
                needs(p("Bethany", "Coles", SERVICE_USER, Set.of(AMBASSADOR), Set.of(B),
                        eq(AgeBand.AGE_18_24, Ethnicity.WHITE_BRITISH, Sex.FEMALE, YES, SexualOrientation.BISEXUAL,
                                Religion.NONE, NO)),
                        Set.of(EASY_READ), "", "Papers two weeks before a meeting, please", ContactMethod.TEXT_MESSAGE),
                p("Kwame", "Asante", SERVICE_USER, Set.of(CRITICAL_FRIEND), Set.of(D, E),
                        eq(AgeBand.AGE_45_54, Ethnicity.BLACK_AFRICAN, Sex.MALE, NO, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, NO)),
                p("Rhiannon", "Pryce", SERVICE_USER, Set.of(TRUSTEE, EXPERT_BY_EXPERIENCE), Set.of(D),
                        eq(AgeBand.AGE_55_64, Ethnicity.WHITE_BRITISH, Sex.FEMALE, YES,
                                SexualOrientation.GAY_OR_LESBIAN, Religion.NONE, NO)),
                p("Priya", "Raman", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C, E),
                        eq(AgeBand.AGE_25_34, Ethnicity.ASIAN_INDIAN, Sex.FEMALE, NOT_SAID,
                                SexualOrientation.PREFER_NOT_TO_SAY, Religion.HINDU, NO)),
                needs(p("Declan", "Furey", SERVICE_USER, Set.of(PEER_SUPPORTER), Set.of(A, C),
                        eq(AgeBand.AGE_35_44, Ethnicity.WHITE_IRISH, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, NO)),
                        Set.of(BSL_INTERPRETER), "Weekdays", "", ContactMethod.EMAIL),
                p("Marcus", "Thorne", SERVICE_USER, Set.of(CO_WORKER), Set.of(C),
                        eq(AgeBand.AGE_25_34, Ethnicity.MIXED_WHITE_AND_BLACK_CARIBBEAN, Sex.MALE, YES,
                                SexualOrientation.GAY_OR_LESBIAN, Religion.NONE, NO)),
                p("Hannah", "Lowe", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C),
                        eq(AgeBand.AGE_35_44, Ethnicity.WHITE_BRITISH, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.JEWISH, NO)),
                p("Joseph", "Okonjo", SERVICE_USER, Set.of(CONSULTANT), Set.of(D, E),
                        eq(AgeBand.AGE_55_64, Ethnicity.BLACK_AFRICAN, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, NO)),
                needs(p("Ellie", "Marsden", SERVICE_USER, Set.of(PEER_SUPPORTER, AMBASSADOR), Set.of(B, C),
                        eq(AgeBand.AGE_18_24, Ethnicity.WHITE_OTHER, Sex.FEMALE, YES,
                                SexualOrientation.PREFER_NOT_TO_SAY, Religion.PREFER_NOT_TO_SAY, NO)),
                        Set.of(), "Evenings or weekends (works weekdays)", "", ContactMethod.TEXT_MESSAGE),
                // Carers, active
                knownAs(needs(p("Margaret", "Holloway", CARER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(A, C),
                        eq(AgeBand.AGE_65_74, Ethnicity.WHITE_BRITISH, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, YES)),
                        Set.of(LARGE_PRINT, STEP_FREE), "School hours only, 10am to 2.30pm", "", ContactMethod.POST),
                        "Maggie"),
                needs(p("Farida", "Begum", CARER, Set.of(AMBASSADOR), Set.of(B),
                        eq(AgeBand.AGE_45_54, Ethnicity.ASIAN_BANGLADESHI, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.MUSLIM, YES)),
                        Set.of(OTHER_INTERPRETER), "", "Sylheti interpreter for meetings", ContactMethod.PHONE),
                needs(p("Graham", "Whitlow", CARER, Set.of(CRITICAL_FRIEND), Set.of(E),
                        eq(AgeBand.AGE_65_74, Ethnicity.WHITE_BRITISH, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, YES)),
                        Set.of(HEARING_LOOP, LARGE_PRINT), "", "", ContactMethod.PHONE),
                p("Yvonne", "Clarke", CARER, Set.of(TRUSTEE), Set.of(D),
                        eq(AgeBand.AGE_55_64, Ethnicity.BLACK_CARIBBEAN, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, YES)),
                p("Sunita", "Mehta", CARER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C),
                        eq(AgeBand.AGE_45_54, Ethnicity.ASIAN_INDIAN, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.NONE, YES)),
                otherRole(p("Peter", "Quayle", CARER, Set.of(), Set.of(B, D),
                        eq(AgeBand.AGE_65_74, Ethnicity.WHITE_BRITISH, Sex.MALE, NO, SexualOrientation.STRAIGHT,
                                Religion.NONE, YES)), "Chair of the carers' forum"),
                p("Lena", "Novak", CARER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C),
                        eq(AgeBand.AGE_35_44, Ethnicity.WHITE_OTHER, Sex.FEMALE, NOT_SAID,
                                SexualOrientation.PREFER_NOT_TO_SAY, Religion.CHRISTIAN, YES)),
                p("Abdi", "Warsame", CARER, Set.of(PEER_SUPPORTER), Set.of(A, B),
                        eq(AgeBand.AGE_25_34, Ethnicity.BLACK_AFRICAN, Sex.MALE, NO, SexualOrientation.STRAIGHT,
                                Religion.MUSLIM, YES)),
                // Both service user and carer, active
                p("Chloe", "Ashworth", BOTH, Set.of(EXPERT_BY_EXPERIENCE, CO_WORKER), Set.of(C, E),
                        eq(AgeBand.AGE_35_44, Ethnicity.WHITE_BRITISH, Sex.FEMALE, YES, SexualOrientation.BISEXUAL,
                                Religion.NONE, YES)),
                p("Imran", "Siddiqui", BOTH, Set.of(AMBASSADOR), Set.of(B, C),
                        eq(AgeBand.AGE_45_54, Ethnicity.ASIAN_PAKISTANI, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.MUSLIM, YES)),
                needs(p("Rosa", "Delgado-Hart", BOTH, Set.of(TRUSTEE), Set.of(D),
                        eq(AgeBand.AGE_55_64, Ethnicity.MIXED_OTHER, Sex.FEMALE, YES, SexualOrientation.GAY_OR_LESBIAN,
                                Religion.NONE, YES)),
                        Set.of(STEP_FREE), "", "Needs a short break every 45 minutes", ContactMethod.EMAIL),
                p("Nell", "Garside", BOTH, Set.of(EXPERT_BY_EXPERIENCE), Set.of(A, C),
                        eq(AgeBand.AGE_45_54, Ethnicity.WHITE_BRITISH, Sex.FEMALE, YES, SexualOrientation.STRAIGHT,
                                Religion.NONE, YES)),
                // Staff and volunteers, active
                otherRole(p("Sam", "Okafor", STAFF, Set.of(), Set.of(C, D, E),
                        eq(AgeBand.AGE_35_44, Ethnicity.BLACK_AFRICAN, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, NO)), "Manager"),
                otherRole(p("Jo", "Patel", STAFF, Set.of(), Set.of(C),
                        eq(AgeBand.AGE_25_34, Ethnicity.ASIAN_INDIAN, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.NONE, NO)), "Involvement lead and support contact"),
                otherRole(p("Tom", "Hargreaves", VOLUNTEER, Set.of(), Set.of(C),
                        eq(AgeBand.AGE_25_34, Ethnicity.WHITE_BRITISH, Sex.MALE, NO, SexualOrientation.STRAIGHT,
                                Religion.NONE, NO)), "Takes the minutes"),
                p("Grace", "Lindqvist", VOLUNTEER, Set.of(PEER_SUPPORTER), Set.of(B),
                        eq(AgeBand.AGE_25_34, Ethnicity.WHITE_OTHER, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.NONE, NO)),
                // Active, with no equality answers
                needs(p("Danny", "Rourke", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C), NONE),
                        Set.of(EASY_READ, SUPPORT_WORKER), "Not on Fridays", "A quiet room to step out to",
                        ContactMethod.PHONE),
                p("Kezia", "Mensah", SERVICE_USER, Set.of(PEER_SUPPORTER), Set.of(A), OBJECTED),
                p("Olu", "Adebayo", SERVICE_USER, Set.of(AMBASSADOR), Set.of(B), NONE),
                otherRole(p("Fiona", "Baird", STAFF, Set.of(), Set.of(C), NONE), "Volunteer coordinator"),
                p("Harriet", "Vance", VOLUNTEER, Set.of(CRITICAL_FRIEND), Set.of(E), NONE),
                // Taking a break
                with(p("Liam", "Kavanagh", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C),
                        eq(AgeBand.AGE_25_34, Ethnicity.WHITE_IRISH, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, NO)), TAKING_A_BREAK),
                with(p("Aisha", "Rahman", SERVICE_USER, Set.of(PEER_SUPPORTER), Set.of(B),
                        eq(AgeBand.AGE_18_24, Ethnicity.ASIAN_BANGLADESHI, Sex.FEMALE, YES, SexualOrientation.STRAIGHT,
                                Religion.MUSLIM, NO)), TAKING_A_BREAK),
                knownAs(with(p("Beverley", "Stokes", CARER, Set.of(CRITICAL_FRIEND), Set.of(E),
                        eq(AgeBand.AGE_55_64, Ethnicity.WHITE_BRITISH, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, YES)), TAKING_A_BREAK), "Bev"),
                with(p("Noah", "Pemberton", SERVICE_USER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C), NONE),
                        TAKING_A_BREAK),
                with(p("Zainab", "Hussain", BOTH, Set.of(TRUSTEE), Set.of(D),
                        eq(AgeBand.AGE_35_44, Ethnicity.ASIAN_PAKISTANI, Sex.FEMALE, YES, SexualOrientation.STRAIGHT,
                                Religion.MUSLIM, YES)), TAKING_A_BREAK),
                // Left
                with(p("Gareth", "Llewellyn", SERVICE_USER, Set.of(TRUSTEE), Set.of(D),
                        eq(AgeBand.AGE_65_74, Ethnicity.WHITE_BRITISH, Sex.MALE, YES, SexualOrientation.STRAIGHT,
                                Religion.CHRISTIAN, NO)), LEFT),
                with(p("Mei Lin", "Chow", CARER, Set.of(EXPERT_BY_EXPERIENCE), Set.of(C),
                        eq(AgeBand.AGE_45_54, Ethnicity.ASIAN_CHINESE, Sex.FEMALE, NO, SexualOrientation.STRAIGHT,
                                Religion.BUDDHIST, YES)), LEFT),
                with(p("Victor", "Osei", VOLUNTEER, Set.of(AMBASSADOR), Set.of(B), NONE), LEFT));
    }
}
