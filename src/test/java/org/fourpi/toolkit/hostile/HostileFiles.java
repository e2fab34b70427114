package org.fourpi.toolkit.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Broken and hostile files, made at test time into a folder, each with the ways in that would be
 * offered it (by its ending, as the file choosers do) and what each way in must do with it.
 */
final class HostileFiles {

    /** A way into the program for a file the user chooses. */
    enum Use { PEOPLE_IMPORT, RESPONSE_FORM, PERSON_DOCUMENT, RECEIPT, PAPER, PDF_TEXT, LOGO }

    /** What a way in must do with a file. */
    sealed interface Expect {
        /** Refused with a message holding at least one of the phrases (any case). */
        record Refused(List<String> anyOf) implements Expect {
        }

        /** Taken, and what was read passes the check. */
        record Accepted(String what, Predicate<Object> check) implements Expect {
        }
    }

    /** One file of the corpus. */
    record HostileFile(String label, Path file, Map<Use, Expect> expected, boolean heavy) {
        @Override
        public String toString() {
            return label + " (" + file.getFileName() + ")";
        }
    }

    static final LocalDate BIRTHDAY = LocalDate.of(1970, 5, 1);
    static final String HEADINGS_CSV = "First name,Last name,Email,Date of birth\n";

    private final Path folder;
    private final List<HostileFile> files = new ArrayList<>();
    private final Random random = new Random(20261126);

    private HostileFiles(Path folder) {
        this.folder = folder;
    }

    static Expect refused(String... anyOf) {
        return new Expect.Refused(List.of(anyOf));
    }

    static Expect accepted(String what, Predicate<Object> check) {
        return new Expect.Accepted(what, check);
    }

    static Expect accepted() {
        return new Expect.Accepted("anything", x -> true);
    }

    /** Every file, made into the folder. Heavy files (bombs, a million rows) are made only when asked. */
    static List<HostileFile> make(Path folder, boolean withHeavy) throws IOException {
        HostileFiles corpus = new HostileFiles(folder);
        corpus.spreadsheets(withHeavy);
        corpus.pdfs(withHeavy);
        corpus.images();
        corpus.oddFiles();
        return corpus.files;
    }

    private void add(String label, Path file, boolean heavy, Object... usesAndExpectations) {
        Map<Use, Expect> expected = new LinkedHashMap<>();
        for (int i = 0; i < usesAndExpectations.length; i += 2) {
            expected.put((Use) usesAndExpectations[i], (Expect) usesAndExpectations[i + 1]);
        }
        files.add(new HostileFile(label, file, expected, heavy));
    }

    private Path bytes(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path text(String name, String content, Charset charset) throws IOException {
        return bytes(name, content.getBytes(charset));
    }

    // ---- spreadsheets ---------------------------------------------------------------------------

    private static final String NOT_READ = "could not be read";

    /** Both ways in for a workbook: the people import and the response forms. */
    private Object[] workbook(Expect people, Expect form) {
        return new Object[] {Use.PEOPLE_IMPORT, people, Use.RESPONSE_FORM, form};
    }

    private static final Expect NOT_A_FORM = refused("is not one of this program's response forms", "cannot be read",
            "too large to be a response form");

    private Path goodWorkbook(String name) throws IOException {
        return Xlsx.write(folder.resolve(name), false,
                Xlsx.row(1, "First name", "Last name", "Email", "Date of birth")
                        + "<row r=\"2\">" + Xlsx.text("A2", "Ada") + Xlsx.text("B2", "Lovelace")
                        + Xlsx.text("C2", "ada@example.org") + Xlsx.date("D2", BIRTHDAY, false) + "</row>", "");
    }

    private void spreadsheets(boolean withHeavy) throws IOException {
        Path good = goodWorkbook("good.xlsx");
        byte[] goodBytes = Files.readAllBytes(good);
        add("a good workbook, for comparison", good, false,
                workbook(accepted("Ada born 1970-05-01", r -> Results.firstPerson(r, "Ada", BIRTHDAY)), NOT_A_FORM));

        add("an empty .csv", bytes("empty.csv", new byte[0]), false, Use.PEOPLE_IMPORT, refused("is empty"));
        add("an empty .xlsx", bytes("empty.xlsx", new byte[0]), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        add("a workbook cut off half way", bytes("truncated.xlsx", Arrays.copyOf(goodBytes, goodBytes.length / 2)), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        add("a workbook of only its first 10 bytes", bytes("ten-bytes.xlsx", Arrays.copyOf(goodBytes, 10)), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        byte[] noDirectory = goodBytes.clone();
        Arrays.fill(noDirectory, noDirectory.length - 120, noDirectory.length, (byte) 0);
        add("a workbook whose table of contents is wiped", bytes("no-directory.xlsx", noDirectory), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        byte[] junkZip = new byte[4096];
        random.nextBytes(junkZip);
        junkZip[0] = 'P';
        junkZip[1] = 'K';
        junkZip[2] = 3;
        junkZip[3] = 4;
        add("random bytes behind a zip signature", bytes("random.xlsx", junkZip), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        add("a zip of zips of zips", nestedZip(folder.resolve("nested.xlsx"), 12), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        add("a zip of 20,000 empty entries", manyEntries(folder.resolve("many-entries.xlsx"), 20_000), false,
                workbook(refused("not a working Excel workbook", "not opened, for safety"), NOT_A_FORM));
        add("a workbook whose sheet unpacks from 1 MB to 1 GB of zeros", zeroBomb(folder.resolve("zip-bomb.xlsx"),
                        withHeavy ? 1024 : 64), withHeavy,
                // A response form reads only its own sheets, so it never unpacks this one.
                workbook(refused("not opened, for safety"), NOT_A_FORM));
        add("a workbook with a 10 MB cell", tenMegabyteCell(folder.resolve("big-cell.xlsx")), false,
                workbook(refused("row 2, column B"), refused("too large to be a response form")));
        if (withHeavy) {
            add("a workbook with a million rows", millionRows(folder.resolve("million-rows.xlsx")), true,
                    workbook(refused("more than 50000 rows", "more than 50,000 rows", "not opened, for safety"),
                            refused("too large to be a response form")));
        }
        add("a workbook of formulas: a link, a command (DDE) and a sum", Xlsx.write(folder.resolve("formulas.xlsx"),
                false, Xlsx.row(1, "First name", "Last name", "Email")
                        + "<row r=\"2\">" + Xlsx.formula("A2", "HYPERLINK(\"http://example.invalid/x\",\"Click\")", "Click")
                        + Xlsx.formula("B2", "cmd|' /C calc'!A0", "=cmd|' /C calc'!A0")
                        + Xlsx.formula("C2", "\"ada\"&\"@example.org\"", "ada@example.org") + "</row>", ""), false,
                workbook(accepted("the last results as plain text, never a formula",
                        r -> Results.firstPersonNamed(r, "Click", "=cmd|' /C calc'!A0")), NOT_A_FORM));
        add("a workbook with merged cells", Xlsx.write(folder.resolve("merged.xlsx"), false,
                Xlsx.row(1, "First name", "Last name", "Email") + Xlsx.row(2, "Grace", "", "grace@example.org")
                        + Xlsx.row(3, "Mary", "Seacole", "mary@example.org"),
                "<mergeCells count=\"1\"><mergeCell ref=\"A2:B2\"/></mergeCells>"), false,
                workbook(accepted("merged cells as their first cell", r -> Results.firstPersonNamed(r, "Grace", "")),
                        NOT_A_FORM));
        add("a workbook in the 1904 date system (old Mac Excel)", Xlsx.write(folder.resolve("dates-1904.xlsx"), true,
                Xlsx.row(1, "First name", "Last name", "Email", "Date of birth")
                        + "<row r=\"2\">" + Xlsx.text("A2", "Ada") + Xlsx.text("B2", "Lovelace")
                        + Xlsx.text("C2", "ada@example.org") + Xlsx.date("D2", BIRTHDAY, true) + "</row>", ""), false,
                workbook(accepted("the date of birth 1970-05-01, not four years out",
                        r -> Results.firstPerson(r, "Ada", BIRTHDAY)), NOT_A_FORM));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        add("a billion laughs in the sheet", Xlsx.write(folder.resolve("laughs-sheet.xlsx"), "People", false, laughs,
                        out -> out.write(Xlsx.row(1, "First name") + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"),
                        "", null), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        add("a billion laughs in the shared strings", Xlsx.write(folder.resolve("laughs-strings.xlsx"), "People", false,
                        "", out -> out.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), "",
                        laughs + "<sst xmlns=\"" + Xlsx.MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>&lol9;</t></si></sst>"),
                false, workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        add("an external entity pointing at a file on the computer", Xlsx.write(folder.resolve("external-entity.xlsx"),
                        "People", false, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
                                + secret.toUri() + "\">]>",
                        out -> out.write(Xlsx.row(1, "First name") + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"),
                        "", null), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));

        add("a CSV with a 10 MB cell", csvWithLongCell(folder.resolve("big-cell.csv"), 10 * 1024 * 1024), false,
                Use.PEOPLE_IMPORT, refused("row 2, column A"));
        add("a CSV of one 15 MB line of commas", bytes("commas.csv", commas(15 * 1024 * 1024)), false,
                Use.PEOPLE_IMPORT, refused("more than 250 columns"));
        if (withHeavy) {
            add("a CSV with a million rows", millionRowsCsv(folder.resolve("million-rows.csv")), true,
                    Use.PEOPLE_IMPORT, refused("more than 50000 rows", "more than 50,000 rows"));
        }
        add("a CSV larger than 20 MB", sparse(folder.resolve("huge.csv"), 21L * 1024 * 1024), false,
                Use.PEOPLE_IMPORT, refused("larger than 20 MB"));
        add("a CSV with formulas", text("formulas.csv", HEADINGS_CSV
                        + "\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\",=cmd|' /C calc'!A0,,\n",
                StandardCharsets.UTF_8), false, Use.PEOPLE_IMPORT,
                accepted("formulas kept as plain text", r -> Results.firstPersonNamed(r,
                        "=HYPERLINK(\"http://example.invalid\",\"Click\")", "=cmd|' /C calc'!A0")));
        add("a CSV in Windows-1252 with £ and curly quotes", text("windows-1252.csv", HEADINGS_CSV
                        + "Chloë,O’Brien “£5”,,\n", Charset.forName("windows-1252")), false, Use.PEOPLE_IMPORT,
                accepted("Chloë O’Brien “£5”", r -> Results.firstPersonNamed(r, "Chloë", "O’Brien “£5”")));
        add("a CSV in UTF-16 with a byte-order mark", text("utf16-bom.csv", HEADINGS_CSV + "Zoë,Brontë,,\n",
                StandardCharsets.UTF_16), false, Use.PEOPLE_IMPORT,
                accepted("Zoë Brontë", r -> Results.firstPersonNamed(r, "Zoë", "Brontë")));
        add("a CSV in UTF-16 without a byte-order mark", text("utf16-no-bom.csv", HEADINGS_CSV + "Zoë,Brontë,,\n",
                StandardCharsets.UTF_16LE), false, Use.PEOPLE_IMPORT, refused("UTF-16"));
        byte[] mixed = (HEADINGS_CSV + "Zoë,Brontë,,\nSiân,X,,\n").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(mixed, "X,".getBytes(StandardCharsets.UTF_8));
        mixed[at] = (byte) 0xE9; // é in Windows-1252, pasted into a UTF-8 file
        add("a CSV mixing UTF-8 and Windows-1252", bytes("mixed-encoding.csv", mixed), false, Use.PEOPLE_IMPORT,
                refused("row 3"));
        add("a CSV with NUL bytes", text("nul.csv", HEADINGS_CSV + "A\0da,Lovelace,,\n", StandardCharsets.UTF_8),
                false, Use.PEOPLE_IMPORT, refused("not a working Excel workbook or CSV file"));
        add("a CSV with a quote never closed", text("open-quote.csv", HEADINGS_CSV + "Ada,\"Lovelace,,\nBen,Carer,,\n",
                StandardCharsets.UTF_8), false, Use.PEOPLE_IMPORT, refused("row 2"));
        add("a CSV with 300 columns", text("wide.csv", "x,".repeat(300) + "\n", StandardCharsets.UTF_8), false,
                Use.PEOPLE_IMPORT, refused("more than 250 columns"));
        add("a CSV of only blank lines", text("blank.csv", "\n\n,,,\n \n", StandardCharsets.UTF_8), false,
                Use.PEOPLE_IMPORT, refused("is empty"));
        add("a PDF named .xlsx", Files.copy(onePagePdf("for-xlsx.pdf", "Hello"), folder.resolve("pdf.xlsx")), false,
                workbook(refused("not a working Excel workbook"), NOT_A_FORM));
        add("a workbook named .csv", Files.copy(good, folder.resolve("workbook.csv")), false,
                Use.PEOPLE_IMPORT, refused("not a working Excel workbook or CSV file"));
        byte[] ole = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole, 0, 8);
        add("an old .xls workbook named .xlsx", bytes("old.xlsx", ole), false,
                workbook(refused("older Excel format"), NOT_A_FORM));
        add("a web page named .xlsx", text("page.xlsx", "<html><body>Sign in</body></html>", StandardCharsets.UTF_8),
                false, workbook(refused("not a working Excel workbook"), NOT_A_FORM));
    }

    // ---- PDFs -----------------------------------------------------------------------------------

    private static final Expect PAPER_OK = accepted();

    private Object[] pdfUses(Expect document, Expect receipt, Expect paper, Expect text) {
        return new Object[] {Use.PERSON_DOCUMENT, document, Use.RECEIPT, receipt, Use.PAPER, paper, Use.PDF_TEXT, text};
    }

    private void pdfs(boolean withHeavy) throws IOException {
        Path good = onePagePdf("good.pdf", "Our budget for next year");
        byte[] goodBytes = Files.readAllBytes(good);
        add("a good PDF, for comparison", good, false, pdfUses(accepted(), accepted(), PAPER_OK,
                accepted("its words", r -> String.join(" ", Results.pages(r)).contains("budget"))));
        Expect notPdfDocument = refused("is not a PDF");
        Expect notReceipt = refused("choose a PDF, JPEG or PNG file");
        Expect notPaper = refused("choose a PDF file");
        Expect unreadable = refused("could not be read as a PDF", "locked with a password");
        Expect packRefused = refused("could not be read. It may be damaged", "locked with a password");
        add("a text file named .pdf", text("words.pdf", "Just some words, not a PDF.", StandardCharsets.UTF_8), false,
                pdfUses(notPdfDocument, notReceipt, notPaper, unreadable));
        add("an empty .pdf", bytes("empty.pdf", new byte[0]), false,
                pdfUses(refused("is empty"), notReceipt, notPaper, unreadable));
        add("a program named .pdf", bytes("invoice.pdf", "MZ\u0090\0\3\0\0\0 This program cannot be run in DOS mode"
                .getBytes(StandardCharsets.ISO_8859_1)), false, pdfUses(notPdfDocument, notReceipt, notPaper, unreadable));
        add("a web page named .pdf", text("page.pdf", "<!DOCTYPE html><html><body>Sign in</body></html>",
                StandardCharsets.UTF_8), false, pdfUses(notPdfDocument, notReceipt, notPaper, unreadable));
        add("a PDF header then junk", text("junk.pdf", "%PDF-1.7\n" + "garbage ".repeat(500), StandardCharsets.UTF_8),
                false, pdfUses(accepted(), accepted(), packRefused, unreadable));
        add("a PDF cut off half way", bytes("truncated.pdf", Arrays.copyOf(goodBytes, goodBytes.length / 2)), false,
                pdfUses(accepted(), accepted(), packRefused, unreadable));
        add("a PDF locked with a password", encryptedPdf("locked.pdf", true), false,
                pdfUses(accepted(), accepted(), packRefused, refused("locked with a password")));
        add("a PDF whose page unpacks to " + (withHeavy ? "1 GB" : "100 MB") + " of zeros",
                pdfBomb(folder.resolve("pdf-bomb.pdf"), withHeavy ? 1024 : 100), withHeavy, pdfUses(accepted(), accepted(), packRefused, unreadable));
        if (withHeavy) {
            add("a PDF of 10,000 pages", manyPagePdf("ten-thousand-pages.pdf", 10_000), true,
                    Use.PDF_TEXT, accepted("10,000 pages of text", r -> Results.pages(r).size() == 10_000));
        }
        add("a Word document named .pdf", Files.copy(goodWorkbook("for-docx.xlsx"), folder.resolve("letter.pdf")),
                false, pdfUses(notPdfDocument, notReceipt, notPaper, unreadable));
        add("a PDF named .docx", Files.copy(good, folder.resolve("role.docx")), false,
                Use.PERSON_DOCUMENT, refused("is not a Word document"));
        add("a text file named .txt", text("notes.txt", "Role description: critical friend.", StandardCharsets.UTF_8),
                false, Use.PERSON_DOCUMENT, accepted());
    }

    private Path onePagePdf(String name, String words) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A4);
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(words));
            document.close();
        }
        return file;
    }

    private Path manyPagePdf(String name, int pages) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document(PageSize.A6);
            PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 1; i <= pages; i++) {
                document.add(new Paragraph("Page " + i));
                document.newPage();
            }
            document.close();
        }
        return file;
    }

    /** A PDF locked with a password to open it (AES, as current programs lock them). */
    private Path encryptedPdf(String name, boolean userPassword) throws IOException {
        Path file = folder.resolve(name);
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner",
                    userPassword ? "user" : "", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A one-page PDF whose page description is the given megabytes of zeros, packed small. */
    private static Path pdfBomb(Path file, int megabytes) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                deflate.write(zeros);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.4\n");
        offsets.add(pdf.size());
        write(pdf, "1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n");
        offsets.add(pdf.size());
        write(pdf, "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n");
        offsets.add(pdf.size());
        write(pdf, "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n");
        offsets.add(pdf.size());
        write(pdf, "4 0 obj <</Length " + packed.size() + "/Filter/FlateDecode>> stream\n");
        pdf.write(packed.toByteArray());
        write(pdf, "\nendstream endobj\n");
        int xref = pdf.size();
        write(pdf, "xref\n0 5\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(pdf, String.format("%010d 00000 n \n", offset));
        }
        write(pdf, "trailer <</Size 5/Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
        return Files.write(file, pdf.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---- images ---------------------------------------------------------------------------------

    private Object[] imageUses(Expect logo, Expect receipt) {
        return new Object[] {Use.LOGO, logo, Use.RECEIPT, receipt};
    }

    private void images() throws IOException {
        Path png = image("good.png", "png", 120, 40);
        add("a good PNG, for comparison", png, false, imageUses(accepted(), accepted()));
        add("a good JPEG, for comparison", image("good.jpg", "jpeg", 120, 40), false, imageUses(accepted(), accepted()));
        add("a good GIF, for comparison", image("good.gif", "gif", 120, 40), false,
                imageUses(accepted(), refused("choose a PDF, JPEG or PNG file")));
        Expect notImage = refused("is not a PNG, JPEG or GIF image");
        Expect damaged = refused("is damaged");
        add("a text file named .png", text("words.png", "not an image at all", StandardCharsets.UTF_8), false,
                imageUses(notImage, refused("choose a PDF, JPEG or PNG file")));
        add("a drawing (SVG) named .png", text("drawing.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                StandardCharsets.UTF_8), false, imageUses(notImage, refused("choose a PDF, JPEG or PNG file")));
        byte[] pngHead = Arrays.copyOf(Files.readAllBytes(png), 8);
        byte[] headerThenJunk = Arrays.copyOf(pngHead, 200);
        Arrays.fill(headerThenJunk, 8, 200, (byte) 'x');
        add("a PNG signature then junk", bytes("junk.png", headerThenJunk), false, imageUses(damaged, accepted()));
        add("a PNG of 100,000 by 100,000 pixels (a decompression bomb)", hugePng(folder.resolve("huge.png")), false,
                imageUses(refused("too many pixels"), accepted()));
        byte[] jpeg = Files.readAllBytes(folder.resolve("good.jpg"));
        add("a JPEG cut off after its first bytes", bytes("truncated.jpg", Arrays.copyOf(jpeg, 20)), false,
                imageUses(damaged, accepted()));
        add("a GIF of 65,535 by 65,535 pixels", hugeGif(folder.resolve("huge.gif")), false,
                imageUses(refused("too many pixels"), refused("choose a PDF, JPEG or PNG file")));
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(Files.readAllBytes(png), 0, big, 0, (int) Files.size(png));
        add("a logo larger than 2 MB", bytes("big.png", big), false,
                imageUses(refused("larger than 2 MB"), accepted()));
    }

    private Path image(String name, String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366CC);
        }
        Path file = folder.resolve(name);
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("No writer for " + format);
        }
        return file;
    }

    /** A valid PNG header claiming 100,000 x 100,000 pixels, with a tiny packed image. */
    private static Path hugePng(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).order(ByteOrder.BIG_ENDIAN);
        ihdr.putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(packed)) {
            deflate.write(new byte[64 * 1024]);
        }
        chunk(out, "IDAT", packed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return Files.write(file, out.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(length.array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static Path hugeGif(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0});
        out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0});
        out.writeBytes(new byte[] {2, 2, 0x44, 0x01, 0, 0x3B});
        return Files.write(file, out.toByteArray());
    }

    // ---- files that are not ordinary files -------------------------------------------------------

    private void oddFiles() throws IOException {
        Path directory = Files.createDirectories(folder.resolve("folder.csv"));
        add("a folder named .csv", directory, false, Use.PEOPLE_IMPORT, refused("is not a file"));
        Path devZero = Path.of("/dev/zero");
        if (Files.exists(devZero)) {
            Path csv = Files.createSymbolicLink(folder.resolve("endless.csv"), devZero);
            add("a link to an endless device, named .csv", csv, false, Use.PEOPLE_IMPORT, refused("is not a file"));
            Path logo = Files.createSymbolicLink(folder.resolve("endless.png"), devZero);
            add("a link to an endless device, named .png", logo, false,
                    imageUses(refused("is not a file"), refused("could not be read")));
            Path pdf = Files.createSymbolicLink(folder.resolve("endless.pdf"), devZero);
            add("a link to an endless device, named .pdf", pdf, false,
                    pdfUses(refused("is not a file"), refused("could not be read"), refused("could not be read"),
                            refused("is not a file", "could not be read")));
            Path form = Files.createSymbolicLink(folder.resolve("endless.xlsx"), devZero);
            add("a link to an endless device, named .xlsx", form, false,
                    workbook(refused("is not a file"), refused("cannot be read", "is not one of this program")));
        }
        Path pipe = folder.resolve("pipe.csv");
        if (namedPipe(pipe)) {
            add("a named pipe (which waits for ever for a writer), named .csv", pipe, false,
                    Use.PEOPLE_IMPORT, refused("is not a file"));
            Path pdfPipe = folder.resolve("pipe.pdf");
            if (namedPipe(pdfPipe)) {
                add("a named pipe, named .pdf", pdfPipe, false, pdfUses(refused("is not a file"),
                        refused("could not be read"), refused("could not be read"), refused("is not a file")));
            }
        }
        Path missing = folder.resolve("gone.csv");
        add("a file that is no longer there", missing, false, Use.PEOPLE_IMPORT, refused("could not be found"));
    }

    /** Makes a named pipe where the system can (not on Windows); false when it cannot. */
    private static boolean namedPipe(Path file) {
        try {
            return new ProcessBuilder("mkfifo", file.toString()).start().waitFor() == 0 && Files.exists(file);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Path nestedZip(Path file, int depth) throws IOException {
        byte[] inner = "<worksheet/>".getBytes(StandardCharsets.UTF_8);
        for (int level = 0; level < depth; level++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(level == 0 ? "sheet.xml" : "inner" + level + ".zip"));
                zip.write(inner);
                zip.closeEntry();
            }
            inner = out.toByteArray();
        }
        return Files.write(file, inner);
    }

    private static Path manyEntries(Path file, int count) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A workbook whose sheet is megabytes of zeros, squeezed about a thousand times. */
    private Path zeroBomb(Path file, int megabytes) throws IOException {
        return Xlsx.write(file, "People", false, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", out -> {
            char[] spaces = new char[1024 * 1024];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
        }, "", null);
    }

    private Path tenMegabyteCell(Path file) throws IOException {
        return Xlsx.write(file, "People", false, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", out -> {
            out.write(Xlsx.row(1, "First name", "Last name"));
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Ada</t></is></c>"
                    + "<c r=\"B2\" t=\"inlineStr\"><is><t>");
            out.write(randomLetters(10 * 1024 * 1024));
            out.write("</t></is></c></row>");
        }, "", null);
    }

    private Path millionRows(Path file) throws IOException {
        return Xlsx.write(file, "People", false, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", out -> {
            out.write(Xlsx.row(1, "First name", "Last name"));
            for (int r = 2; r <= 1_000_001; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        }, "", null);
    }

    private static Path millionRowsCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADINGS_CSV);
            for (int r = 1; r <= 1_000_000; r++) {
                out.write("P" + r + ",Q\n");
            }
        }
        return file;
    }

    private Path csvWithLongCell(Path file, int length) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADINGS_CSV);
            out.write(randomLetters(length));
            out.write(",Lovelace,,\n");
        }
        return file;
    }

    private static byte[] commas(int count) {
        byte[] line = new byte[count];
        Arrays.fill(line, (byte) ',');
        return line;
    }

    private static Path sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(HEADINGS_CSV.getBytes(StandardCharsets.UTF_8));
            raf.setLength(size);
        }
        return file;
    }

    private String randomLetters(int length) {
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("Not found");
    }
}
