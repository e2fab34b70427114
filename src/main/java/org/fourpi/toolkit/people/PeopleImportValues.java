package org.fourpi.toolkit.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DateUtil;
import org.fourpi.toolkit.common.text.Labelled;
import org.fourpi.toolkit.common.ui.Messages;

/**
 * Understands what people write in spreadsheets: headings in any case and spacing, choices by
 * their label or a common other name, lists split by commas, semicolons or slashes, and dates as
 * Excel keeps them or as people type them.
 */
final class PeopleImportValues {

    /** A cell that could not be understood: the message key and its arguments after the place. */
    static final class BadValue extends Exception {
        private final String key;
        private final transient Object[] args;
        private String hint = "";

        BadValue(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args.clone();
        }

        BadValue withHint(String sentence) {
            this.hint = sentence;
            return this;
        }

        /** A sentence to add after the problem, saying what would do instead; may be empty. */
        String hint() {
            return hint;
        }

        String key() {
            return key;
        }

        Object[] args() {
            return args.clone();
        }
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,7}(\\.0+)?");
    private static final Pattern ONLY_A_YEAR = Pattern.compile("(18|19|20)\\d\\d");
    /** The earliest date of birth a plain number is read as; anyone older is very unlikely to take part. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1910, 1, 1);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
    /** Characters that make a spreadsheet read a cell as a formula; some files write such text after a '. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Messages messages;
    private final Map<String, PeopleImportColumn> headers = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> choices = new HashMap<>();

    PeopleImportValues(Messages messages) {
        this.messages = messages;
        for (PeopleImportColumn column : PeopleImportColumn.values()) {
            headers.putIfAbsent(normalise(messages.text(column.labelKey())), column);
            headers.putIfAbsent(normalise(column.name()), column);
            column.commonHeaders().forEach(h -> headers.putIfAbsent(normalise(h), column));
        }
        register(Perspective.class, Map.of(
                Perspective.SERVICE_USER, List.of("service user", "user", "lived experience", "survivor",
                        "person with lived experience"),
                Perspective.CARER, List.of("family carer", "unpaid carer"),
                Perspective.BOTH, List.of("both", "carer and service user", "service user & carer"),
                Perspective.STAFF, List.of("staff member", "employee", "worker")));
        register(Role.class, Map.of(
                Role.TRUSTEE, List.of("trustee", "board member", "board"),
                Role.PEER_SUPPORTER, List.of("peer support", "peer worker"),
                Role.EXPERT_BY_EXPERIENCE, List.of("ebe", "expert by lived experience"),
                Role.OTHER, List.of("other")));
        register(InvolvementLevel.class, Map.of());
        register(AccessNeed.class, Map.of(
                AccessNeed.BSL_INTERPRETER, List.of("bsl", "british sign language", "sign language"),
                AccessNeed.OTHER_INTERPRETER, List.of("interpreter", "language interpreter"),
                AccessNeed.HEARING_LOOP, List.of("loop", "induction loop"),
                AccessNeed.STEP_FREE, List.of("step free", "wheelchair access", "level access"),
                AccessNeed.SUPPORT_WORKER, List.of("support worker", "pa", "personal assistant")));
        register(ContactMethod.class, Map.of(
                ContactMethod.EMAIL, List.of("e-mail"),
                ContactMethod.PHONE, List.of("telephone", "call", "phone"),
                ContactMethod.TEXT_MESSAGE, List.of("text", "sms", "texting"),
                ContactMethod.POST, List.of("letter", "by post")));
        register(InvolvementStatus.class, Map.of(
                InvolvementStatus.ACTIVE, List.of("current", "involved"),
                InvolvementStatus.TAKING_A_BREAK, List.of("break", "on a break", "paused", "on hold"),
                InvolvementStatus.LEFT, List.of("former", "no longer involved")));
    }

    /** Lower case, letters and digits only: "E-mail address" and "email  Address" read alike. */
    static String normalise(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** A mapping guessed from the headings; a heading nobody recognises is left out. */
    PeopleImportMapping guess(List<String> headings) {
        Map<Integer, PeopleImportColumn> map = new LinkedHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            PeopleImportColumn column = headers.get(normalise(headings.get(i)));
            if (column != null && !map.containsValue(column)) {
                map.put(i, column);
            }
        }
        return PeopleImportMapping.of(map);
    }

    // ---- cells ----------------------------------------------------------------------------------

    /** The text of a cell, with an apostrophe put before formula-like text (to keep it text) taken off. */
    static String text(String raw) {
        String text = raw.strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    /**
     * A phone number. Excel keeps a typed number such as 07700 900123 as the number 7700900123 and
     * drops its leading zero; ten digits with no zero in front are given it back.
     */
    static String phone(String raw) {
        String text = text(raw);
        return text.matches("[1-9]\\d{9}") ? "0" + text : text;
    }

    /**
     * A date of birth: an Excel date, yyyy-MM-dd, or day/month/year; null when blank. A plain number
     * is taken for an Excel date only when it gives a birth date between {@link #EARLIEST_BIRTH} and
     * today: otherwise a year on its own, such as 1975, would read as a day in 1905.
     */
    static LocalDate dateOfBirth(String raw, LocalDate today) throws BadValue {
        String text = text(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (EXCEL_SERIAL.matcher(text).matches()) {
            double serial = Double.parseDouble(text);
            if (serial >= 1 && DateUtil.isValidExcelDate(serial)) {
                LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
                if (!date.isBefore(EARLIEST_BIRTH) && !date.isAfter(today)) {
                    return date;
                }
            }
            if (ONLY_A_YEAR.matcher(text).matches()) {
                throw new BadValue("import.problem.onlyAYear", text);
            }
            throw new BadValue("import.problem.numberNotADate", text);
        }
        String datePart = text.split("[ T]", 2)[0];
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(datePart, format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        throw new BadValue("import.problem.notADate", text);
    }

    /** Yes or no; null when blank. */
    static Boolean yesNo(String raw) throws BadValue {
        String text = normalise(text(raw));
        if (text.isEmpty()) {
            return null;
        }
        return switch (text) {
            case "yes", "y", "true", "1", "x" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> throw new BadValue("import.problem.notYesNo", text(raw));
        };
    }

    /** One choice, by its label, its name or a common other name; null when blank. */
    <E extends Enum<E>> E choice(String raw, Class<E> type) throws BadValue {
        String text = text(raw);
        if (text.isEmpty()) {
            return null;
        }
        return lookUp(text, type);
    }

    /** Several choices, split by commas, semicolons, slashes or line breaks outside brackets. */
    <E extends Enum<E>> Set<E> choices(String raw, Class<E> type) throws BadValue {
        Set<E> set = EnumSet.noneOf(type);
        for (String part : split(text(raw))) {
            set.add(lookUp(part, type));
        }
        return set;
    }

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> E lookUp(String text, Class<E> type) throws BadValue {
        Enum<?> found = choices.get(type).get(normalise(text));
        if (found == null) {
            throw new BadValue("import.problem.notAChoice", text).withHint(choiceList(type));
        }
        return (E) found;
    }

    /** A sentence listing the label of every choice, for telling people what they may write. */
    <E extends Enum<E>> String choiceList(Class<E> type) {
        return messages.text("import.problem.choices", Arrays.stream(type.getEnumConstants())
                .map(e -> messages.text(((Labelled) e).labelKey()))
                .collect(Collectors.joining("; ")));
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '/' || c == '\n' || c == '\r')) {
                add(parts, part);
            } else {
                part.append(c);
            }
        }
        add(parts, part);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder part) {
        String text = part.toString().strip();
        if (!text.isEmpty()) {
            parts.add(text);
        }
        part.setLength(0);
    }

    /**
     * Every way a choice may be written: its name, its label, the label without words in brackets,
     * each side of a colon in the label ("A" and "individual care and treatment" for level A), and
     * the common other names given.
     */
    private <E extends Enum<E>> void register(Class<E> type, Map<E, List<String>> others) {
        Map<String, Enum<?>> byText = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            String label = messages.text(((Labelled) value).labelKey());
            List<String> names = new ArrayList<>(List.of(value.name(), label, label.replaceAll("\\(.*?\\)", "")));
            int colon = label.indexOf(':');
            if (colon > 0) {
                names.add(label.substring(0, colon));
                names.add(label.substring(colon + 1).replaceAll("\\(.*?\\)", ""));
            }
            names.addAll(others.getOrDefault(value, List.of()));
            for (String name : names) {
                String key = normalise(name);
                if (!key.isEmpty()) {
                    byText.putIfAbsent(key, value);
                }
            }
        }
        choices.put(type, byText);
    }
}
