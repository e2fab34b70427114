package org.fourpi.toolkit.bench;

import static org.fourpi.toolkit.db.Tables.AGENDA_ITEM;
import static org.fourpi.toolkit.db.Tables.AGENDA_PAPER;
import static org.fourpi.toolkit.db.Tables.CLAIM;
import static org.fourpi.toolkit.db.Tables.CLAIM_LINE;
import static org.fourpi.toolkit.db.Tables.MEETING;
import static org.fourpi.toolkit.db.Tables.MEETING_INVITATION;
import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_LEVEL;
import static org.fourpi.toolkit.db.Tables.PERSON_NEED;
import static org.fourpi.toolkit.db.Tables.PERSON_ROLE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.fourpi.toolkit.assessment.ExampleAssessments;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.files.AttachmentStore;
import org.fourpi.toolkit.people.PeopleService;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Fills an empty data folder with a made-up organisation of a given size: people with perspectives,
 * roles, levels and needs; claims of one to six lines across categories and statuses; meetings with
 * invitations and agendas; one meeting of 20 people with 50 pages of papers, whose pack is measured;
 * and self-assessments. Bulk records go in as jOOQ batch inserts into a database migrated by the
 * program's own {@link Database#open}, so even the large size takes minutes.
 */
public final class SyntheticOrganisation {

    /** The meeting whose pack the benchmark makes: 20 people invited, 50 pages of papers. */
    public static final String PACK_MEETING_TITLE = "Steering group: winter planning";
    public static final int PACK_PEOPLE = 20;
    public static final int PACK_PAPER_PAGES = 50;

    private static final int BATCH = 5_000;
    private static final int PAPERS = 5;

    private static final String[] FIRST_NAMES = {"Ada", "Amira", "Ben", "Bethan", "Callum", "Chloe", "Daniel",
        "Deepa", "Eilidh", "Emeka", "Fatima", "Finn", "Grace", "Hamza", "Harriet", "Imran", "Isla", "Jack",
        "Jasmine", "Jo", "Kieran", "Leah", "Liam", "Maggie", "Maryam", "Mohammed", "Nadia", "Niamh", "Oliver",
        "Olu", "Priya", "Rhys", "Rosa", "Ruth", "Sam", "Sanjay", "Sofia", "Tariq", "Tom", "Una", "Viktor", "Wei",
        "Yasmin", "Zainab", "Zoe", "Aled", "Bronwen", "Colin", "Dorothy", "Errol", "Gwen", "Hugh", "Joan", "Kofi",
        "Lorraine", "Marcus", "Nasreen", "Patrick", "Shona", "Trevor"};
    private static final String[] LAST_NAMES = {"Adeyemi", "Ahmed", "Ali", "Baker", "Bennett", "Brown", "Campbell",
        "Chen", "Clarke", "Davies", "Edwards", "Evans", "Fraser", "Green", "Hall", "Hughes", "Hussain", "Jackson",
        "James", "Jones", "Kaur", "Khan", "Kowalski", "Lewis", "Martin", "Mensah", "Morgan", "Murphy", "Nowak",
        "O'Brien", "Okafor", "Patel", "Phillips", "Price", "Roberts", "Robinson", "Scott", "Shah", "Singh",
        "Smith", "Taylor", "Thomas", "Thompson", "Walker", "Ward", "Watson", "White", "Williams", "Wilson",
        "Wood", "Wright", "Young", "MacLeod", "Nguyen", "Begum", "Byrne", "Doherty", "Griffiths", "Owusu", "Reid"};
    private static final String[] ACTIVITIES = {"Steering group", "Recruitment panel", "Training day",
        "Focus group on crisis care", "Reading group for leaflets", "Board meeting", "Consultation on day services",
        "Peer support session", "Quality visit", "Co-production workshop"};
    private static final String[] PERSPECTIVES = {"SERVICE_USER", "SERVICE_USER", "SERVICE_USER", "SERVICE_USER",
        "CARER", "CARER", "BOTH", "STAFF", "VOLUNTEER", "OTHER"};
    private static final String[] ROLES = {"AMBASSADOR", "CRITICAL_FRIEND", "CO_WORKER", "CONSULTANT",
        "EXPERT_BY_EXPERIENCE", "TRUSTEE", "PEER_SUPPORTER"};
    private static final String[] LEVELS = {"A", "B", "C", "D", "E"};
    private static final String[] NEEDS = {"LARGE_PRINT", "EASY_READ", "BSL_INTERPRETER", "OTHER_INTERPRETER",
        "HEARING_LOOP", "STEP_FREE", "SUPPORT_WORKER"};
    private static final String[] KINDS = {"STEERING_GROUP", "BOARD", "FOCUS_GROUP", "TRAINING", "CONSULTATION",
        "OTHER"};
    private static final String[] METHODS = {"BANK_TRANSFER", "BANK_TRANSFER", "BANK_TRANSFER", "CASH", "VOUCHER"};

    private final OrganisationSize size;
    private final Clock clock;
    private final Random random;
    private final LocalDate today;
    private final LocalDateTime now;

    public SyntheticOrganisation(OrganisationSize size, Clock clock, long seed) {
        this.size = size;
        this.clock = clock;
        this.random = new Random(seed);
        this.today = LocalDate.now(clock);
        this.now = LocalDateTime.now(clock);
    }

    /** Writes the organisation into the data folder, which must be empty. */
    public void writeTo(Path dataDir) {
        try (DataFolder folder = DataFolder.open(dataDir); Database database = Database.open(folder)) {
            DSLContext db = database.dsl();
            people(db);
            claims(db);
            meetings(db);
            packMeeting(db, new AttachmentStore(folder.attachmentFolder()), dataDir);
            for (var table : List.of(PERSON, CLAIM, CLAIM_LINE, MEETING, AGENDA_ITEM, AGENDA_PAPER)) {
                // Later records (an import, say) take the next free number, as they would have.
                long next = ((Number) db.fetchValue("SELECT COALESCE(MAX(ID), 0) + 1 FROM " + table.getName())).longValue();
                db.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN ID RESTART WITH " + next);
            }
            PeopleService people = new PeopleService(database, clock, new AttachmentStore(folder.attachmentFolder()));
            new ExampleAssessments(database, people, clock).add();
        }
    }

    private void people(DSLContext db) {
        for (int from = 1; from <= size.people(); from += BATCH) {
            int to = Math.min(size.people(), from + BATCH - 1);
            int first = from;
            db.transaction(c -> {
                DSLContext tx = c.dsl();
                BatchBindStep person = tx.batch(tx.insertInto(PERSON, PERSON.ID, PERSON.FIRST_NAME,
                        PERSON.LAST_NAME, PERSON.KNOWN_AS, PERSON.PERSPECTIVE, PERSON.EMAIL, PERSON.PHONE,
                        PERSON.POSTCODE, PERSON.LISTED_IN_PACKS, PERSON.DATE_OF_BIRTH, PERSON.STATUS,
                        PERSON.CREATED_AT, PERSON.UPDATED_AT).values(nulls(13)));
                BatchBindStep role = tx.batch(tx.insertInto(PERSON_ROLE, PERSON_ROLE.PERSON_ID, PERSON_ROLE.ROLE)
                        .values(nulls(2)));
                BatchBindStep level = tx.batch(tx.insertInto(PERSON_LEVEL, PERSON_LEVEL.PERSON_ID,
                        PERSON_LEVEL.LEVEL_CODE).values(nulls(2)));
                BatchBindStep need = tx.batch(tx.insertInto(PERSON_NEED, PERSON_NEED.PERSON_ID, PERSON_NEED.NEED)
                        .values(nulls(2)));
                boolean anyNeed = false;
                for (long id = first; id <= to; id++) {
                    String firstName = pick(FIRST_NAMES);
                    String lastName = pick(LAST_NAMES);
                    // The first people are all active service users or carers, so that the measured
                    // meeting pack invites people who would really be asked.
                    boolean packPerson = id <= PACK_PEOPLE;
                    String perspective = packPerson ? (id % 3 == 0 ? "CARER" : "SERVICE_USER") : pick(PERSPECTIVES);
                    int status = random.nextInt(100);
                    person.bind(id, firstName, lastName, random.nextInt(10) == 0 ? firstName.substring(0, 2) : null,
                            perspective,
                            (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT).replace("'", "")
                                    + id + "@example.org",
                            String.format("07700 9%05d", id % 100_000),
                            "LS" + (1 + random.nextInt(28)) + " " + (1 + random.nextInt(9)) + "AB",
                            packPerson || random.nextBoolean(),
                            today.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(365)),
                            packPerson || status < 75 ? "ACTIVE" : status < 85 ? "TAKING_A_BREAK" : "LEFT",
                            now.minusDays(random.nextInt(1500)), now.minusDays(random.nextInt(30)));
                    for (String r : some(ROLES, 1 + random.nextInt(2))) {
                        role.bind(id, r);
                    }
                    for (String l : some(LEVELS, 1 + random.nextInt(3))) {
                        level.bind(id, l);
                    }
                    if (random.nextInt(10) < 3) {
                        for (String n : some(NEEDS, 1 + random.nextInt(2))) {
                            need.bind(id, n);
                            anyNeed = true;
                        }
                    }
                }
                person.execute();
                role.execute();
                level.execute();
                if (anyNeed) {
                    need.execute();
                }
            });
        }
    }

    private void claims(DSLContext db) {
        int lines = 0;
        long claimId = 0;
        long lineId = 0;
        while (lines < size.claimLines()) {
            int target = Math.min(size.claimLines(), lines + BATCH);
            List<Object[]> claims = new ArrayList<>();
            List<Object[]> claimLines = new ArrayList<>();
            while (lines < target) {
                claimId++;
                LocalDate activity = today.minusDays(random.nextInt(3 * 365));
                String status = status(activity);
                LocalDate submitted = status.equals("DRAFT") ? null : atMost(activity.plusDays(random.nextInt(10)));
                LocalDate approved = status.equals("APPROVED") || status.equals("PAID")
                        ? atMost(submitted.plusDays(1 + random.nextInt(14))) : null;
                LocalDate paid = status.equals("PAID") ? atMost(approved.plusDays(1 + random.nextInt(14))) : null;
                claims.add(new Object[] {claimId, 1L + random.nextInt(size.people()), pick(ACTIVITIES), activity,
                    status, submitted, approved, paid, paid == null ? null : pick(METHODS),
                    paid == null ? null : "BACS " + claimId,
                    status.equals("REJECTED") ? "This was claimed twice; the other claim has been paid." : null,
                    activity.atTime(17, 0), activity.atTime(17, 0)});
                int count = Math.min(1 + random.nextInt(6), target - lines);
                for (int position = 1; position <= count; position++) {
                    claimLines.add(line(++lineId, claimId, position, activity));
                }
                lines += count;
            }
            db.transaction(c -> {
                DSLContext tx = c.dsl();
                BatchBindStep claim = tx.batch(tx.insertInto(CLAIM, CLAIM.ID, CLAIM.PERSON_ID, CLAIM.ACTIVITY,
                        CLAIM.ACTIVITY_DATE, CLAIM.STATUS, CLAIM.SUBMITTED_ON, CLAIM.APPROVED_ON, CLAIM.PAID_ON,
                        CLAIM.PAYMENT_METHOD, CLAIM.PAYMENT_REFERENCE, CLAIM.REJECTED_REASON, CLAIM.CREATED_AT,
                        CLAIM.UPDATED_AT).values(nulls(13)));
                claims.forEach(claim::bind);
                claim.execute();
                BatchBindStep line = tx.batch(tx.insertInto(CLAIM_LINE, CLAIM_LINE.ID, CLAIM_LINE.CLAIM_ID,
                        CLAIM_LINE.POSITION, CLAIM_LINE.CATEGORY, CLAIM_LINE.DESCRIPTION, CLAIM_LINE.FEE_UNIT,
                        CLAIM_LINE.QUANTITY, CLAIM_LINE.PASSENGERS, CLAIM_LINE.AMOUNT,
                        CLAIM_LINE.PAID_BY_ORGANISATION, CLAIM_LINE.CREATED_AT).values(nulls(11)));
                claimLines.forEach(line::bind);
                line.execute();
            });
        }
    }

    private String status(LocalDate activity) {
        int roll = random.nextInt(100);
        if (activity.isBefore(today.minusDays(60))) {
            return roll < 88 ? "PAID" : roll < 93 ? "REJECTED" : roll < 97 ? "APPROVED" : "SUBMITTED";
        }
        return roll < 20 ? "DRAFT" : roll < 55 ? "SUBMITTED" : roll < 75 ? "APPROVED" : roll < 95 ? "PAID"
                : "REJECTED";
    }

    private LocalDate atMost(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    private Object[] line(long id, long claimId, int position, LocalDate activity) {
        String category;
        String description = null;
        String unit = null;
        BigDecimal quantity = null;
        Integer passengers = null;
        long pence;
        boolean byOrganisation = false;
        int roll = position == 1 && random.nextInt(10) < 7 ? -1 : random.nextInt(100);
        if (roll < 0) {
            category = "FEE";
            int kind = random.nextInt(3);
            unit = kind == 0 ? "HOURS" : kind == 1 ? "HALF_DAYS" : "DAYS";
            quantity = BigDecimal.valueOf(kind == 0 ? 1 + random.nextInt(4) : 1).setScale(2);
            pence = kind == 0 ? 2_750 * quantity.intValue() : kind == 1 ? 8_250 : 16_500;
        } else if (roll < 30) {
            category = "PUBLIC_TRANSPORT";
            description = "Bus and train, return";
            pence = 350 + random.nextInt(2_500);
        } else if (roll < 50) {
            category = "MILEAGE";
            int miles = 4 + random.nextInt(60);
            quantity = BigDecimal.valueOf(miles).setScale(2);
            passengers = 0;
            pence = miles * 45L;
        } else if (roll < 58) {
            category = "TAXI";
            description = "Taxi from home";
            byOrganisation = random.nextInt(5) == 0;
            pence = 800 + random.nextInt(2_500);
        } else if (roll < 65) {
            category = "PARKING";
            pence = 200 + random.nextInt(1_000);
        } else if (roll < 80) {
            category = "SUBSISTENCE";
            description = "Lunch";
            pence = 500 + random.nextInt(500);
        } else if (roll < 86) {
            category = "CHILDCARE";
            pence = 2_000 + random.nextInt(4_000);
        } else if (roll < 90) {
            category = "REPLACEMENT_CARER";
            pence = 3_000 + random.nextInt(5_000);
        } else if (roll < 94) {
            category = "SUPPORT_WORKER";
            pence = 4_000 + random.nextInt(5_000);
        } else if (roll < 97) {
            category = "INTERPRETER";
            byOrganisation = true;
            pence = 6_000 + random.nextInt(9_000);
        } else {
            category = "OTHER";
            description = "Printing";
            pence = 300 + random.nextInt(1_500);
        }
        return new Object[] {id, claimId, position, category, description, unit, quantity, passengers,
            BigDecimal.valueOf(pence, 2), byOrganisation, activity.atTime(17, 0)};
    }

    private void meetings(DSLContext db) {
        for (int from = 1; from <= size.meetings(); from += 1_000) {
            int to = Math.min(size.meetings(), from + 999);
            int first = from;
            db.transaction(c -> {
                DSLContext tx = c.dsl();
                BatchBindStep meeting = tx.batch(tx.insertInto(MEETING, MEETING.ID, MEETING.TITLE, MEETING.KIND,
                        MEETING.LEVEL_CODE, MEETING.MEETING_DATE, MEETING.STARTS_AT, MEETING.ENDS_AT,
                        MEETING.VENUE_NAME, MEETING.STEP_FREE, MEETING.HEARING_LOOP, MEETING.PURPOSE,
                        MEETING.SUPPORT_CONTACT, MEETING.PAPERS_DUE, MEETING.CREATED_AT, MEETING.UPDATED_AT)
                        .values(nulls(15)));
                BatchBindStep invitation = tx.batch(tx.insertInto(MEETING_INVITATION, MEETING_INVITATION.MEETING_ID,
                        MEETING_INVITATION.PERSON_ID, MEETING_INVITATION.ROLE, MEETING_INVITATION.PACK_SENT_ON,
                        MEETING_INVITATION.PACK_SENT_METHOD, MEETING_INVITATION.ATTENDANCE).values(nulls(6)));
                BatchBindStep item = tx.batch(tx.insertInto(AGENDA_ITEM, AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID,
                        AGENDA_ITEM.POSITION, AGENDA_ITEM.TITLE, AGENDA_ITEM.ASK, AGENDA_ITEM.MINUTES,
                        AGENDA_ITEM.LAY_SUMMARY).values(nulls(7)));
                for (long id = first; id <= to; id++) {
                    LocalDate date = today.minusDays(3 * 365).plusDays(random.nextInt(3 * 365 + 60));
                    boolean past = date.isBefore(today);
                    meeting.bind(id, pick(ACTIVITIES) + " " + id, pick(KINDS), pick(LEVELS), date,
                            LocalTime.of(10 + random.nextInt(4), 0), LocalTime.of(15 + random.nextInt(2), 0),
                            "Community centre, room " + (1 + random.nextInt(5)), random.nextBoolean(),
                            random.nextBoolean(), "To hear from people who use services about the plans.",
                            "Jo Patel, 0113 496 0000", date.minusDays(7), now.minusDays(400), now.minusDays(10));
                    for (long person : people(6 + random.nextInt(5))) {
                        invitation.bind(id, person, random.nextInt(8) == 0 ? "RESERVE" : "MEMBER",
                                past ? date.minusDays(8) : null, past ? "EMAIL" : null,
                                past ? (random.nextInt(10) < 8 ? "ATTENDED" : "APOLOGIES") : null);
                    }
                    for (int position = 1; position <= 3; position++) {
                        item.bind(id * 10 + position, id, position, "Item " + position,
                                position == 3 ? "DECIDE" : "DISCUSS", 20, "What we are asked to think about.");
                    }
                }
                meeting.execute();
                invitation.execute();
                item.execute();
            });
        }
    }

    private void packMeeting(DSLContext db, AttachmentStore store, Path dataDir) {
        long id = size.meetings() + 1L;
        LocalDate date = today.plusDays(14);
        List<AttachmentStore.Stored> papers = new ArrayList<>();
        Path scratch = dataDir.resolve("bench-papers");
        try {
            Files.createDirectories(scratch);
            for (int paper = 1; paper <= PAPERS; paper++) {
                Path file = scratch.resolve("paper-" + paper + ".pdf");
                writePaper(file, paper, PACK_PAPER_PAGES / PAPERS);
                papers.add(store.store(file, 50L * 1024 * 1024));
            }
            try (Stream<Path> files = Files.list(scratch)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.transaction(c -> {
            DSLContext tx = c.dsl();
            tx.insertInto(MEETING, MEETING.ID, MEETING.TITLE, MEETING.KIND, MEETING.LEVEL_CODE, MEETING.MEETING_DATE,
                    MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.VENUE_NAME, MEETING.VENUE_ADDRESS, MEETING.STEP_FREE,
                    MEETING.HEARING_LOOP, MEETING.ACCESSIBLE_TOILET, MEETING.PURPOSE, MEETING.SUPPORT_CONTACT,
                    MEETING.PAPERS_DUE, MEETING.CREATED_AT, MEETING.UPDATED_AT)
                    .values(id, PACK_MEETING_TITLE, "STEERING_GROUP", "D", date, LocalTime.of(11, 0),
                            LocalTime.of(13, 30), "Community centre, main hall", "1 Park Road, Leeds LS1 1AB", true,
                            true, true, "To agree the winter plan and hear how the last one went.",
                            "Jo Patel, 0113 496 0000", date.minusDays(7), now, now)
                    .execute();
            for (long person = 1; person <= PACK_PEOPLE; person++) {
                tx.insertInto(MEETING_INVITATION, MEETING_INVITATION.MEETING_ID, MEETING_INVITATION.PERSON_ID,
                        MEETING_INVITATION.ROLE).values(id, person, person == PACK_PEOPLE ? "RESERVE" : "MEMBER")
                        .execute();
            }
            for (int position = 1; position <= PAPERS + 1; position++) {
                long itemId = id * 10 + position;
                tx.insertInto(AGENDA_ITEM, AGENDA_ITEM.ID, AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.POSITION,
                        AGENDA_ITEM.TITLE, AGENDA_ITEM.ASK, AGENDA_ITEM.PRESENTER, AGENDA_ITEM.MINUTES,
                        AGENDA_ITEM.LAY_SUMMARY, AGENDA_ITEM.PAPER_EXPECTED)
                        .values(itemId, id, position, position <= PAPERS ? "Paper " + position : "Any other business",
                                position % 2 == 0 ? "DECIDE" : "DISCUSS", "Jo Patel", 20,
                                "This paper says what we plan to change this winter, and asks what you think.",
                                position <= PAPERS)
                        .execute();
                if (position <= PAPERS) {
                    AttachmentStore.Stored stored = papers.get(position - 1);
                    tx.insertInto(AGENDA_PAPER, AGENDA_PAPER.ID, AGENDA_PAPER.AGENDA_ITEM_ID, AGENDA_PAPER.POSITION,
                            AGENDA_PAPER.STORED_FILE, AGENDA_PAPER.FILE_NAME, AGENDA_PAPER.ADDED_AT)
                            .values((long) position, itemId, 1, stored.storedName(), "paper-" + position + ".pdf", now)
                            .execute();
                }
            }
        });
    }

    private static void writePaper(Path file, int paper, int pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.newPage();
                }
                document.add(new Paragraph("Paper " + paper + ", page " + page));
                for (int p = 0; p < 12; p++) {
                    document.add(new Paragraph("This section sets out what the service plans to do over the "
                            + "winter, what has changed since the last meeting, and what members are asked to "
                            + "think about before they decide. It is written in plain words."));
                }
            }
            document.close();
        }
    }

    /** Distinct people, chosen at random. */
    private Set<Long> people(int count) {
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, size.people())) {
            chosen.add(1L + random.nextInt(size.people()));
        }
        return chosen;
    }

    private List<String> some(String[] values, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(values));
        }
        return List.copyOf(chosen);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Placeholders for a batch statement's values, bound row by row. */
    private static List<Object> nulls(int count) {
        return Collections.nCopies(count, null);
    }
}
