package org.fourpi.toolkit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.people.Perspective;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

/** Every text the list and the wizard ask for by name is in the program's texts. */
class WizardMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/fourpi/toolkit/assessment");

    @Test
    void everyKeyTheWizardUsesExists() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, java.util.Locale.UK);
        Pattern key = Pattern.compile("\"(assessment\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path java : files.filter(p -> p.getFileName().toString().matches("(Assessments|Wizard).*\\.java"))
                    .toList()) {
                Matcher m = key.matcher(Files.readString(java));
                while (m.find()) {
                    found++;
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(java.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(100);
        assertThat(missing).isEmpty();
        for (Rating rating : List.of(Rating.DONT_KNOW, Rating.NOT_RELEVANT)) {
            assertThat(bundle.containsKey("assessment.wizard.short." + rating.code())).isTrue();
        }
    }

    @Test
    void aPersonIsShownWithTheirPerspective() {
        WizardStartViewModel start = new WizardStartViewModel(TestServices.MESSAGES);
        assertThat(start.shown(new WizardStartViewModel.ParticipantRow(null, null, "Ben", Perspective.CARER)))
                .isEqualTo("Ben, Carer");
    }
}
