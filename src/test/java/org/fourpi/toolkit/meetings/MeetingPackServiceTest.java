package org.fourpi.toolkit.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.payments.EarningsLimit;
import org.fourpi.toolkit.payments.PaymentPreferences;
import org.fourpi.toolkit.people.InvolvementLevel;
import org.fourpi.toolkit.people.InvolvementStatus;
import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The meeting pack read back from the PDF: what it says, in what order, on which pages, and how large. */
class MeetingPackServiceTest {

    private static final LocalDate DEC_10 = LocalDate.of(2026, 12, 10);
    private static final Pattern FONT_SIZE = Pattern.compile("/F\\d+ ([0-9.]+) Tf");
    private static final String PAPER_MARK = "Budget paper";

    @TempDir Path dataDir;
    @TempDir Path files;
    @TempDir Path out;
    private TestServices test;
    private MeetingService meetings;
    private MeetingPackService packs;
    private long meetingId;

    @BeforeEach
    void planAMeeting() throws IOException {
        test = TestServices.open(dataDir);
        meetings = test.services().meetings();
        packs = test.services().meetingPacks();
        long samira = person("Samira", "Okafor", Perspective.SERVICE_USER, true);
        long tom = person("Tom", "Reilly", Perspective.CARER, false);
        long ade = person("Ade", "Bello", Perspective.STAFF, true);
        test.services().paymentPreferences().save(tom,
                new PaymentPreferences(null, true, EarningsLimit.NONE, null));
        meetingId = meetings.save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP, InvolvementLevel.C,
                DEC_10, LocalTime.of(10, 30), LocalTime.of(12, 30),
                new Venue("Community hall", "1 High Street, Leeds", "", true, true, false, false),
                "To plan next year's work together", "Jo Patel, 07700 900123", null, "")).id();
        meetings.invite(meetingId, samira, InvitationRole.MEMBER);
        meetings.invite(meetingId, tom, InvitationRole.MEMBER);
        meetings.invite(meetingId, ade, InvitationRole.STAFF);
        AgendaItem.Paper budget = meetings.keepPaper(paper("budget.pdf", 2));
        meetings.saveAgenda(meetingId, List.of(
                new AgendaItem("Welcome and introductions", AgendaAsk.NOTE, "Jo Patel", 15,
                        "We say hello and share how the year has gone.", false, List.of()),
                new AgendaItem("Next year's budget", AgendaAsk.DECIDE, "Ade Bello", 45,
                        "We have money for four events. Members choose which ones.", true, List.of(budget))));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private long person(String first, String last, Perspective perspective, boolean listed) {
        return test.services().people().save(new Person(null, first, last, "", perspective, Set.of(), "", Set.of(),
                "", "", "", "", null, listed, null, Set.of(), "", "", InvolvementStatus.ACTIVE)).id();
    }

    /** A paper of its own, with its pages numbered in its own words. */
    private Path paper(String name, int pages) throws IOException {
        Path file = files.resolve(name);
        try (OutputStream stream = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, stream);
            document.open();
            for (int page = 1; page <= pages; page++) {
                if (page > 1) {
                    document.newPage();
                }
                document.add(new Paragraph(PAPER_MARK + ", its own page " + page + ".",
                        new Font(Font.HELVETICA, 11, Font.NORMAL)));
            }
            document.close();
        }
        return file;
    }

    private static List<String> pages(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page).replaceAll("\\s+", " "));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    /** The size of every run of text on the pages the pack writes itself (papers keep their own). */
    private static List<Float> ownFontSizes(Path pdf) throws IOException {
        List<String> text = pages(pdf);
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            List<Float> sizes = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                if (text.get(page - 1).contains(PAPER_MARK + ", its own page")) {
                    continue;
                }
                Matcher m = FONT_SIZE.matcher(new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    sizes.add(Float.parseFloat(m.group(1)));
                }
            }
            return sizes;
        } finally {
            reader.close();
        }
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void makesOnePackWithEverySectionInOrderAndEveryPageNumbered() throws IOException {
        Path file = out.resolve("pack.pdf");
        List<String> steps = new ArrayList<>();
        int count = packs.write(meetingId, false, file, new Progress() {
            @Override
            public void update(long done, long total, String message) {
                steps.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean isCancelRequested() {
                return false;
            }
        });

        List<String> pages = pages(file);
        String all = String.join(" ", pages);
        assertThat(pages).hasSize(count);
        for (int page = 1; page <= count; page++) {
            assertThat(pages.get(page - 1)).contains("Page " + page + " of " + count);
        }
        assertThat(pages.getFirst()).contains("Meeting pack", "Steering group",
                "Thursday 10 December 2026", "10:30 to 12:30", "Community hall", "1 High Street, Leeds",
                "Jo Patel, 07700 900123", "To plan next year's work together");
        assertThat(pages.get(1)).contains("Contents", "Agenda", "Who's who", "Words and what they mean",
                "Item 1: Welcome and introductions", "Item 2: Next year's budget", "Getting there and access",
                "Payment and expenses", "Claim form for Samira Okafor", "Claim form for Tom Reilly",
                "What helps you take part", "Your feedback");

        // The agenda says what each item asks, who presents it and when.
        String agenda = pages.get(pageOf(pages, "What we ask of you") - 1);
        assertThat(agenda).contains("1. Welcome and introductions", "To note", "Jo Patel", "10:30, 15 minutes",
                "2. Next year's budget", "To decide", "Ade Bello", "10:45, 45 minutes",
                "Members are asked to make a decision together.");

        // Who's who names only those who agreed to be listed, staff among them.
        String whosWho = pages.get(pageOf(pages, "agreed to be named in this pack") - 1);
        assertThat(whosWho).contains("Samira Okafor", "Ade Bello", "Staff", "Member").doesNotContain("Tom Reilly");

        // Each lay summary comes before its item's paper, and the paper's own pages follow in order.
        int summary = pageOf(pages, "Members choose which ones.");
        assertThat(summary).isPositive();
        assertThat(pages.get(summary - 1)).contains("Item 2: Next year's budget", "budget.pdf");
        assertThat(pages.get(summary)).contains(PAPER_MARK + ", its own page 1.");
        assertThat(pages.get(summary + 1)).contains(PAPER_MARK + ", its own page 2.");
        assertThat(pageOf(pages, "We say hello and share how the year has gone.")).isLessThan(summary);

        // The contents list gives the page each part starts on.
        assertThat(pages.get(1)).containsPattern("Item 2: Next year's budget ?" + summary + " ");
        int venue = pageOf(pages, "There is step-free access.");
        assertThat(pages.get(1)).containsPattern("Getting there and access ?" + venue + " ");

        assertThat(pages.get(venue - 1)).contains("There is a hearing loop.",
                "We have not been told there is an accessible toilet.", "We have not been told there is a quiet room.",
                "please contact Jo Patel, 07700 900123 at least a week before the meeting");

        // A claim form filled in for each person invited who is not staff.
        assertThat(all).contains("Claim form: fees and expenses");
        List<String> filled = pages.stream().filter(p -> p.contains("Your name") && p.contains("Steering group")
                && p.contains("10 December 2026") && p.contains("Your signature")).toList();
        assertThat(filled).hasSize(2);
        assertThat(filled.get(0)).contains("Samira Okafor")
                .as("the fee for a two-hour meeting at £20.00 an hour").containsPattern(
                        "Involvement fee ?Steering group ?2 hours ?£40\\.00");
        assertThat(filled.get(1)).contains("Tom Reilly")
                .as("he would rather not take a fee").doesNotContain("2 hours", "£40.00");
        assertThat(all).doesNotContain("Claim form for Ade Bello");
        assertThat(pages(file).stream().filter(p -> p.contains("Your claim")).filter(p -> p.contains("Ade Bello")))
                .isEmpty();

        assertThat(all).contains("Tick anything that would help you.", "Step-free access", "Regular breaks",
                "Anything else that would help you take part:");
        assertThat(all).contains("Did you get the papers in good time to read them?", "Did you feel listened to?",
                "What could we do better?", "Thank you for taking part.");
        assertThat(pageOf(pages, "What helps you take part")).isLessThan(pageOf(pages, "What could we do better?"));

        assertThat(steps).isNotEmpty();
        assertThat(steps.getLast()).startsWith("9/9");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void putsTheOrganisationItsLogoAndTheGlossaryTermsOnThePack() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        MeetingPackService withGlossary = new MeetingPackService(TestServices.MESSAGES, meetings,
                test.services().claimForms(),
                () -> new PackOrganisation("Northside Carers", png.toByteArray(), "Priya Shah, 0113 496 0000"),
                person -> true, person -> false, plan -> List.of(new PackTerm("ICB", "Integrated care board: the NHS body that plans care.")));
        Path file = out.resolve("pack.pdf");

        withGlossary.write(meetingId, false, file, Progress.NONE);

        List<String> pages = pages(file);
        assertThat(pages.getFirst()).contains("Northside Carers");
        String glossary = pages.get(pageOf(pages, "Some words in this pack may be new to you.") - 1);
        assertThat(glossary).contains("ICB", "Integrated care board: the NHS body that plans care.");
        assertThat(pages.get(pageOf(pages, "agreed to be named in this pack") - 1)).contains("Tom Reilly");
        PdfReader reader = new PdfReader(file.toString());
        try {
            assertThat(reader.getInfo().get("Title")).isEqualTo("Meeting pack: Steering group");
            assertThat(reader.getInfo().get("Author")).isEqualTo("Northside Carers");
            assertThat(new String(reader.getPageContent(1), StandardCharsets.ISO_8859_1)).contains("Do");
        } finally {
            reader.close();
        }
    }

    @Test
    void carriesTheActionsFromTheLastMeetingOfTheSeriesAfterTheAgenda() throws IOException {
        meetings.save(new Meeting(null, "Steering group", MeetingKind.STEERING_GROUP, InvolvementLevel.C,
                LocalDate.of(2026, 10, 8), LocalTime.of(10, 30), LocalTime.of(12, 0), Venue.NONE, "", "", null,
                "Agreed: ask the trust for a quiet room.\nJo to book the hall for December."));
        Path pdf = files.resolve("pack.pdf");
        packs.write(meetingId, false, pdf, Progress.NONE);

        List<String> pages = pages(pdf);
        int actions = pageOf(pages, "What was decided and agreed at the last meeting");
        assertThat(actions).isGreaterThan(pageOf(pages, "Contents")).isLessThan(pageOf(pages, "agreed to be named"));
        assertThat(pages.get(actions - 1)).contains("Thursday 8 October 2026", "ask the trust for a quiet room",
                "Jo to book the hall for December.");
    }

    @Test
    void largePrintIsSixteenPointOrMoreOnMorePages() throws IOException {
        Path regular = out.resolve("regular.pdf");
        Path large = out.resolve("large.pdf");

        int regularPages = packs.write(meetingId, false, regular, Progress.NONE);
        int largePages = packs.write(meetingId, true, large, Progress.NONE);

        assertThat(ownFontSizes(regular)).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(12f))
                .anySatisfy(size -> assertThat(size).isLessThan(16f));
        assertThat(ownFontSizes(large)).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(16f));
        assertThat(largePages).isGreaterThan(regularPages);
        assertThat(pages(large).getFirst()).contains("This pack is in large print.");
        assertThat(String.join(" ", pages(large))).contains(PAPER_MARK + ", its own page 2.", "Samira Okafor");
    }

    @Test
    void refusesADamagedPaperNamingItAndItsItemAndLeavesNothingBehind() throws IOException {
        Path damaged = files.resolve("minutes.pdf");
        Files.writeString(damaged, "%PDF-1.4\nThis is not really a PDF at all, just a few words.\n");
        AgendaItem.Paper kept = meetings.keepPaper(damaged);
        List<AgendaItem> agenda = new ArrayList<>(meetings.find(meetingId).orElseThrow().agenda());
        agenda.add(new AgendaItem("Minutes of the last meeting", AgendaAsk.NOTE, "Jo Patel", 10, "", true,
                List.of(kept)));
        meetings.saveAgenda(meetingId, agenda);
        Path file = out.resolve("pack.pdf");

        assertThatThrownBy(() -> packs.write(meetingId, false, file, Progress.NONE))
                .isInstanceOfSatisfying(PaperUnreadableException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("minutes.pdf");
                    assertThat(e.itemTitle()).isEqualTo("Minutes of the last meeting");
                    assertThat(e.getMessage()).contains("\"minutes.pdf\"", "\"Minutes of the last meeting\"",
                            "could not be read", "No pack was saved.");
                });
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void keepsAnEarlierPackWhenStoppedAndLeavesNoPartWritten() throws IOException {
        Path file = out.resolve("pack.pdf");
        Files.writeString(file, "the earlier pack");
        Progress stopAfterTheCover = new Progress() {
            private int updates;

            @Override
            public void update(long done, long total, String message) {
                updates++;
            }

            @Override
            public boolean isCancelRequested() {
                return updates >= 2;
            }
        };

        assertThatThrownBy(() -> packs.write(meetingId, false, file, stopAfterTheCover))
                .isInstanceOf(CancellationException.class);

        assertThat(Files.readString(file)).isEqualTo("the earlier pack");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void saysWhenTheFileCannotBeWrittenOrTheMeetingIsGone() {
        assertThatThrownBy(() -> packs.write(meetingId, false, out.resolve("gone").resolve("pack.pdf"), Progress.NONE))
                .isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> packs.write(meetingId + 100, false, out.resolve("pack.pdf"), Progress.NONE))
                .isInstanceOfSatisfying(InvalidMeetingException.class,
                        e -> assertThat(e.problems()).containsExactly(MeetingProblem.NO_SUCH_MEETING));
    }
}
