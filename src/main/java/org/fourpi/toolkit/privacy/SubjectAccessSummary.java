package org.fourpi.toolkit.privacy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.ListItem;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

import org.fourpi.toolkit.common.money.TaxYear;
import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.payments.PaymentStatement;
import org.fourpi.toolkit.payments.PaymentStatementService;
import org.fourpi.toolkit.people.Consent;
import org.fourpi.toolkit.people.EqualityAnswers;
import org.fourpi.toolkit.people.EqualityService;
import org.fourpi.toolkit.people.PeopleService;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.PersonDetails;
import org.fourpi.toolkit.people.StatusChange;

/**
 * The plain-English summary in a subject access folder: who the person is to the organisation, what is
 * held about them and why, their consents, meetings, payments per tax year, and what the attachments are.
 */
public final class SubjectAccessSummary {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A file copied into the folder: its name there, whether it is a document (else a receipt), what it is. */
    record FileNote(String fileName, boolean document, String about, boolean found) {
    }

    private final PeopleService people;
    private final EqualityService equality;
    private final PaymentStatementService payments;
    private final Supplier<String> organisationName;
    private final Messages messages;
    private final Clock clock;

    public SubjectAccessSummary(PeopleService people, EqualityService equality, PaymentStatementService payments,
                                Supplier<String> organisationName, Messages messages, Clock clock) {
        this.people = people;
        this.equality = equality;
        this.payments = payments;
        this.organisationName = organisationName;
        this.messages = messages;
        this.clock = clock;
    }

    void write(long personId, Path file, List<String> sheets, List<FileNote> files,
               List<PrivacyRepository.MeetingTaken> meetings, List<String> assessments) {
        PersonDetails details = people.find(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        EqualityAnswers answers = equality.find(personId);
        List<PaymentStatement> statements = payments.taxYears().stream()
                .map(year -> payments.statement(personId, year))
                .filter(s -> !s.isEmpty()).toList();
        String organisation = organisationName.get() == null ? "" : organisationName.get().strip();
        PdfDocuments.write(file, ".subject-access-", out -> {
            Font title = new Font(Font.HELVETICA, 18, Font.BOLD);
            Font heading = new Font(Font.HELVETICA, 13, Font.BOLD);
            Font body = new Font(Font.HELVETICA, 11, Font.NORMAL);
            Font small = new Font(Font.HELVETICA, 9, Font.NORMAL);
            Person person = details.person();
            String name = person.displayName();
            Document document = PdfDocuments.openA4(out, text("privacy.summary.title", name), organisation,
                    new HeaderFooter(new Phrase(text("privacy.summary.page") + " ", small), true), messages);
            document.add(new Paragraph(text("privacy.summary.title", name), title));
            document.add(new Paragraph(organisation.isEmpty()
                    ? text("privacy.summary.made", day(LocalDate.now(clock)))
                    : text("privacy.summary.madeBy", day(LocalDate.now(clock)), organisation), body));

            section(document, heading, "privacy.summary.who");
            document.add(new Paragraph(text("privacy.summary.who.perspective",
                    label(person.perspective())), body));
            if (!person.roles().isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.who.roles", labels(person.roles())), body));
            }
            if (!person.levels().isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.who.levels", labels(person.levels())), body));
            }
            document.add(new Paragraph(text("privacy.summary.who.status", label(person.status())), body));
            if (!details.history().isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.who.since", day(details.history().stream()
                        .map(StatusChange::effectiveOn).min(LocalDate::compareTo).orElseThrow())), body));
            }

            section(document, heading, "privacy.summary.held");
            document.add(new Paragraph(text("privacy.summary.held.intro"), body));
            org.openpdf.text.List held = new org.openpdf.text.List(false, 12);
            held.add(new ListItem(text("privacy.summary.held.contact"), body));
            if (person.hasAccessNeeds()) {
                held.add(new ListItem(text("privacy.summary.held.needs"), body));
            }
            held.add(new ListItem(text("privacy.summary.held.history"), body));
            held.add(new ListItem(answers.objected()
                    ? text("privacy.summary.held.equalityObjected", day(answers.objectedOn()))
                    : answers.equals(EqualityAnswers.NONE) ? text("privacy.summary.held.equalityNone")
                    : text("privacy.summary.held.equality"), body));
            if (!statements.isEmpty()) {
                held.add(new ListItem(text("privacy.summary.held.payments", RetentionRules.ACCOUNTS_YEARS), body));
            }
            if (!meetings.isEmpty() || !assessments.isEmpty()) {
                held.add(new ListItem(text("privacy.summary.held.meetings"), body));
            }
            document.add(held);
            document.add(new Paragraph(text("privacy.summary.held.sheets", String.join(", ", sheets)), body));

            section(document, heading, "privacy.summary.consents");
            if (details.consents().isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.consents.none"), body));
            }
            for (Consent c : details.consents()) {
                document.add(new Paragraph(c.withdrawnOn() == null
                        ? text("privacy.summary.consent", label(c.purpose()), day(c.givenOn()), label(c.method()),
                                c.wordingVersion())
                        : text("privacy.summary.consent.withdrawn", label(c.purpose()), day(c.givenOn()),
                                label(c.method()), c.wordingVersion(), day(c.withdrawnOn())), body));
            }

            section(document, heading, "privacy.summary.meetings");
            if (meetings.isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.meetings.none"), body));
            }
            for (PrivacyRepository.MeetingTaken m : meetings) {
                document.add(new Paragraph(text("privacy.summary.meeting", day(m.on()), m.title()), body));
            }
            for (String assessment : assessments) {
                document.add(new Paragraph(text("privacy.summary.assessment", assessment), body));
            }

            section(document, heading, "privacy.summary.payments");
            if (statements.isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.payments.none"), body));
            }
            for (PaymentStatement s : statements) {
                document.add(new Paragraph(text("privacy.summary.payments.year", yearLabel(s.taxYear()),
                        pounds(s.paid().amount()), pounds(s.owed().amount())), body));
            }

            section(document, heading, "privacy.summary.files");
            if (files.isEmpty()) {
                document.add(new Paragraph(text("privacy.summary.files.none"), body));
            }
            for (FileNote f : files) {
                String what = f.document() ? text("privacy.summary.file.document", f.fileName(), f.about())
                        : text("privacy.summary.file.receipt", f.fileName(), f.about());
                document.add(new Paragraph(f.found() ? what : what + " " + text("privacy.summary.file.missing"), body));
            }
            document.close();
        });
    }

    private void section(Document document, Font heading, String key) {
        Paragraph p = new Paragraph(text(key), heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private String labels(java.util.Collection<? extends Labelled> values) {
        return values.stream().map(this::label).collect(Collectors.joining(", "));
    }

    private String label(Labelled value) {
        return messages.text(value.labelKey());
    }

    private static String yearLabel(TaxYear year) {
        return day(year.start()) + " - " + day(year.end());
    }

    private static String pounds(java.math.BigDecimal amount) {
        return String.format(Locale.UK, "£%,.2f", amount);
    }

    private static String day(LocalDate date) {
        return LONG_DAY.format(date);
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
