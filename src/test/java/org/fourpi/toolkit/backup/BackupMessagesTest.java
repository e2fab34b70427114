package org.fourpi.toolkit.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fourpi.toolkit.common.ui.Messages;
import org.junit.jupiter.api.Test;

/** Every backup text the code asks for exists, so no screen or command shows a raw key. */
class BackupMessagesTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.UK);

    @Test
    void everyBackupKeyUsedInCodeExists() throws IOException {
        Pattern key = Pattern.compile("\"(backup\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/fourpi/toolkit"))) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(java));
                while (m.find()) {
                    found++;
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(java.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyReasonAndKindHasItsSentence() {
        for (BackupProblem.Reason reason : BackupProblem.Reason.values()) {
            assertThat(bundle.containsKey(new BackupProblem(reason, null).messageKey())).as(reason.name()).isTrue();
        }
        for (BackupKind kind : BackupKind.values()) {
            assertThat(bundle.containsKey("backup.kind." + kind.name())).as(kind.name()).isTrue();
        }
    }
}
