package org.fourpi.toolkit.meetings;

import static org.fourpi.toolkit.db.Tables.AGENDA_ITEM;
import static org.fourpi.toolkit.db.Tables.AGENDA_PAPER;
import static org.fourpi.toolkit.db.Tables.MEETING;
import static org.fourpi.toolkit.db.Tables.MEETING_INVITATION;
import static org.fourpi.toolkit.db.Tables.PERSON;
import static org.fourpi.toolkit.db.Tables.PERSON_NEED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.db.tables.records.MeetingRecord;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.Perspective;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads and writes meetings, their invitations and their agendas. */
final class MeetingRepository {

    private static final Field<String> PERSON_NAME = DSL.trim(DSL.concat(
            DSL.coalesce(DSL.nullif(PERSON.KNOWN_AS, ""), PERSON.FIRST_NAME), DSL.inline(" "),
            DSL.coalesce(PERSON.LAST_NAME, DSL.inline(""))));

    List<MeetingSummary> list(DSLContext db) {
        Field<Integer> invited = DSL.field(DSL.selectCount().from(MEETING_INVITATION)
                .where(MEETING_INVITATION.MEETING_ID.eq(MEETING.ID)));
        return db.select(MEETING.ID, MEETING.MEETING_DATE, MEETING.STARTS_AT, MEETING.TITLE, MEETING.KIND, invited)
                .from(MEETING)
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.STARTS_AT.desc(), MEETING.ID.desc())
                .fetch(r -> new MeetingSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        MeetingKind.valueOf(r.value5()), r.value6()));
    }

    Optional<Meeting> find(DSLContext db, long id) {
        return db.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional(MeetingRepository::toMeeting);
    }

    /** The latest meeting of the same kind and title before this one, for its notes of decisions and actions. */
    Optional<Meeting> previous(DSLContext db, Meeting meeting) {
        return db.selectFrom(MEETING)
                .where(MEETING.KIND.eq(meeting.kind().name()))
                .and(DSL.lower(MEETING.TITLE).eq(meeting.title().toLowerCase(Locale.ROOT)))
                .and(MEETING.MEETING_DATE.lt(meeting.date()))
                .orderBy(MEETING.MEETING_DATE.desc(), MEETING.ID.desc())
                .limit(1)
                .fetchOptional(MeetingRepository::toMeeting);
    }

    long insert(DSLContext db, Meeting m, LocalDateTime now) {
        MeetingRecord record = db.newRecord(MEETING);
        fill(record, m);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        return record.getId();
    }

    void update(DSLContext db, Meeting m, LocalDateTime now) {
        MeetingRecord record = db.fetchSingle(MEETING, MEETING.ID.eq(m.id()));
        fill(record, m);
        record.setUpdatedAt(now);
        record.store();
    }

    private static void fill(MeetingRecord r, Meeting m) {
        r.setTitle(m.title());
        r.setKind(m.kind().name());
        r.setLevelCode(m.level() == null ? null : m.level().name());
        r.setMeetingDate(m.date());
        r.setStartsAt(m.startsAt());
        r.setEndsAt(m.endsAt());
        r.setVenueName(emptyToNull(m.venue().name()));
        r.setVenueAddress(emptyToNull(m.venue().address()));
        r.setOnlineLink(emptyToNull(m.venue().onlineLink()));
        r.setStepFree(m.venue().stepFree());
        r.setHearingLoop(m.venue().hearingLoop());
        r.setAccessibleToilet(m.venue().accessibleToilet());
        r.setQuietRoom(m.venue().quietRoom());
        r.setPurpose(emptyToNull(m.purpose()));
        r.setSupportContact(emptyToNull(m.supportContact()));
        r.setPapersDue(m.papersDue());
        r.setNotes(emptyToNull(m.notes()));
    }

    private static Meeting toMeeting(MeetingRecord r) {
        return new Meeting(r.getId(), r.getTitle(), MeetingKind.valueOf(r.getKind()),
                r.getLevelCode() == null ? null : InvolvementLevel.valueOf(r.getLevelCode()), r.getMeetingDate(),
                r.getStartsAt(), r.getEndsAt(),
                new Venue(r.getVenueName(), r.getVenueAddress(), r.getOnlineLink(), r.getStepFree(),
                        r.getHearingLoop(), r.getAccessibleToilet(), r.getQuietRoom()),
                r.getPurpose(), r.getSupportContact(), r.getPapersDue(), r.getNotes());
    }

    List<Invitation> invitations(DSLContext db, long meetingId) {
        Map<Long, Set<AccessNeed>> needs = db.select(PERSON_NEED.PERSON_ID, PERSON_NEED.NEED).from(PERSON_NEED)
                .join(MEETING_INVITATION).on(MEETING_INVITATION.PERSON_ID.eq(PERSON_NEED.PERSON_ID))
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId))
                .fetchGroups(PERSON_NEED.PERSON_ID, r -> AccessNeed.valueOf(r.value2()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> EnumSet.copyOf(e.getValue())));
        return db.select(MEETING_INVITATION.asterisk(), PERSON_NAME.as("person_name"), PERSON.PERSPECTIVE,
                        PERSON.OTHER_NEEDS)
                .from(MEETING_INVITATION).join(PERSON).on(PERSON.ID.eq(MEETING_INVITATION.PERSON_ID))
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_INVITATION.ROLE, PERSON.LAST_NAME, PERSON.FIRST_NAME)
                .fetch(r -> {
                    long person = r.get(MEETING_INVITATION.PERSON_ID);
                    String sentBy = r.get(MEETING_INVITATION.PACK_SENT_METHOD);
                    String attendance = r.get(MEETING_INVITATION.ATTENDANCE);
                    return new Invitation(person, r.get("person_name", String.class),
                            Perspective.valueOf(r.get(PERSON.PERSPECTIVE)), needs.getOrDefault(person, Set.of()),
                            r.get(PERSON.OTHER_NEEDS), InvitationRole.valueOf(r.get(MEETING_INVITATION.ROLE)),
                            r.get(MEETING_INVITATION.TRAVEL_NEEDED), r.get(MEETING_INVITATION.TRAVEL_BOOKED),
                            r.get(MEETING_INVITATION.TRAVEL_DESCRIPTION),
                            r.get(MEETING_INVITATION.TRAVEL_COST) == null ? null
                                    : Money.of(r.get(MEETING_INVITATION.TRAVEL_COST)),
                            r.get(MEETING_INVITATION.PACK_SENT_ON),
                            sentBy == null ? null : PackSentBy.valueOf(sentBy),
                            attendance == null ? null : Attendance.valueOf(attendance));
                });
    }

    void invite(DSLContext db, long meetingId, long personId, InvitationRole role) {
        db.insertInto(MEETING_INVITATION, MEETING_INVITATION.MEETING_ID, MEETING_INVITATION.PERSON_ID,
                        MEETING_INVITATION.ROLE)
                .values(meetingId, personId, role.name())
                .onDuplicateKeyUpdate()
                .set(MEETING_INVITATION.ROLE, role.name())
                .execute();
    }

    int removeInvitation(DSLContext db, long meetingId, long personId) {
        return db.deleteFrom(MEETING_INVITATION).where(MEETING_INVITATION.MEETING_ID.eq(meetingId))
                .and(MEETING_INVITATION.PERSON_ID.eq(personId)).execute();
    }

    int setTravel(DSLContext db, long meetingId, long personId, boolean needed, boolean booked, String description,
                  Money cost) {
        return db.update(MEETING_INVITATION)
                .set(MEETING_INVITATION.TRAVEL_NEEDED, needed)
                .set(MEETING_INVITATION.TRAVEL_BOOKED, booked)
                .set(MEETING_INVITATION.TRAVEL_DESCRIPTION, emptyToNull(description))
                .set(MEETING_INVITATION.TRAVEL_COST, cost == null ? null : cost.amount())
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId)).and(MEETING_INVITATION.PERSON_ID.eq(personId))
                .execute();
    }

    int recordPackSent(DSLContext db, long meetingId, long personId, LocalDate on, PackSentBy by) {
        return db.update(MEETING_INVITATION)
                .set(MEETING_INVITATION.PACK_SENT_ON, on)
                .set(MEETING_INVITATION.PACK_SENT_METHOD, by.name())
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId)).and(MEETING_INVITATION.PERSON_ID.eq(personId))
                .execute();
    }

    int recordAttendance(DSLContext db, long meetingId, long personId, Attendance attendance) {
        return db.update(MEETING_INVITATION)
                .set(MEETING_INVITATION.ATTENDANCE, attendance == null ? null : attendance.name())
                .where(MEETING_INVITATION.MEETING_ID.eq(meetingId)).and(MEETING_INVITATION.PERSON_ID.eq(personId))
                .execute();
    }

    /**
     * The meetings held between two days, both included, each with its invitations counted in one
     * grouped query; earliest first.
     */
    List<MeetingCounts> countsBetween(DSLContext db, LocalDate from, LocalDate to, int packDaysAhead) {
        // The perspectives Invitation.hasLivedExperience counts.
        Condition lived = PERSON.PERSPECTIVE.in(Perspective.SERVICE_USER.name(), Perspective.CARER.name(),
                Perspective.BOTH.name());
        Condition travel = MEETING_INVITATION.TRAVEL_NEEDED.isTrue();
        return db.select(MEETING.ID, MEETING.MEETING_DATE, MEETING.STARTS_AT,
                        DSL.count(MEETING_INVITATION.PERSON_ID),
                        DSL.count(MEETING_INVITATION.ATTENDANCE),
                        DSL.count().filterWhere(lived),
                        DSL.count().filterWhere(lived.and(MEETING_INVITATION.ATTENDANCE.eq(Attendance.ATTENDED.name()))),
                        DSL.count(MEETING_INVITATION.PACK_SENT_ON),
                        DSL.count().filterWhere(DSL.localDateDiff(MEETING.MEETING_DATE, MEETING_INVITATION.PACK_SENT_ON)
                                .ge(packDaysAhead)),
                        DSL.count().filterWhere(travel),
                        DSL.count().filterWhere(travel.and(MEETING_INVITATION.TRAVEL_BOOKED.isTrue())))
                .from(MEETING)
                .leftJoin(MEETING_INVITATION).on(MEETING_INVITATION.MEETING_ID.eq(MEETING.ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(MEETING_INVITATION.PERSON_ID))
                .where(MEETING.MEETING_DATE.between(from, to))
                .groupBy(MEETING.ID, MEETING.MEETING_DATE, MEETING.STARTS_AT)
                .orderBy(MEETING.MEETING_DATE, MEETING.ID)
                .fetch(r -> new MeetingCounts(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    List<AgendaItem> agenda(DSLContext db, long meetingId) {
        Map<Long, List<AgendaItem.Paper>> papers = db.select(AGENDA_PAPER.AGENDA_ITEM_ID, AGENDA_PAPER.STORED_FILE,
                        AGENDA_PAPER.FILE_NAME)
                .from(AGENDA_PAPER).join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_PAPER.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_PAPER.POSITION)
                .fetchGroups(AGENDA_PAPER.AGENDA_ITEM_ID, r -> new AgendaItem.Paper(r.value2(), r.value3()));
        return db.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(AGENDA_ITEM.POSITION)
                .fetch(r -> new AgendaItem(r.getTitle(), AgendaAsk.valueOf(r.getAsk()), r.getPresenter(),
                        r.getMinutes(), r.getLaySummary(), r.getPaperExpected(),
                        papers.getOrDefault(r.getId(), List.of())));
    }

    /** The stored names of every paper of the meeting. */
    List<String> paperFiles(DSLContext db, long meetingId) {
        return db.select(AGENDA_PAPER.STORED_FILE).from(AGENDA_PAPER)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_PAPER.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetch(AGENDA_PAPER.STORED_FILE);
    }

    /** Whether any meeting's saved agenda has this kept paper on it. */
    boolean paperInUse(DSLContext db, String storedFile) {
        return db.fetchExists(db.selectOne().from(AGENDA_PAPER).where(AGENDA_PAPER.STORED_FILE.eq(storedFile)));
    }

    void replaceAgenda(DSLContext db, long meetingId, List<AgendaItem> items, LocalDateTime now) {
        db.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).execute();
        int position = 1;
        for (AgendaItem item : items) {
            long itemId = db.insertInto(AGENDA_ITEM)
                    .set(AGENDA_ITEM.MEETING_ID, meetingId)
                    .set(AGENDA_ITEM.POSITION, position++)
                    .set(AGENDA_ITEM.TITLE, item.title())
                    .set(AGENDA_ITEM.ASK, item.ask().name())
                    .set(AGENDA_ITEM.PRESENTER, emptyToNull(item.presenter()))
                    .set(AGENDA_ITEM.MINUTES, item.minutes())
                    .set(AGENDA_ITEM.LAY_SUMMARY, emptyToNull(item.laySummary()))
                    .set(AGENDA_ITEM.PAPER_EXPECTED, item.paperExpected())
                    .returning(AGENDA_ITEM.ID).fetchOne(AGENDA_ITEM.ID);
            int paperPosition = 1;
            for (AgendaItem.Paper paper : item.papers()) {
                db.insertInto(AGENDA_PAPER)
                        .set(AGENDA_PAPER.AGENDA_ITEM_ID, itemId)
                        .set(AGENDA_PAPER.POSITION, paperPosition++)
                        .set(AGENDA_PAPER.STORED_FILE, paper.storedFile())
                        .set(AGENDA_PAPER.FILE_NAME, paper.fileName())
                        .set(AGENDA_PAPER.ADDED_AT, now)
                        .execute();
            }
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
