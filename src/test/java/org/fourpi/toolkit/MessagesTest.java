package org.fourpi.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fourpi.toolkit.app.Section;
import org.fourpi.toolkit.common.ui.Messages;
import org.junit.jupiter.api.Test;

/** Every text the program asks for exists, so no screen ever shows a raw key. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK);

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        for (Path fxml : files(RESOURCES, ".fxml")) {
            Matcher m = key.matcher(Files.readString(fxml));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(fxml.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Pattern key = Pattern.compile("\"((?:app|section|menu|navigation|status|close|about|error|startup|cli|home"
                + "|profile|appearance|people|presence|import|export|validation|payments|meetings|glossary)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        int found = 0;
        for (Path java : files(SOURCES, ".java")) {
            Matcher m = key.matcher(Files.readString(java));
            while (m.find()) {
                found++;
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(java.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(found).as("keys found in code").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void everySectionHasANameAndEveryUnbuiltSectionASentence() {
        for (Section section : Section.values()) {
            assertThat(bundle.containsKey(section.nameKey())).as(section.nameKey()).isTrue();
            if (section != Section.HOME && section != Section.SETTINGS) {
                assertThat(bundle.getString(section.notBuiltKey())).as(section.notBuiltKey()).isNotBlank();
            }
        }
    }

    @Test
    void everyTextIsAValidPattern() {
        for (String k : bundle.keySet()) {
            String text = bundle.getString(k);
            if (text.contains("{0")) {
                assertThat(new MessageFormat(text, Locale.UK).format(new Object[] {1, 2, 3, 4, 5, 6})).as(k).doesNotContain("{");
            }
        }
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(ending)).toList();
        }
    }
}
