package org.fourpi.toolkit.meetings;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

import org.fourpi.toolkit.common.files.ReplacedFile;
import org.fourpi.toolkit.common.pdf.PdfDocuments;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.payments.ClaimFormDetails;
import org.fourpi.toolkit.payments.ClaimFormPdfService;
import org.fourpi.toolkit.people.AccessNeed;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.fourpi.toolkit.common.pdf.PdfSafety;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A meeting's pack as one PDF to print or send: a cover, a contents list, the agenda saying what each
 * item asks of members, who's who (only people who agreed to be listed), a glossary of the terms used,
 * each item's lay summary followed by its papers, getting there and access, payment and expenses with a
 * claim form filled in for each person invited (staff apart), a form to say what helps a person take
 * part, and a short feedback questionnaire. Each claim form has the fee for the meeting's length written in
 * (as draft claims after the meeting count it), unless the person would rather not take a fee. Every page is numbered. Standard print sets text at 12 point
 * or more, large print at 16 point or more; attached papers keep their own type.
 */
public final class MeetingPackService {

    /** The sizes of the type, in points. */
    private record Sizes(int title, int heading, int body, int rowHeight) {
    }

    private static final Sizes REGULAR = new Sizes(22, 16, 12, 24);
    private static final Sizes LARGE = new Sizes(28, 20, 16, 32);
    private static final float MARGIN = 50;
    private static final float BOTTOM_MARGIN = 64;
    private static final Color RULE = new Color(90, 90, 90);
    private static final Color HEADER_FILL = new Color(230, 230, 230);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final int STEPS = 9;

    private final Messages messages;
    private final MeetingService meetings;
    private final ClaimFormPdfService claimForms;
    private final Supplier<PackOrganisation> organisation;
    private final LongPredicate listedInPacks;
    private final LongPredicate declinesFees;
    private final Function<MeetingPlan, List<PackTerm>> glossary;

    /**
     * @param organisation  the organisation's name, logo and support contact
     * @param listedInPacks whether a person (by id) agreed to be named in packs
     * @param declinesFees  whether a person (by id) would rather not take a fee, so their form leaves it out
     * @param glossary      the glossary's terms that a plan's agenda, summaries and papers use
     */
    public MeetingPackService(Messages messages, MeetingService meetings, ClaimFormPdfService claimForms,
                              Supplier<PackOrganisation> organisation, LongPredicate listedInPacks,
                              LongPredicate declinesFees, Function<MeetingPlan, List<PackTerm>> glossary) {
        this.messages = messages;
        this.meetings = meetings;
        this.claimForms = claimForms;
        this.organisation = organisation;
        this.listedInPacks = listedInPacks;
        this.declinesFees = declinesFees;
        this.glossary = glossary;
    }

    /**
     * Writes the pack for a meeting to a PDF file, replacing any file of that name. Progress is reported
     * section by section; a request to stop is honoured between sections.
     *
     * @throws InvalidMeetingException   when there is no such meeting
     * @throws PaperUnreadableException  when an attached paper cannot be read, naming it and its item
     * @throws UncheckedIOException      when the file cannot be written
     * @throws CancellationException     when the progress asked to stop
     *                                   (in each case no file, and no half-written file, is left behind)
     * @return the number of pages in the pack
     */
    public int write(long meetingId, boolean largePrint, Path file, Progress progress) {
        int[] pages = new int[1];
        try {
            ReplacedFile.write(file, ".meeting-pack-", temp -> {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    pages[0] = write(meetingId, largePrint, out, progress);
                }
            });
            return pages[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the pack to a stream, for example into memory to print it without a temporary file.
     *
     * @throws IOException when the stream cannot be written; otherwise as {@link #write(long, boolean, Path,
     *                     Progress)}
     * @return the number of pages in the pack
     */
    public int write(long meetingId, boolean largePrint, OutputStream out, Progress progress) throws IOException {
        MeetingPlan plan = meetings.find(meetingId)
                .orElseThrow(() -> new InvalidMeetingException(MeetingProblem.NO_SUCH_MEETING));
        List<Part> parts = new ArrayList<>();
        try {
            parts.addAll(parts(plan, largePrint ? LARGE : REGULAR, progress));
            step(progress, STEPS - 1, "meetings.pack.progress.writing");
            int pages = merge(plan, parts, largePrint ? LARGE : REGULAR, out);
            progress.update(STEPS, STEPS, messages.text("meetings.pack.progress.done"));
            return pages;
        } finally {
            parts.forEach(part -> part.reader().close());
        }
    }

    /** One run of pages in the pack, and the line for it in the contents list (empty for none). */
    private record Part(String contentsLine, PdfReader reader) {
    }

    private static Part part(String contentsLine, byte[] pdf) throws IOException {
        return new Part(contentsLine, new PdfReader(pdf));
    }

    private void step(Progress progress, int done, String key) {
        if (progress.isCancelRequested()) {
            throw new CancellationException("Stopped on request");
        }
        progress.update(done, STEPS, messages.text(key));
    }

    /** Every part but the contents, in order; the contents go second once the pages are counted. */
    private List<Part> parts(MeetingPlan plan, Sizes size, Progress progress) throws IOException {
        Meeting meeting = plan.meeting();
        PackOrganisation from = organisation.get();
        String support = !meeting.supportContact().isEmpty() ? meeting.supportContact() : from.supportContact();
        step(progress, 0, "meetings.pack.progress.papers");
        List<Part> papers = papers(plan, size);
        List<Part> parts = new ArrayList<>();
        try {
            step(progress, 1, "meetings.pack.progress.cover");
            parts.add(part("", cover(plan, from, support, size)));
            step(progress, 2, "meetings.pack.progress.agenda");
            parts.add(part(text("meetings.pack.agenda.title"), agenda(plan, size)));
            Optional<Meeting> previous = meeting.id() == null ? Optional.empty() : meetings.previous(meeting.id())
                    .filter(m -> !m.notes().isBlank());
            if (previous.isPresent()) {
                parts.add(part(text("meetings.pack.previous.title"), previousActions(previous.get(), size)));
            }
            parts.add(part(text("meetings.pack.whosWho.title"), whosWho(plan, size)));
            parts.add(part(text("meetings.pack.glossary.title"), glossary(plan, size)));
            parts.addAll(papers);
            papers.clear();
            step(progress, 3, "meetings.pack.progress.venue");
            parts.add(part(text("meetings.pack.venue.title"), venue(meeting, support, size)));
            step(progress, 4, "meetings.pack.progress.claimForms");
            parts.add(part(text("meetings.pack.payment.title"), payment(size)));
            for (Invitation invitation : claimants(plan)) {
                parts.add(part(text("meetings.pack.contents.claimForm", invitation.personName()),
                        claimForms.pdfWithoutPageNumbers(new ClaimFormDetails(invitation.personName(),
                                meeting.title(), meeting.date(), size == LARGE,
                                declinesFees.test(invitation.personId()) ? null
                                        : MeetingService.feeFor(meeting.length()),
                                meetings.activityTypeOf(meeting)))));
            }
            step(progress, 5, "meetings.pack.progress.forms");
            parts.add(part(text("meetings.pack.needs.title"), accessNeedsForm(support, size)));
            step(progress, 6, "meetings.pack.progress.feedback");
            parts.add(part(text("meetings.pack.feedback.title"), feedbackForm(meeting, support, size)));
            step(progress, 7, "meetings.pack.progress.contents");
            return parts;
        } catch (RuntimeException | IOException e) {
            parts.forEach(p -> p.reader().close());
            papers.forEach(p -> p.reader().close());
            throw e;
        }
    }

    /** For each item with a summary or papers: a page with its summary, then its papers in order. */
    private List<Part> papers(MeetingPlan plan, Sizes size) throws IOException {
        List<Part> parts = new ArrayList<>();
        try {
            int number = 0;
            for (AgendaItem item : plan.agenda()) {
                number++;
                if (item.laySummary().isEmpty() && item.papers().isEmpty()) {
                    continue;
                }
                parts.add(part(text("meetings.pack.contents.item", number, item.title()),
                        itemSummary(number, item, size)));
                for (AgendaItem.Paper paper : item.papers()) {
                    parts.add(new Part("", readPaper(item, paper)));
                }
            }
            return parts;
        } catch (RuntimeException | IOException e) {
            parts.forEach(p -> p.reader().close());
            throw e;
        }
    }

    private PdfReader readPaper(AgendaItem item, AgendaItem.Paper paper) {
        PdfReader reader = null;
        try {
            byte[] bytes = meetings.paperBytes(paper.storedFile());
            if (PdfSafety.isLocked(bytes)) {
                throw new PaperUnreadableException(text("meetings.pack.paperLocked", paper.fileName(), item.title()),
                        paper.fileName(), item.title(), null);
            }
            reader = new PdfReader(bytes);
            if (PdfSafety.check(reader).isPresent()) {
                throw new IOException("Locked, or unpacks to too much data");
            }
            if (reader.getNumberOfPages() < 1) {
                throw new IOException("No pages");
            }
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                reader.getPageContent(page);
            }
            return reader;
        } catch (PaperUnreadableException e) {
            throw e;
        } catch (IOException | RuntimeException | LinkageError e) {
            if (reader != null) {
                reader.close();
            }
            throw new PaperUnreadableException(text("meetings.pack.paperUnreadable", paper.fileName(), item.title()),
                    paper.fileName(), item.title(), e);
        }
    }

    private static List<Invitation> claimants(MeetingPlan plan) {
        return plan.invitations().stream().filter(i -> i.role() != InvitationRole.STAFF).toList();
    }

    /** Puts the parts together with the contents second, and numbers every page at its foot. */
    private int merge(MeetingPlan plan, List<Part> parts, Sizes size, OutputStream out) throws IOException {
        int contentsPages = 1;
        byte[] contents = contents(parts, contentsPages, size);
        for (int tries = 0; tries < 3; tries++) {
            int pages = pageCount(contents);
            if (pages == contentsPages) {
                break;
            }
            contentsPages = pages;
            contents = contents(parts, contentsPages, size);
        }
        List<PdfReader> readers = new ArrayList<>();
        readers.add(parts.getFirst().reader());
        PdfReader contentsReader = new PdfReader(contents);
        readers.add(contentsReader);
        parts.stream().skip(1).map(Part::reader).forEach(readers::add);
        int total = readers.stream().mapToInt(PdfReader::getNumberOfPages).sum();

        Document document = new Document(PageSize.A4);
        PackOrganisation from = organisation.get();
        try {
            PdfCopy copy = new PdfCopy(document, out);
            document.addTitle(text("meetings.pack.documentTitle", plan.meeting().title()));
            if (!from.name().isEmpty()) {
                document.addAuthor(from.name());
            }
            document.addCreator(text("app.name"));
            document.setDocumentLanguage("en-GB");
            document.open();
            Font numberFont = new Font(Font.HELVETICA, size.body(), Font.NORMAL);
            int pageNumber = 0;
            for (PdfReader reader : readers) {
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    pageNumber++;
                    PdfImportedPage imported = copy.getImportedPage(reader, page);
                    PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
                    Rectangle box = reader.getPageSizeWithRotation(page);
                    PdfContentByte over = stamp.getOverContent();
                    ColumnText.showTextAligned(over, Element.ALIGN_CENTER,
                            new Phrase(text("meetings.pack.pageNumber", pageNumber, total), numberFont),
                            (box.getLeft() + box.getRight()) / 2, box.getBottom() + size.body() + 8, 0);
                    stamp.alterContents();
                    copy.addPage(imported);
                }
            }
            return total;
        } finally {
            if (document.isOpen()) {
                document.close();
            }
            contentsReader.close();
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    // The parts written here.

    private byte[] cover(MeetingPlan plan, PackOrganisation from, String support, Sizes size) {
        Meeting meeting = plan.meeting();
        Sheet sheet = new Sheet(size);
        byte[] logo = from.logo();
        if (logo.length > 0) {
            try {
                Image image = Image.getInstance(logo);
                image.scaleToFit(200, 90);
                image.setAlt(text("meetings.pack.cover.logo", from.name()));
                sheet.add(image);
            } catch (IOException | RuntimeException e) {
                // A logo that cannot be drawn is left out; the name still says who the pack is from.
            }
        }
        if (!from.name().isEmpty()) {
            sheet.add(sheet.paragraph(from.name(), sheet.heading));
        }
        String kindName = text(meeting.kind().labelKey());
        Paragraph kind = sheet.paragraph(kindName.equalsIgnoreCase(meeting.title()) ? text("meetings.pack.cover.pack")
                : text("meetings.pack.cover.kind", kindName), sheet.body);
        kind.setSpacingBefore(size.title() * 2f);
        sheet.add(kind);
        Paragraph title = new Paragraph(meeting.title(), new Font(Font.HELVETICA, size.title() + 6, Font.BOLD));
        title.setLeading((size.title() + 6) * 1.25f);
        title.setSpacingAfter(size.body());
        sheet.add(title);
        if (!meeting.purpose().isEmpty()) {
            sheet.add(sheet.paragraph(meeting.purpose(), sheet.body));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("meetings.pack.cover.date"), LONG_DAY.format(meeting.date())});
        rows.add(new String[] {text("meetings.pack.cover.time"),
                text("meetings.pack.cover.times", TIME.format(meeting.startsAt()), TIME.format(meeting.endsAt()))});
        Venue venue = meeting.venue();
        String place = String.join("\n", nonEmpty(venue.name(), venue.address()));
        if (!place.isEmpty()) {
            rows.add(new String[] {text("meetings.pack.cover.where"), place});
        }
        if (!venue.onlineLink().isEmpty()) {
            rows.add(new String[] {text("meetings.pack.cover.online"), venue.onlineLink()});
        }
        if (!support.isEmpty()) {
            rows.add(new String[] {text("meetings.pack.cover.support"), support});
        }
        PdfPTable details = new PdfPTable(new float[] {30, 70});
        details.setWidthPercentage(100);
        details.setSpacingBefore(size.body() * 1.5f);
        for (String[] row : rows) {
            details.addCell(plain(row[0], sheet.bold, size));
            details.addCell(plain(row[1], sheet.body, size));
        }
        sheet.add(details);
        Paragraph help = sheet.paragraph(support.isEmpty() ? text("meetings.pack.cover.helpNoContact")
                : text("meetings.pack.cover.help", support), sheet.body);
        help.setSpacingBefore(size.body() * 1.5f);
        sheet.add(help);
        sheet.add(sheet.paragraph(text(size == LARGE ? "meetings.pack.cover.isLargePrint"
                : "meetings.pack.cover.largePrintOffer"), sheet.body));
        return sheet.finish();
    }

    private byte[] contents(List<Part> parts, int contentsPages, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.contents.title"));
        PdfPTable table = new PdfPTable(new float[] {82, 18});
        table.setWidthPercentage(100);
        table.addCell(headingCell(text("meetings.pack.contents.section"), sheet.bold, Element.ALIGN_LEFT));
        table.addCell(headingCell(text("meetings.pack.contents.page"), sheet.bold, Element.ALIGN_RIGHT));
        table.setHeaderRows(1);
        int page = 1 + parts.getFirst().reader().getNumberOfPages() + contentsPages;
        for (Part part : parts.subList(1, parts.size())) {
            if (!part.contentsLine().isEmpty()) {
                table.addCell(ruled(part.contentsLine(), sheet.body, Element.ALIGN_LEFT, size));
                table.addCell(ruled(String.valueOf(page), sheet.body, Element.ALIGN_RIGHT, size));
            }
            page += part.reader().getNumberOfPages();
        }
        sheet.add(table);
        return sheet.finish();
    }

    private byte[] agenda(MeetingPlan plan, Sizes size) {
        Meeting meeting = plan.meeting();
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.agenda.title"));
        sheet.add(sheet.paragraph(text("meetings.pack.agenda.intro", meeting.title(), LONG_DAY.format(meeting.date()),
                TIME.format(meeting.startsAt()), TIME.format(meeting.endsAt())), sheet.body));
        if (plan.agenda().isEmpty()) {
            sheet.add(sheet.paragraph(text("meetings.pack.agenda.none"), sheet.body));
            return sheet.finish();
        }
        boolean large = size == LARGE;
        PdfPTable table = new PdfPTable(large ? new float[] {40, 22, 38} : new float[] {36, 17, 23, 24});
        table.setWidthPercentage(100);
        table.setSpacingBefore(size.body() / 2f);
        table.setHeaderRows(1);
        table.addCell(headingCell(text("meetings.pack.agenda.item"), sheet.bold, Element.ALIGN_LEFT));
        table.addCell(headingCell(text("meetings.pack.agenda.ask"), sheet.bold, Element.ALIGN_LEFT));
        if (large) {
            table.addCell(headingCell(text("meetings.pack.agenda.whoAndWhen"), sheet.bold, Element.ALIGN_LEFT));
        } else {
            table.addCell(headingCell(text("meetings.pack.agenda.presenter"), sheet.bold, Element.ALIGN_LEFT));
            table.addCell(headingCell(text("meetings.pack.agenda.time"), sheet.bold, Element.ALIGN_LEFT));
        }
        LocalTime at = meeting.startsAt();
        int number = 0;
        for (AgendaItem item : plan.agenda()) {
            number++;
            String when = at == null ? "" : TIME.format(at);
            if (item.minutes() != null) {
                when = when.isEmpty() ? text("meetings.pack.agenda.minutes", item.minutes())
                        : text("meetings.pack.agenda.startAndMinutes", when, item.minutes());
            }
            at = at == null || item.minutes() == null ? null : at.plusMinutes(item.minutes());
            table.addCell(ruled(number + ". " + item.title(), sheet.body, Element.ALIGN_LEFT, size));
            table.addCell(ruled(text(item.ask().labelKey()), sheet.bold, Element.ALIGN_LEFT, size));
            if (large) {
                table.addCell(ruled(String.join("\n", nonEmpty(item.presenter(), when)), sheet.body,
                        Element.ALIGN_LEFT, size));
            } else {
                table.addCell(ruled(item.presenter(), sheet.body, Element.ALIGN_LEFT, size));
                table.addCell(ruled(when, sheet.body, Element.ALIGN_LEFT, size));
            }
        }
        sheet.add(table);
        sheet.heading(text("meetings.pack.agenda.asksHeading"));
        for (AgendaAsk ask : AgendaAsk.values()) {
            // The paragraph's own font is the plain one, so each run keeps its weight.
            Paragraph line = sheet.paragraph("", sheet.body);
            line.add(new Chunk(text(ask.labelKey()) + ": ", sheet.bold));
            line.add(new Chunk(text("meetings.pack.ask." + ask.name()), sheet.body));
            sheet.add(line);
        }
        return sheet.finish();
    }

    private byte[] whosWho(MeetingPlan plan, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.whosWho.title"));
        List<Invitation> listed = plan.invitations().stream().filter(i -> listedInPacks.test(i.personId())).toList();
        if (listed.isEmpty()) {
            sheet.add(sheet.paragraph(text("meetings.pack.whosWho.none"), sheet.body));
        } else {
            sheet.add(sheet.paragraph(text("meetings.pack.whosWho.intro"), sheet.body));
            PdfPTable table = new PdfPTable(new float[] {60, 40});
            table.setWidthPercentage(100);
            table.setSpacingBefore(size.body() / 2f);
            table.setHeaderRows(1);
            table.addCell(headingCell(text("meetings.pack.whosWho.name"), sheet.bold, Element.ALIGN_LEFT));
            table.addCell(headingCell(text("meetings.pack.whosWho.role"), sheet.bold, Element.ALIGN_LEFT));
            for (Invitation invitation : listed) {
                table.addCell(ruled(invitation.personName(), sheet.body, Element.ALIGN_LEFT, size));
                table.addCell(ruled(text(invitation.role().labelKey()), sheet.body, Element.ALIGN_LEFT, size));
            }
            sheet.add(table);
        }
        return sheet.finish();
    }

    /** The decisions and actions noted at the meeting before in the same series. */
    private byte[] previousActions(Meeting previous, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.previous.title"));
        sheet.add(sheet.paragraph(text("meetings.pack.previous.intro", LONG_DAY.format(previous.date())), sheet.body));
        for (String line : previous.notes().split("\\R")) {
            if (!line.isBlank()) {
                sheet.add(sheet.paragraph(line.strip(), sheet.body));
            }
        }
        return sheet.finish();
    }

    private byte[] glossary(MeetingPlan plan, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.glossary.title"));
        List<PackTerm> terms = glossary.apply(plan).stream().filter(t -> !t.term().isEmpty()).toList();
        if (terms.isEmpty()) {
            sheet.add(sheet.paragraph(text("meetings.pack.glossary.none"), sheet.body));
        } else {
            sheet.add(sheet.paragraph(text("meetings.pack.glossary.intro"), sheet.body));
            PdfPTable table = new PdfPTable(new float[] {30, 70});
            table.setWidthPercentage(100);
            table.setSpacingBefore(size.body() / 2f);
            table.setHeaderRows(1);
            table.addCell(headingCell(text("meetings.pack.glossary.term"), sheet.bold, Element.ALIGN_LEFT));
            table.addCell(headingCell(text("meetings.pack.glossary.meaning"), sheet.bold, Element.ALIGN_LEFT));
            for (PackTerm term : terms) {
                table.addCell(ruled(term.term(), sheet.bold, Element.ALIGN_LEFT, size));
                table.addCell(ruled(term.explanation(), sheet.body, Element.ALIGN_LEFT, size));
            }
            sheet.add(table);
        }
        return sheet.finish();
    }

    private byte[] itemSummary(int number, AgendaItem item, Sizes size) {
        Sheet sheet = new Sheet(size);
        String title = text("meetings.pack.contents.item", number, item.title());
        sheet.title(title);
        PdfPTable facts = new PdfPTable(new float[] {35, 65});
        facts.setWidthPercentage(100);
        facts.addCell(plain(text("meetings.pack.item.ask"), sheet.bold, size));
        facts.addCell(plain(text(item.ask().labelKey()) + ". " + text("meetings.pack.ask." + item.ask().name()),
                sheet.body, size));
        if (!item.presenter().isEmpty()) {
            facts.addCell(plain(text("meetings.pack.item.presenter"), sheet.bold, size));
            facts.addCell(plain(item.presenter(), sheet.body, size));
        }
        sheet.add(facts);
        if (!item.laySummary().isEmpty()) {
            sheet.heading(text("meetings.pack.item.summary"));
            for (String part : item.laySummary().split("\\R\\s*\\R")) {
                sheet.add(sheet.paragraph(part.strip(), sheet.body));
            }
        }
        sheet.heading(text("meetings.pack.item.papers"));
        if (item.papers().isEmpty()) {
            sheet.add(sheet.paragraph(text("meetings.pack.item.noPapers"), sheet.body));
        } else {
            sheet.add(sheet.paragraph(text("meetings.pack.item.papersFollow"), sheet.body));
            for (AgendaItem.Paper paper : item.papers()) {
                sheet.add(sheet.paragraph("- " + paper.fileName(), sheet.body));
            }
        }
        return sheet.finish();
    }

    private byte[] venue(Meeting meeting, String support, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.venue.title"));
        Venue venue = meeting.venue();
        List<String> place = nonEmpty(venue.name(), venue.address());
        if (!place.isEmpty()) {
            sheet.heading(text("meetings.pack.venue.where"));
            place.forEach(line -> sheet.add(sheet.paragraph(line, sheet.body)));
        }
        if (!venue.onlineLink().isEmpty()) {
            sheet.heading(text("meetings.pack.venue.online"));
            sheet.add(sheet.paragraph(text("meetings.pack.venue.onlineLink", venue.onlineLink()), sheet.body));
        }
        if (place.isEmpty() && venue.onlineLink().isEmpty()) {
            sheet.add(sheet.paragraph(text("meetings.pack.venue.notYet"), sheet.body));
        }
        if (!place.isEmpty()) {
            sheet.heading(text("meetings.pack.venue.access"));
            sheet.add(sheet.paragraph(text(venue.stepFree() ? "meetings.pack.venue.stepFree.yes"
                    : "meetings.pack.venue.stepFree.no"), sheet.body));
            sheet.add(sheet.paragraph(text(venue.hearingLoop() ? "meetings.pack.venue.hearingLoop.yes"
                    : "meetings.pack.venue.hearingLoop.no"), sheet.body));
            sheet.add(sheet.paragraph(text(venue.accessibleToilet() ? "meetings.pack.venue.toilet.yes"
                    : "meetings.pack.venue.toilet.no"), sheet.body));
            sheet.add(sheet.paragraph(text(venue.quietRoom() ? "meetings.pack.venue.quietRoom.yes"
                    : "meetings.pack.venue.quietRoom.no"), sheet.body));
        }
        sheet.heading(text("meetings.pack.venue.travel"));
        sheet.add(sheet.paragraph(text("meetings.pack.venue.travelPaid"), sheet.body));
        sheet.add(sheet.paragraph(support.isEmpty() ? text("meetings.pack.venue.travelAskUs")
                : text("meetings.pack.venue.travelAsk", support), sheet.body));
        return sheet.finish();
    }

    private byte[] payment(Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.payment.title"));
        for (String key : List.of("meetings.pack.payment.why", "meetings.pack.payment.forms",
                "meetings.pack.payment.decline", "meetings.pack.payment.staff")) {
            sheet.add(sheet.paragraph(text(key), sheet.body));
        }
        return sheet.finish();
    }

    private byte[] accessNeedsForm(String support, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.needs.title"));
        sheet.add(sheet.paragraph(text("meetings.pack.needs.intro"), sheet.body));
        sheet.add(sheet.paragraph(support.isEmpty() ? text("meetings.pack.needs.returnUs")
                : text("meetings.pack.needs.return", support), sheet.body));
        sheet.add(writeIn(List.of(text("meetings.pack.needs.name")), sheet, size));
        sheet.heading(text("meetings.pack.needs.tick"));
        List<String> choices = new ArrayList<>();
        for (AccessNeed need : AccessNeed.values()) {
            choices.add(text(need.labelKey()));
        }
        for (String key : List.of("quietRoom", "breaks", "byEmail", "byPost")) {
            choices.add(text("meetings.pack.needs.choice." + key));
        }
        sheet.add(PdfDocuments.tickBoxes(choices, size == LARGE ? 1 : 2, sheet.body, size.body(), 8));
        sheet.add(question(text("meetings.pack.needs.other"), lines(4, size), sheet, size));
        sheet.add(question(text("meetings.pack.needs.times"), lines(2, size), sheet, size));
        sheet.add(question(text("meetings.pack.needs.food"), lines(2, size), sheet, size));
        return sheet.finish();
    }

    private byte[] feedbackForm(Meeting meeting, String support, Sizes size) {
        Sheet sheet = new Sheet(size);
        sheet.title(text("meetings.pack.feedback.title"));
        sheet.add(sheet.paragraph(text("meetings.pack.feedback.intro", meeting.title(),
                LONG_DAY.format(meeting.date())), sheet.body));
        sheet.add(sheet.paragraph(support.isEmpty() ? text("meetings.pack.feedback.returnUs")
                : text("meetings.pack.feedback.return", support), sheet.body));
        List<String> choices = List.of(text("meetings.pack.feedback.yes"), text("meetings.pack.feedback.partly"),
                text("meetings.pack.feedback.no"));
        int number = 0;
        for (String question : List.of("papersInTime", "understood", "listenedTo", "paid")) {
            number++;
            sheet.add(question(number + ". " + text("meetings.pack.feedback.q." + question),
                    PdfDocuments.tickBoxes(choices, 3, sheet.body, size.body(), 8), sheet, size));
        }
        for (String question : List.of("wentWell", "better", "stayInvolved")) {
            number++;
            sheet.add(question(number + ". " + text("meetings.pack.feedback.q." + question),
                    lines(3, size), sheet, size));
        }
        Paragraph thanks = sheet.paragraph(text("meetings.pack.feedback.thanks"), sheet.bold);
        thanks.setSpacingBefore(size.body());
        sheet.add(thanks);
        return sheet.finish();
    }

    /** A question in bold and the space to answer it, kept on one page. */
    private static PdfPTable question(String question, Element answer, Sheet sheet, Sizes size) {
        Paragraph line = sheet.paragraph(question, sheet.bold);
        line.setSpacingBefore(size.body() / 2f);
        return together(List.of(line, answer), size);
    }

    // Building blocks.

    /** One part of the pack being written: an A4 document of its own, numbered later with the rest. */
    private static final class Sheet {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, BOTTOM_MARGIN);
        private final Sizes size;
        final Font title;
        final Font heading;
        final Font body;
        final Font bold;

        Sheet(Sizes size) {
            this.size = size;
            this.title = new Font(Font.HELVETICA, size.title(), Font.BOLD);
            this.heading = new Font(Font.HELVETICA, size.heading(), Font.BOLD);
            this.body = new Font(Font.HELVETICA, size.body(), Font.NORMAL);
            this.bold = new Font(Font.HELVETICA, size.body(), Font.BOLD);
            PdfWriter.getInstance(document, out);
            document.setDocumentLanguage("en-GB");
        }

        void add(Element element) {
            if (!document.isOpen()) {
                document.open();
            }
            document.add(element);
        }

        void title(String text) {
            Paragraph paragraph = new Paragraph(text, title);
            paragraph.setLeading(size.title() * 1.25f);
            paragraph.setSpacingAfter(size.body());
            add(paragraph);
        }

        void heading(String text) {
            Paragraph paragraph = new Paragraph(text, heading);
            paragraph.setLeading(size.heading() * 1.3f);
            paragraph.setSpacingBefore(size.body());
            paragraph.setSpacingAfter(size.body() / 3f);
            paragraph.setKeepTogether(true);
            add(paragraph);
        }

        Paragraph paragraph(String text, Font font) {
            Paragraph paragraph = new Paragraph(text, font);
            paragraph.setLeading(size.body() * 1.4f);
            paragraph.setSpacingAfter(size.body() / 3f);
            return paragraph;
        }

        byte[] finish() {
            if (!document.isOpen()) {
                document.open();
            }
            document.close();
            return out.toByteArray();
        }
    }

    private static PdfPCell plain(String text, Font font, Sizes size) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(3);
        cell.setPaddingBottom(size.body() / 2f);
        cell.setLeading(0, 1.3f);
        return cell;
    }

    private static PdfPCell ruled(String text, Font font, int alignment, Sizes size) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(5);
        cell.setLeading(0, 1.3f);
        cell.setMinimumHeight(size.rowHeight());
        cell.setBorderColor(RULE);
        return cell;
    }

    private static PdfPCell headingCell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(5);
        cell.setBorderColor(RULE);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    /** Labels each followed by a line to write on. */
    private static PdfPTable writeIn(List<String> labels, Sheet sheet, Sizes size) {
        PdfPTable table = new PdfPTable(new float[] {30, 70});
        table.setWidthPercentage(100);
        table.setSpacingBefore(size.body() / 2f);
        for (String label : labels) {
            PdfPCell words = new PdfPCell(new Phrase(label, sheet.body));
            words.setBorder(Rectangle.NO_BORDER);
            words.setVerticalAlignment(Element.ALIGN_BOTTOM);
            words.setMinimumHeight(size.rowHeight());
            words.setPaddingLeft(0);
            words.setPaddingBottom(4);
            table.addCell(words);
            PdfPCell line = new PdfPCell(new Phrase(""));
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderColor(Color.BLACK);
            table.addCell(line);
        }
        return table;
    }

    /** Empty lines to write on. */
    private static PdfPTable lines(int count, Sizes size) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        for (int i = 0; i < count; i++) {
            PdfPCell line = new PdfPCell(new Phrase(""));
            line.setBorder(Rectangle.BOTTOM);
            line.setBorderColor(RULE);
            line.setMinimumHeight(size.rowHeight() + 4f);
            table.addCell(line);
        }
        return table;
    }

    /** Elements kept on one page, such as a question and the space to answer it. */
    private static PdfPTable together(List<? extends Element> elements, Sizes size) {
        return PdfDocuments.together(elements, size.body() * 0.5f);
    }

    private static List<String> nonEmpty(String... texts) {
        List<String> kept = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                kept.add(text.strip());
            }
        }
        return kept;
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
