package org.fourpi.toolkit.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the framework from its XML resource file (see framework-4pi-1.xml for the shape). */
public final class FrameworkFile {

    /** The framework version new assessments use. */
    public static final int CURRENT_VERSION = 1;

    private FrameworkFile() {
    }

    /** The framework of a given version, shipped with the program. */
    public static Framework standard(int version) {
        String name = "framework-4pi-" + version + ".xml";
        try (InputStream in = FrameworkFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No framework file " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The framework new assessments use. */
    public static Framework current() {
        return standard(CURRENT_VERSION);
    }

    /**
     * Reads a framework file.
     *
     * @throws IllegalArgumentException when the file is not a well-formed framework (names what is wrong)
     */
    public static Framework read(InputStream in) throws IOException {
        Document document = parse(in);
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("framework")) {
            throw new IllegalArgumentException("A framework file starts with <framework>");
        }
        int version = Integer.parseInt(required(root, "version"));
        List<Area> areas = new ArrayList<>();
        List<ImpactQuestion> questions = new ArrayList<>();
        for (Element area : children(root, "area")) {
            String code = required(area, "code");
            String name = required(area, "name");
            String about = text(area, "about").orElse("");
            List<IndicatorGroup> groups = new ArrayList<>();
            List<Element> parts = children(area, "part");
            if (parts.isEmpty()) {
                groups.add(new IndicatorGroup(code, code, name, about, texts(area, "question"),
                        indicators(area, code, null)));
            }
            for (Element part : parts) {
                String partCode = required(part, "code");
                groups.add(new IndicatorGroup(partCode, code, required(part, "name"), about,
                        texts(part, "question"), indicators(part, code, partCode)));
            }
            for (Element question : children(area, "impact-question")) {
                questions.add(new ImpactQuestion(required(question, "code"), question.getTextContent().strip()));
            }
            areas.add(new Area(code, name, about, groups));
        }
        List<ScaleEntry> scale = new ArrayList<>();
        for (Element scaleElement : children(root, "scale")) {
            for (Element level : children(scaleElement, "level")) {
                scale.add(new ScaleEntry(Rating.ofScore(Integer.parseInt(required(level, "value"))),
                        required(level, "label"), level.getTextContent().strip()));
            }
            for (Element other : children(scaleElement, "other")) {
                String value = required(other, "value");
                scale.add(new ScaleEntry(Rating.fromCode(value).orElseThrow(
                        () -> new IllegalArgumentException("Unknown scale value " + value)),
                        required(other, "label"), other.getTextContent().strip()));
            }
        }
        return new Framework(version, required(root, "source"), areas, questions, scale);
    }

    private static List<Indicator> indicators(Element parent, String areaCode, String partCode) {
        List<Indicator> indicators = new ArrayList<>();
        for (Element e : children(parent, "indicator")) {
            String code = required(e, "code");
            String evidence = e.getAttribute("evidence");
            indicators.add(new Indicator(code, areaCode, partCode,
                    text(e, "statement").orElseThrow(() -> missing(code, "statement")),
                    text(e, "hint").orElseThrow(() -> missing(code, "hint")),
                    text(e, "prompt").orElseThrow(() -> missing(code, "prompt")),
                    evidence.isBlank() ? null : EvidenceKind.valueOf(evidence),
                    Boolean.parseBoolean(e.getAttribute("impact-area"))));
        }
        return indicators;
    }

    private static IllegalArgumentException missing(String code, String what) {
        return new IllegalArgumentException("Indicator " + code + " has no <" + what + ">");
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setIgnoringComments(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("The framework file cannot be read: " + e.getMessage(), e);
        }
    }

    private static String required(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        if (value.isBlank()) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> has no " + attribute);
        }
        return value.strip();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().strip()).toList();
    }

    private static Optional<String> text(Element parent, String tag) {
        return children(parent, tag).stream().findFirst().map(e -> e.getTextContent().strip())
                .filter(s -> !s.isEmpty());
    }
}
