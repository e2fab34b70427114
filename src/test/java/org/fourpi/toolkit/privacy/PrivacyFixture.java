package org.fourpi.toolkit.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.payments.Claim;
import org.fourpi.toolkit.payments.ClaimCategory;
import org.fourpi.toolkit.payments.ClaimDraft;
import org.fourpi.toolkit.payments.LineInput;
import org.fourpi.toolkit.payments.PaymentMethod;
import org.fourpi.toolkit.people.AccessNeed;
import org.fourpi.toolkit.people.AgeBand;
import org.fourpi.toolkit.people.ConsentMethod;
import org.fourpi.toolkit.people.ConsentPurpose;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.people.Role;
import org.fourpi.toolkit.people.Sex;
import org.fourpi.toolkit.testing.TestServices;

/**
 * A person with something in every table that can refer to them, made through the services where they
 * can make it and with plain SQL where only another screen or an import would; plus a plain connection
 * to the same database, to look at what is there.
 */
final class PrivacyFixture implements AutoCloseable {

    static final String FIRST = "Zebedee";
    static final String LAST = "Quartermaine";
    static final String KNOWN_AS = "Zeb";
    static final String EMAIL = "zeb.q@example.org";
    static final String PHONE = "07700 900461";
    static final String POSTCODE = "ZZ9 9ZQ";
    /** Text put into every free-text field of theirs. */
    static final String CANARY = "Canarytext";
    static final String DOCUMENT_CONTENT = "%PDF-1.4 the role description";
    static final String RECEIPT_CONTENT = "%PDF-1.4 a train ticket";

    final TestServices test;
    final Services services;
    final Connection sql;
    final Path files;

    PrivacyFixture(Path temp) throws IOException, SQLException {
        this.test = TestServices.open(temp.resolve("data"));
        this.services = test.services();
        this.files = Files.createDirectories(temp.resolve("files"));
        this.sql = DriverManager.getConnection("jdbc:h2:file:" + services.folder().databaseBase().toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    long plainPerson(String first, String last) {
        return services.people().save(Person.named(first, last).withStatus(InvolvementStatus.ACTIVE)).id();
    }

    /** Zebedee Quartermaine, with records of every kind. Returns their id. */
    long everything() throws Exception {
        long id = services.people().save(new Person(null, FIRST, LAST, KNOWN_AS, Perspective.SERVICE_USER,
                Set.of(Role.AMBASSADOR), CANARY + " role", Set.of(InvolvementLevel.C), EMAIL, PHONE,
                "12 " + CANARY + " Road\nLeeds", POSTCODE, null, true, LocalDate.of(1970, 5, 1),
                Set.of(AccessNeed.LARGE_PRINT), CANARY + " mornings", CANARY + " needs a quiet room",
                InvolvementStatus.ACTIVE)).id();
        services.people().changeStatus(id, InvolvementStatus.TAKING_A_BREAK, LocalDate.of(2026, 6, 1),
                CANARY + " break, says Zebedee");
        services.people().changeStatus(id, InvolvementStatus.ACTIVE, LocalDate.of(2026, 7, 1), "");
        services.people().recordConsent(id, ConsentPurpose.KEEP_DETAILS, LocalDate.of(2026, 1, 10),
                ConsentMethod.IN_WRITING, CANARY + "-v2");
        services.equality().save(id, new EqualityAnswers(AgeBand.AGE_55_64, null, Sex.FEMALE, null, null, null, null,
                null, null));
        Path document = Files.writeString(files.resolve("Role description Zebedee.pdf"), DOCUMENT_CONTENT);
        services.people().addDocument(id, document, "Role description for Zebedee Quartermaine");
        Path receipt = Files.writeString(files.resolve("Ticket " + LAST + ".pdf"), RECEIPT_CONTENT);
        paidClaim(id, LocalDate.of(2026, 10, 20), new LineInput(ClaimCategory.PUBLIC_TRANSPORT,
                "Train from " + POSTCODE, null, null, 0, Money.of("12.50"), false,
                new LineInput.Receipt.NewFile(receipt)));
        paidClaim(id, LocalDate.of(2026, 11, 2), LineInput.cost(ClaimCategory.PARKING, "Parking", Money.of("4.00")));

        execute("INSERT INTO meeting (id, title, kind, meeting_date, starts_at, ends_at, papers_due, notes, created_at,"
                + " updated_at) VALUES (900, 'Steering group', 'STEERING_GROUP', DATE '2026-10-20', TIME '11:00:00',"
                + " TIME '13:00:00', DATE '2026-10-13', 'Zebedee Quartermaine to bring the leaflets. Ring "
                + PHONE + ".', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        execute("INSERT INTO meeting_invitation (meeting_id, person_id, role, travel_needed, travel_description,"
                + " attendance) VALUES (900, " + id + ", 'MEMBER', TRUE, 'Taxi from " + CANARY + " Road', 'ATTENDED')");
        execute("INSERT INTO assessment (id, title, held_on, scope_levels, facilitator, mode, framework_version,"
                + " status, current_step, created_at, updated_at) VALUES (900, 'Autumn review', DATE '2026-11-01',"
                + " 'C', 'Zebedee Quartermaine', 'GROUP', 1, 'IN_PROGRESS', 'START', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");
        execute("INSERT INTO assessment_participant (id, assessment_id, person_id, name, perspective, position)"
                + " VALUES (900, 900, " + id + ", 'Zeb Quartermaine', 'SERVICE_USER', 1)");
        execute("INSERT INTO assessment_own_rating (participant_id, indicator_code, rating, given_by, updated_at)"
                + " VALUES (900, 'P1', '4', 'WINDOW', CURRENT_TIMESTAMP)");
        execute("INSERT INTO import_batch (id, file_name, imported_at, created_count, updated_count)"
                + " VALUES (900, 'people.xlsx', CURRENT_TIMESTAMP, 0, 1)");
        execute("INSERT INTO import_previous_value (batch_id, person_id, field, old_value, new_value)"
                + " VALUES (900, " + id + ", 'EMAIL', 'old." + EMAIL + "', '" + EMAIL + "')");
        return id;
    }

    Claim paidClaim(long personId, LocalDate on, LineInput... lines) {
        Claim claim = services.claims().create(new ClaimDraft(personId, "Steering group", "", on,
                CANARY + " notes about Zebedee", List.of(lines)));
        services.claims().submit(claim.id(), on);
        services.claims().approve(claim.id(), on);
        return services.claims().markPaid(claim.id(), on, PaymentMethod.BANK_TRANSFER, "BACS " + LAST);
    }

    /** Moves a claim's dates back, as if it had been paid long ago. */
    void paidLongAgo(long claimId, LocalDate paidOn) throws SQLException {
        execute("UPDATE claim SET activity_date = DATE '" + paidOn + "', submitted_on = DATE '" + paidOn
                + "', approved_on = DATE '" + paidOn + "', paid_on = DATE '" + paidOn + "' WHERE id = " + claimId);
    }

    void execute(String statement) throws SQLException {
        try (var s = sql.createStatement()) {
            s.execute(statement);
        }
    }

    long count(String query) throws SQLException {
        try (var s = sql.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table with a column that refers to a person: a foreign key to PERSON, PERSON_ID or ..._PERSON_ID. */
    Set<String> tablesReferringToPeople() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (var s = sql.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND (COLUMN_NAME = 'PERSON_ID' OR COLUMN_NAME LIKE '%\\_PERSON\\_ID' ESCAPE '\\')"
                        + " UNION SELECT fk.TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk"
                        + " JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc"
                        + " ON rc.CONSTRAINT_NAME = fk.CONSTRAINT_NAME AND rc.CONSTRAINT_SCHEMA = fk.CONSTRAINT_SCHEMA"
                        + " JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk"
                        + " ON pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME"
                        + " AND pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA"
                        + " WHERE fk.TABLE_SCHEMA = 'PUBLIC' AND pk.TABLE_NAME = 'PERSON'")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /** Every place in any text column of any table where the words appear, as "table.column: value". */
    List<String> textContaining(List<String> words) throws SQLException {
        List<String> found = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        try (var s = sql.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                        + " AND DATA_TYPE LIKE '%CHARACTER%'")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] column : columns) {
            for (String word : words) {
                try (PreparedStatement s = sql.prepareStatement("SELECT \"" + column[1] + "\" FROM \"" + column[0]
                        + "\" WHERE LOWER(\"" + column[1] + "\") LIKE ?")) {
                    s.setString(1, "%" + word.toLowerCase(Locale.ROOT) + "%");
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            found.add(column[0] + "." + column[1] + ": " + rs.getString(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void close() throws SQLException {
        sql.close();
        test.close();
    }
}
