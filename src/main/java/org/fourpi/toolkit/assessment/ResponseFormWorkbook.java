package org.fourpi.toolkit.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fourpi.toolkit.common.spreadsheet.SheetCells;
import org.fourpi.toolkit.common.ui.Messages;

/**
 * Writes one person's response form as an .xlsx workbook: a friendly top, one row per statement with
 * a drop-down answer cell and a comment cell, the sheet protected so only those two can change, and a
 * hidden sheet that says whose form it is so it can be read back safely.
 */
final class ResponseFormWorkbook {

    /** Says a workbook is one of this program's response forms. */
    static final String MARKER = "4PI Involvement Toolkit response form";
    static final String LAYOUT_VERSION = "1";
    static final String FORM_SHEET = "Response form";
    static final String DETAILS_SHEET = "Form details";
    /** Columns of the form sheet: the hidden indicator code, the statement, the answer, the comment. */
    static final int CODE_COLUMN = 0;
    static final int STATEMENT_COLUMN = 1;
    static final int ANSWER_COLUMN = 2;
    static final int COMMENT_COLUMN = 3;
    /** Rows of the details sheet, each a name in column A and a value in column B. */
    static final int MARKER_ROW = 0;
    static final int LAYOUT_ROW = 1;
    static final int ASSESSMENT_ROW = 2;
    static final int PARTICIPANT_ROW = 3;
    static final int FRAMEWORK_ROW = 4;
    static final int CHECK_ROW = 5;
    /** Stops accidental changes only; it is not a secret. */
    private static final String PROTECTION = "4PI";

    private final Messages messages;

    ResponseFormWorkbook(Messages messages) {
        this.messages = messages;
    }

    /** The answers offered in the drop-down, in order: "1 Not started" ... "5 Always", "Don't know", "Not relevant here". */
    static List<String> answerLabels(Framework framework) {
        return framework.scale().stream().map(ResponseFormWorkbook::answerLabel).toList();
    }

    static String answerLabel(ScaleEntry entry) {
        return entry.rating().isScore() ? entry.rating().code() + " " + entry.label() : entry.label();
    }

    /**
     * A short fingerprint of what identifies a form and the order of its rows, so a workbook that
     * merely looks like a form, or one whose hidden parts were changed, is not read as one.
     */
    static String check(long assessmentId, long participantId, int frameworkVersion, List<String> codes) {
        String text = MARKER + "|" + LAYOUT_VERSION + "|" + assessmentId + "|" + participantId + "|"
                + frameworkVersion + "|" + String.join(",", codes);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    void write(ResponseForm form, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build(form, workbook);
            workbook.write(out);
        }
    }

    private void build(ResponseForm form, XSSFWorkbook workbook) {
        Framework framework = form.framework();
        Styles styles = new Styles(workbook);
        SheetCells cells = new SheetCells(workbook);
        XSSFSheet sheet = workbook.createSheet(FORM_SHEET);
        sheet.setColumnWidth(CODE_COLUMN, 8 * 256);
        sheet.setColumnHidden(CODE_COLUMN, true);
        sheet.setColumnWidth(STATEMENT_COLUMN, 70 * 256);
        sheet.setColumnWidth(ANSWER_COLUMN, 24 * 256);
        sheet.setColumnWidth(COMMENT_COLUMN, 45 * 256);

        int r = 0;
        if (!form.organisation().isEmpty()) {
            cells.text(sheet.createRow(r++).createCell(STATEMENT_COLUMN), form.organisation());
        }
        Cell title = sheet.createRow(r++).createCell(STATEMENT_COLUMN);
        title.setCellValue(messages.text("assessment.forms.sheet.title"));
        title.setCellStyle(styles.title);
        title.getRow().setHeightInPoints(24);
        Cell about = sheet.createRow(r++).createCell(STATEMENT_COLUMN);
        cells.text(about, messages.text("assessment.forms.sheet.assessment", form.assessment().title()));
        Cell who = sheet.createRow(r++).createCell(STATEMENT_COLUMN);
        cells.text(who, messages.text("assessment.forms.sheet.for", form.participant().name()));
        who.setCellStyle(styles.bold);
        who.getRow().setHeightInPoints(18);
        r++;
        r = heading(sheet, r, messages.text("assessment.forms.sheet.howHeading"), styles);
        r = wrapped(sheet, r, messages.text("assessment.forms.sheet.how1"), styles);
        r = wrapped(sheet, r, messages.text("assessment.forms.sheet.how2"), styles);
        String facilitator = form.assessment().facilitator() == null ? "" : form.assessment().facilitator().strip();
        r = wrapped(sheet, r, facilitator.isEmpty() ? messages.text("assessment.forms.sheet.sendBack")
                : messages.text("assessment.forms.sheet.sendBackTo", facilitator), styles);
        r++;
        r = heading(sheet, r, messages.text("assessment.forms.sheet.scaleHeading"), styles);
        for (ScaleEntry entry : framework.scale()) {
            r = wrapped(sheet, r, answerLabel(entry) + ": " + entry.description(), styles);
        }
        r++;
        Row header = sheet.createRow(r++);
        headerCell(header, STATEMENT_COLUMN, messages.text("assessment.forms.sheet.statement"), styles);
        headerCell(header, ANSWER_COLUMN, messages.text("assessment.forms.sheet.answer"), styles);
        headerCell(header, COMMENT_COLUMN, messages.text("assessment.forms.sheet.comment"), styles);
        header.setHeightInPoints(18);
        sheet.createFreezePane(0, r);
        sheet.setRepeatingRows(new CellRangeAddress(r - 1, r - 1, -1, -1));

        int firstAnswer = r;
        List<String> codes = new java.util.ArrayList<>();
        for (Area area : framework.areas()) {
            for (IndicatorGroup group : area.groups()) {
                if (group.indicators().isEmpty()) {
                    continue;
                }
                Row groupRow = sheet.createRow(r);
                Cell name = groupRow.createCell(STATEMENT_COLUMN);
                name.setCellValue(group.isPart() ? area.name() + ": " + group.name() : group.name());
                name.setCellStyle(styles.group);
                groupRow.createCell(ANSWER_COLUMN).setCellStyle(styles.group);
                groupRow.createCell(COMMENT_COLUMN).setCellStyle(styles.group);
                groupRow.setHeightInPoints(18);
                r++;
                for (Indicator indicator : group.indicators()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(CODE_COLUMN).setCellValue(indicator.code());
                    Cell statement = row.createCell(STATEMENT_COLUMN);
                    XSSFRichTextString text = new XSSFRichTextString(indicator.statement()
                            + (indicator.hint() == null || indicator.hint().isBlank() ? "" : "\n" + indicator.hint()));
                    text.applyFont(0, indicator.statement().length(), styles.boldFont);
                    if (text.length() > indicator.statement().length()) {
                        text.applyFont(indicator.statement().length(), text.length(), styles.hintFont);
                    }
                    statement.setCellValue(text);
                    statement.setCellStyle(styles.statement);
                    row.createCell(ANSWER_COLUMN).setCellStyle(styles.answer);
                    row.createCell(COMMENT_COLUMN).setCellStyle(styles.comment);
                    int chars = indicator.statement().length() + (indicator.hint() == null ? 0 : indicator.hint().length());
                    row.setHeightInPoints(15f * (2 + chars / 62));
                    codes.add(indicator.code());
                }
            }
        }
        addDropDown(sheet, framework, firstAnswer, r - 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.protectSheet(PROTECTION);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatRows(true);

        XSSFSheet details = workbook.createSheet(DETAILS_SHEET);
        detail(details, MARKER_ROW, "form", MARKER);
        detail(details, LAYOUT_ROW, "layout", LAYOUT_VERSION);
        detail(details, ASSESSMENT_ROW, "assessment", Long.toString(form.assessment().id()));
        detail(details, PARTICIPANT_ROW, "participant", Long.toString(form.participant().id()));
        detail(details, FRAMEWORK_ROW, "framework", Integer.toString(framework.version()));
        detail(details, CHECK_ROW, "check", check(form.assessment().id(), form.participant().id(),
                framework.version(), codes));
        details.protectSheet(PROTECTION);
        workbook.setSheetVisibility(workbook.getSheetIndex(details), SheetVisibility.VERY_HIDDEN);
        workbook.setActiveSheet(0);
        workbook.lockStructure();
        workbook.getProperties().getCoreProperties().setTitle(messages.text("assessment.forms.sheet.title")
                + " - " + form.participant().name());
        workbook.getProperties().getCoreProperties().setCreator(messages.text("app.name"));
    }

    private void addDropDown(XSSFSheet sheet, Framework framework, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createExplicitListConstraint(
                answerLabels(framework).toArray(String[]::new));
        DataValidation validation = helper.createValidation(list,
                new CellRangeAddressList(first, last, ANSWER_COLUMN, ANSWER_COLUMN));
        validation.setEmptyCellAllowed(true);
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(messages.text("assessment.forms.sheet.errorTitle"),
                messages.text("assessment.forms.sheet.errorText"));
        validation.setShowPromptBox(true);
        validation.createPromptBox(messages.text("assessment.forms.sheet.answer"),
                messages.text("assessment.forms.sheet.prompt"));
        sheet.addValidationData(validation);
    }

    private static int heading(XSSFSheet sheet, int r, String text, Styles styles) {
        Cell cell = sheet.createRow(r).createCell(STATEMENT_COLUMN);
        cell.setCellValue(text);
        cell.setCellStyle(styles.bold);
        cell.getRow().setHeightInPoints(18);
        return r + 1;
    }

    private static int wrapped(XSSFSheet sheet, int r, String text, Styles styles) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(STATEMENT_COLUMN);
        cell.setCellValue(text);
        cell.setCellStyle(styles.wrap);
        sheet.addMergedRegion(new CellRangeAddress(r, r, STATEMENT_COLUMN, COMMENT_COLUMN));
        row.setHeightInPoints(15f * (1 + text.length() / 130));
        return r + 1;
    }

    private static void headerCell(Row row, int column, String text, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private static void detail(XSSFSheet sheet, int row, String name, String value) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(name);
        r.createCell(1).setCellValue(value);
    }

    /** The looks of the form; every style but the answer and comment cells stays locked. */
    private static final class Styles {
        final XSSFFont boldFont;
        final XSSFFont hintFont;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle wrap;
        final CellStyle header;
        final CellStyle group;
        final CellStyle statement;
        final CellStyle answer;
        final CellStyle comment;

        Styles(XSSFWorkbook workbook) {
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            boldFont.setFontHeightInPoints((short) 12);
            hintFont = workbook.createFont();
            hintFont.setItalic(true);
            hintFont.setFontHeightInPoints((short) 11);
            hintFont.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
            XSSFFont big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = workbook.createCellStyle();
            title.setFont(big);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            group = workbook.createCellStyle();
            group.setFont(boldFont);
            group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            statement = workbook.createCellStyle();
            statement.setWrapText(true);
            statement.setVerticalAlignment(VerticalAlignment.TOP);
            border(statement);
            answer = workbook.createCellStyle();
            answer.setLocked(false);
            answer.setFont(boldFont);
            answer.setVerticalAlignment(VerticalAlignment.TOP);
            answer.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            answer.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(answer);
            comment = workbook.createCellStyle();
            comment.setLocked(false);
            comment.setWrapText(true);
            comment.setVerticalAlignment(VerticalAlignment.TOP);
            comment.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            comment.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(comment);
        }

        private static void border(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (style instanceof XSSFCellStyle x) {
                x.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
                x.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
                x.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
                x.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            }
        }
    }
}
