package org.fourpi.toolkit.payments;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.money.Money;
import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A claim form to print or send, in plain A4 that reads in black and white: who it is from and whom to
 * ask, the payment policy in full, the rates in force on the form's date, a row to fill in for each kind
 * of cost, how the person would like to be paid (or that they would rather not take a fee), and lines to
 * sign and date. Large print sets every text at 16 point or more; otherwise nothing is below 12 point.
 */
public final class ClaimFormPdfService {

    /** The sizes of the type, in points. */
    private record Sizes(int title, int heading, int body, int rowHeight) {
    }

    private static final Sizes REGULAR = new Sizes(20, 15, 12, 22);
    private static final Sizes LARGE = new Sizes(26, 20, 16, 30);
    private static final Color INK_RULE = new Color(90, 90, 90);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Messages messages;
    private final PaymentPolicyService policy;
    private final Supplier<OrganisationContact> organisation;
    private final Clock clock;

    /** @param organisation the organisation's name and support contact from its profile, empty parts when not given */
    public ClaimFormPdfService(Messages messages, PaymentPolicyService policy, Supplier<OrganisationContact> organisation,
                               Clock clock) {
        this.messages = messages;
        this.policy = policy;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The form as PDF bytes, to put in a meeting pack or attach to an email. */
    public byte[] pdf(ClaimFormDetails details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeDocument(details, read(details), true, out);
        return out.toByteArray();
    }

    /**
     * The form as PDF bytes for a document that numbers its own pages, such as a meeting pack: the footer
     * says when it was printed and leaves the page numbers to the document it goes into.
     */
    public byte[] pdfWithoutPageNumbers(ClaimFormDetails details) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeDocument(details, read(details), false, out);
        return out.toByteArray();
    }

    /**
     * Writes the form to a PDF file, replacing any file of that name.
     *
     * @throws UncheckedIOException when the file cannot be written (open in another program, or a folder
     *                              that cannot be written to); no half-written file is left
     */
    public void write(ClaimFormDetails details, Path file, Progress progress) {
        progress.update(0, 1, messages.text("payments.claimForm.progress"));
        Facts facts = read(details);
        PdfDocuments.write(file, ".claim-form-", out -> writeDocument(details, facts, true, out));
        progress.update(1, 1, messages.text("payments.claimForm.progress"));
    }

    /** What the form says that comes from the database and the profile, read before writing. */
    private record Facts(OrganisationContact from, String policyText, LocalDate ratesDate,
                         Optional<PaymentRates> rates, List<ActivityFee> activityFees, LocalDate printedOn) {
    }

    private Facts read(ClaimFormDetails details) {
        LocalDate today = LocalDate.now(clock);
        LocalDate ratesDate = details.activityDate() == null ? today : details.activityDate();
        Optional<PaymentRates> rates = policy.ratesOn(ratesDate);
        List<ActivityFee> fees = rates.map(r -> policy.activityFees(r.effectiveFrom())).orElse(List.of());
        OrganisationContact from = organisation.get();
        return new Facts(from == null ? OrganisationContact.NONE : from, policy.policyText(), ratesDate, rates, fees,
                today);
    }

    private void writeDocument(ClaimFormDetails details, Facts facts, boolean pageNumbers, OutputStream out) {
        Sizes size = details.largePrint() ? LARGE : REGULAR;
        Font title = new Font(Font.HELVETICA, size.title(), Font.BOLD);
        Font heading = new Font(Font.HELVETICA, size.heading(), Font.BOLD);
        Font body = new Font(Font.HELVETICA, size.body(), Font.NORMAL);
        Font bold = new Font(Font.HELVETICA, size.body(), Font.BOLD);
        String organisationName = facts.from().name();

        String titleText = messages.text("payments.claimForm.title");
        String printed = messages.text("payments.claimForm.footer.printed", day(facts.printedOn()));
        HeaderFooter footer = pageNumbers
                ? new HeaderFooter(new Phrase(messages.text("payments.claimForm.footer.page") + " ", body),
                        new Phrase(printed, body))
                : new HeaderFooter(new Phrase(printed.replaceFirst("^[\\s.]+", ""), body), false);
        Document document = PdfDocuments.openA4(out, organisationName.isEmpty() ? titleText
                : titleText + " - " + organisationName, organisationName, footer, messages);

        // First what we pay and why, to keep; then, on a page of its own, the form to fill in and give back.
        if (!organisationName.isEmpty()) {
            document.add(new Paragraph(organisationName, heading));
        }
        Paragraph top = new Paragraph(titleText, title);
        top.setSpacingAfter(size.body() / 2);
        document.add(top);
        document.add(paragraph(messages.text("payments.claimForm.intro"), body, size));
        String contact = facts.from().supportContact();
        if (!contact.isEmpty()) {
            document.add(paragraph(messages.text("payments.claimForm.contact", contact), body, size));
        }

        List<Element> rates = new ArrayList<>();
        rates.add(heading(messages.text("payments.claimForm.rates.heading"), heading, size));
        rates(facts).forEach(line -> rates.add(paragraph(line, body, size)));
        document.add(together(rates, size));

        String policyText = facts.policyText().strip();
        List<String> policyParts = policyText.isEmpty() ? List.of(messages.text("payments.claimForm.policy.none"))
                : Arrays.stream(policyText.split("\\R\\s*\\R")).map(String::strip).toList();
        document.add(together(List.of(heading(messages.text("payments.claimForm.policy.heading"), heading, size),
                paragraph(policyParts.getFirst(), body, size)), size));
        policyParts.stream().skip(1).forEach(part -> document.add(paragraph(part, body, size)));

        document.newPage();
        Paragraph formTitle = new Paragraph(organisationName.isEmpty() ? messages.text("payments.claimForm.yourClaim")
                : messages.text("payments.claimForm.yourClaimTo", organisationName), title);
        formTitle.setSpacingAfter(size.body() / 2);
        document.add(formTitle);
        document.add(together(List.of(writeIn(List.of(
                new Field(messages.text("payments.claimForm.field.name"), details.personName()),
                new Field(messages.text("payments.claimForm.field.activity"), details.activity()),
                new Field(messages.text("payments.claimForm.field.date"),
                        details.activityDate() == null ? "" : day(details.activityDate()))), body, size)), size));

        Paragraph receipts = paragraph(messages.text("payments.claimForm.receipts"), bold, size);
        receipts.setSpacingBefore(size.body() / 2);
        document.add(together(List.of(heading(messages.text("payments.claimForm.claim.heading"), heading, size),
                claimTable(details, facts, body, bold, size), receipts), size));

        document.add(together(List.of(heading(messages.text("payments.claimForm.paidHow"), heading, size),
                PdfDocuments.tickBoxes(Arrays.stream(PaymentMethod.values()).map(m -> messages.text(m.labelKey()))
                        .toList(), details.largePrint() ? 2 : 4, body, size.body(), 6)), size));
        Paragraph declineNote = paragraph(messages.text("payments.claimForm.declineFee.note"), body, size);
        declineNote.setSpacingBefore(size.body() / 3);
        document.add(together(List.of(PdfDocuments.tickBoxes(
                List.of(messages.text("payments.claimForm.declineFee")), 1, bold, size.body(), 6),
                declineNote), size));

        document.add(together(List.of(paragraph(messages.text("payments.claimForm.sign.statement"), bold, size),
                writeIn(List.of(new Field(messages.text("payments.claimForm.sign.signature"), ""),
                        new Field(messages.text("payments.claimForm.sign.date"), "")), body, size)), size));
        document.close();
    }

    /** The rates in force on the form's date, a sentence each. */
    private List<String> rates(Facts facts) {
        if (facts.rates().isEmpty()) {
            return List.of(messages.text("payments.claimForm.rates.none", day(facts.ratesDate())));
        }
        PaymentRates r = facts.rates().get();
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("payments.claimForm.rates.from", day(r.effectiveFrom())));
        lines.add(messages.text("payments.claimForm.rates.fee", money(r.feeHourly()), money(r.feeHalfDay()),
                money(r.feeDay())));
        for (ActivityFee fee : facts.activityFees()) {
            lines.add(messages.text("payments.claimForm.rates.activityFee", fee.activityType(),
                    money(fee.fees().hourly()), money(fee.fees().halfDay()), money(fee.fees().day())));
        }
        lines.add(messages.text("payments.claimForm.rates.mileage", money(r.mileageFirst10000()),
                money(r.mileageAfter10000())));
        lines.add(messages.text("payments.claimForm.rates.passenger", money(r.mileagePerPassenger())));
        lines.add(messages.text("payments.claimForm.rates.childcare", money(r.childcareHourly())));
        lines.add(messages.text("payments.claimForm.rates.replacementCarer", money(r.replacementCarerHourly())));
        lines.add(messages.text("payments.claimForm.rates.supportWorker", money(r.supportWorkerHourly())));
        lines.add(messages.text("payments.claimForm.rates.food", money(r.subsistenceLimitDay())));
        lines.add(messages.text("payments.claimForm.rates.atCost"));
        lines.add(messages.text("payments.claimForm.rates.target", r.targetDaysToPay()));
        return lines;
    }

    /** A row for each kind of cost, with space to write what for, how many and how much, and a total. */
    private PdfPTable claimTable(ClaimFormDetails details, Facts facts, Font body, Font bold, Sizes size) {
        PdfPTable table = new PdfPTable(4);
        table.setWidthPercentage(100);
        table.setWidths(new int[] {31, 31, 19, 19});
        table.setHeaderRows(1);
        table.setSpacingBefore(size.body() / 2);
        for (String key : List.of("kind", "whatFor", "quantity", "amount")) {
            table.addCell(PdfDocuments.headingCell(messages.text("payments.claimForm.column." + key), bold,
                    Element.ALIGN_LEFT));
        }
        Optional<Money> feeAmount = details.fee() == null ? Optional.empty()
                : facts.rates().map(r -> facts.activityFees().stream()
                        .filter(f -> f.activityType().equalsIgnoreCase(details.activityType()))
                        .map(ActivityFee::fees).findFirst().orElse(r.generalFees())
                        .per(details.fee().feeUnit()).times(details.fee().quantity()));
        for (ClaimCategory category : ClaimCategory.values()) {
            table.addCell(rowCell(messages.text(category.labelKey()), body, size));
            if (category == ClaimCategory.FEE && details.fee() != null) {
                table.addCell(rowCell(details.activity(), body, size));
                table.addCell(rowCell(messages.text("payments.claimForm.feeQuantity." + details.fee().feeUnit().name(),
                        details.fee().quantity()), body, size));
                table.addCell(rowCell(feeAmount.map(ClaimFormPdfService::money).orElse(""), body, size));
            } else {
                table.addCell(rowCell("", body, size));
                table.addCell(rowCell("", body, size));
                table.addCell(rowCell("", body, size));
            }
        }
        PdfPCell total = rowCell(messages.text("payments.claimForm.total"), bold, size);
        total.setColspan(3);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        table.addCell(rowCell("", body, size));
        return table;
    }

    private static PdfPCell rowCell(String text, Font font, Sizes size) {
        PdfPCell cell = PdfDocuments.cell(text, font, Element.ALIGN_LEFT);
        cell.setBorderColor(INK_RULE);
        cell.setMinimumHeight(size.rowHeight());
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** A label and a line to write on, or the value already known written on the line. */
    private record Field(String label, String value) {
    }

    private static PdfPTable writeIn(List<Field> fields, Font font, Sizes size) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setWidths(new int[] {32, 68});
        for (Field field : fields) {
            PdfPCell label = new PdfPCell(new Phrase(field.label(), font));
            label.setBorder(Rectangle.NO_BORDER);
            label.setVerticalAlignment(Element.ALIGN_BOTTOM);
            label.setMinimumHeight(size.rowHeight());
            label.setPaddingBottom(4);
            table.addCell(label);
            PdfPCell line = new PdfPCell(new Phrase(field.value(), font));
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderColor(Color.BLACK);
            line.setVerticalAlignment(Element.ALIGN_BOTTOM);
            line.setPaddingBottom(4);
            table.addCell(line);
        }
        return table;
    }

    /** Elements kept on one page, such as a heading and what it heads. */
    private static PdfPTable together(List<? extends Element> elements, Sizes size) {
        return PdfDocuments.together(elements, size.body() * 0.8f);
    }

    private static Paragraph heading(String text, Font font, Sizes size) {
        Paragraph heading = new Paragraph(text, font);
        heading.setSpacingBefore(size.body() * 1.2f);
        heading.setSpacingAfter(size.body() / 3);
        heading.setKeepTogether(true);
        return heading;
    }

    private static Paragraph paragraph(String text, Font font, Sizes size) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setLeading(size.body() * 1.35f);
        paragraph.setSpacingAfter(size.body() / 3);
        return paragraph;
    }

    private static String money(Money amount) {
        return amount.format(Locale.UK);
    }

    private static String day(LocalDate date) {
        return LONG_DAY.format(date);
    }
}
