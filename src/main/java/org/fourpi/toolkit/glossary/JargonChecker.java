package org.fourpi.toolkit.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in named pieces of text, the glossary terms they use and the abbreviations they leave
 * unexplained, so that papers follow the 4PI Process standard: avoid jargon, or explain it.
 *
 * <p>Glossary terms are found as whole words, whatever their capitals, with a plural "s" or "es"
 * allowed; a term of several words matches with any spaces or line breaks between its words.
 *
 * <p>Likely jargon is an abbreviation: a whole word of 2 to 6 capital letters and digits (CMHT, ICB,
 * 4PI, S117), with a plural "s" allowed (CMHTs counts as CMHT). Capitals must match: "cpa" is not
 * counted. A word with a single letter needs at least two digits (S117 counts, A4 and Q3 do not).
 * These are not reported:
 * <ul>
 *   <li>abbreviations in the glossary (a glossary term "CCG/ICB" covers both);</li>
 *   <li>{@link #WELL_KNOWN} abbreviations that everybody knows, and {@link #EMPHASIS} words that
 *       people write in capitals to stress them ("do NOT");</li>
 *   <li>Roman numerals (II, IV, XII);</li>
 *   <li>an abbreviation written in the same piece with its meaning in brackets, either way round:
 *       "Integrated Care Board (ICB)" or "ICB (Integrated Care Board)". The words must begin with the
 *       abbreviation's letters in order, so "ICB (see page 4)" is not an explanation;</li>
 *   <li>words on a line written wholly in capitals, with three words or more (a heading such as
 *       "MINUTES OF THE MEETING"), which are more likely ordinary words than abbreviations.</li>
 * </ul>
 *
 * <p>Pure: no database, no files, no screen.
 */
public final class JargonChecker {

    /** Abbreviations that everybody knows, left out of the unexplained list. */
    public static final Set<String> WELL_KNOWN = Set.of("AM", "PM", "BBC", "CV", "DVD", "EU", "FAQ", "GP", "GMT",
            "BST", "ID", "ITV", "MP", "NB", "NHS", "OK", "PC", "PDF", "PS", "TV", "UK", "USA", "VAT");

    /** Ordinary words that people write in capitals to stress them. */
    public static final Set<String> EMPHASIS = Set.of("ALL", "AND", "ANY", "BE", "BY", "DO", "IF", "IS", "IT", "MUST",
            "NEW", "NO", "NOT", "NOW", "ONLY", "OR", "THE", "TO", "WE", "YES", "YOU");

    private static final String EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String EDGE_AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern ABBREVIATION = Pattern.compile(EDGE_BEFORE + "([A-Z0-9]{2,6})(s?)" + EDGE_AFTER);
    private static final Pattern ROMAN_NUMERAL =
            Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final Pattern BRACKETS_AFTER = Pattern.compile("\\G\\s*\\(([^()]{1,200})\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern CAPITALS_WORD = Pattern.compile("[\\p{Lu}\\p{N}]*\\p{Lu}[\\p{Lu}\\p{N}]*");

    private JargonChecker() {
    }

    /**
     * Checks the pieces against the glossary.
     *
     * @param pieces   the texts to check, each named by where a reader finds it; pieces with the same
     *                 name count as one place
     * @param glossary the organisation's glossary
     */
    public static JargonReport check(List<TextPiece> pieces, List<GlossaryTerm> glossary) {
        List<UsedTerm> used = new ArrayList<>();
        for (GlossaryTerm term : glossary) {
            Pattern pattern = termPattern(term.term());
            if (pattern == null) {
                continue;
            }
            Map<String, Integer> places = new LinkedHashMap<>();
            for (TextPiece piece : pieces) {
                int times = (int) pattern.matcher(piece.text()).results().count();
                if (times > 0) {
                    places.merge(piece.where(), times, Integer::sum);
                }
            }
            if (!places.isEmpty()) {
                used.add(new UsedTerm(term, toPlaces(places)));
            }
        }
        Set<String> inGlossary = glossaryAbbreviations(glossary);
        Map<String, Map<String, Integer>> unexplained = new TreeMap<>();
        for (TextPiece piece : pieces) {
            for (Map.Entry<String, Integer> found : unexplainedIn(piece.text(), inGlossary).entrySet()) {
                unexplained.computeIfAbsent(found.getKey(), k -> new LinkedHashMap<>())
                        .merge(piece.where(), found.getValue(), Integer::sum);
            }
        }
        List<UnexplainedTerm> jargon = unexplained.entrySet().stream()
                .map(e -> new UnexplainedTerm(e.getKey(), toPlaces(e.getValue()))).toList();
        return new JargonReport(used, jargon);
    }

    /** Checks one text, named by where it is, against the glossary. */
    public static JargonReport check(String where, String text, List<GlossaryTerm> glossary) {
        return check(List.of(new TextPiece(where, text)), glossary);
    }

    /** Whether a word would count as an abbreviation to explain, before the glossary is looked at. */
    public static boolean looksLikeJargon(String word) {
        Matcher m = ABBREVIATION.matcher(word == null ? "" : word);
        return m.matches() && isCandidate(m.group(1));
    }

    /** The unexplained abbreviations in one text, each with how many times it appears. */
    private static Map<String, Integer> unexplainedIn(String text, Set<String> inGlossary) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> explained = new HashSet<>();
        Set<Integer> shoutedLineStarts = shoutedLines(text);
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            String abbreviation = m.group(1);
            if (!isCandidate(abbreviation) || inGlossary.contains(abbreviation.toLowerCase(Locale.ROOT))
                    || shoutedLineStarts.contains(lineStart(text, m.start()))) {
                continue;
            }
            if (explainedAt(text, abbreviation, m.start(), m.end())) {
                explained.add(abbreviation);
            }
            counts.merge(abbreviation, 1, Integer::sum);
        }
        counts.keySet().removeAll(explained);
        return counts;
    }

    private static boolean isCandidate(String word) {
        if (WELL_KNOWN.contains(word) || EMPHASIS.contains(word) || ROMAN_NUMERAL.matcher(word).matches()) {
            return false;
        }
        long letters = word.chars().filter(Character::isLetter).count();
        if (letters == 0 || letters == 1 && word.length() - letters < 2) {
            return false;
        }
        // "10AM" is a time, not an abbreviation.
        return !WELL_KNOWN.contains(word.replaceFirst("^[0-9]+", ""));
    }

    /** "ICB (Integrated Care Board)" or "Integrated Care Board (ICB)". */
    private static boolean explainedAt(String text, String abbreviation, int start, int end) {
        String letters = abbreviation.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
        if (letters.isEmpty()) {
            return false;
        }
        Matcher after = BRACKETS_AFTER.matcher(text);
        if (after.find(end) && after.start() == end && beginsWith(initials(after.group(1)), letters, false)) {
            return true;
        }
        String before = text.substring(0, start).stripTrailing();
        String rest = text.substring(end).stripLeading();
        if (before.endsWith("(") && rest.startsWith(")")) {
            List<String> words = WORD.matcher(before.substring(0, before.length() - 1)).results()
                    .map(r -> r.group()).toList();
            List<String> window = words.subList(Math.max(0, words.size() - (2 * letters.length() + 3)), words.size());
            return beginsWith(initials(String.join(" ", window)), letters, true);
        }
        return false;
    }

    /** The first letter or digit of each word, in lower case. */
    private static String initials(String words) {
        StringBuilder initials = new StringBuilder();
        WORD.matcher(words).results().forEach(r -> initials.append(Character.toLowerCase(r.group().charAt(0))));
        return initials.toString();
    }

    /**
     * Whether the letters appear in order among the initials. Words in brackets after the abbreviation
     * must start with its first letter; words before it may have others in front ("the Integrated ...").
     */
    private static boolean beginsWith(String initials, String letters, boolean anywhere) {
        if (initials.isEmpty() || !anywhere && initials.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < initials.length() && at < letters.length(); i++) {
            if (initials.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }

    /** Where each line starts that is written wholly in capitals, with three words or more. */
    private static Set<Integer> shoutedLines(String text) {
        Set<Integer> starts = new HashSet<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            List<String> words = WORD.matcher(line).results().map(r -> r.group())
                    .filter(w -> w.chars().anyMatch(Character::isLetter)).toList();
            if (words.size() >= 3 && words.stream().allMatch(w -> CAPITALS_WORD.matcher(w).matches())) {
                starts.add(start);
            }
            start += line.length() + 1;
        }
        return starts;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** The glossary's terms in lower case, and each part of a term such as "CCG/ICB". */
    private static Set<String> glossaryAbbreviations(List<GlossaryTerm> glossary) {
        Set<String> keys = new HashSet<>();
        for (GlossaryTerm term : glossary) {
            String key = GlossaryRules.key(term.term());
            keys.add(key);
            for (String part : key.split("\\s*/\\s*")) {
                keys.add(part);
            }
        }
        return keys;
    }

    /** Whole words, any capitals, any spaces between words, and a plural "s" or "es". */
    private static Pattern termPattern(String term) {
        List<String> words = List.of(GlossaryRules.cleanTerm(term).split(" "));
        if (words.isEmpty() || words.getFirst().isEmpty()) {
            return null;
        }
        String body = String.join("\\s+", words.stream().map(Pattern::quote).toList());
        return Pattern.compile(EDGE_BEFORE + body + "(?:s|es)?" + EDGE_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<Place> toPlaces(Map<String, Integer> places) {
        return places.entrySet().stream().map(e -> new Place(e.getKey(), e.getValue())).toList();
    }
}
