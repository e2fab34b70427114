package org.fourpi.toolkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import org.fourpi.toolkit.common.ui.Messages;

/** A people file as an organisation might bring from another list: new people, headings as people write them. */
final class ImportFile {

    private static final String[] FIRST = {"Alys", "Bola", "Cerys", "Dev", "Efe", "Farah", "Gethin", "Hana", "Ivan",
        "Jude", "Kemi", "Lowri", "Mina", "Noor", "Osian", "Pip", "Quinn", "Rani", "Seren", "Tunde"};
    private static final String[] LAST = {"Abbott", "Bhatt", "Carter", "Dlamini", "Ellis", "Flynn", "Gill", "Hart",
        "Iqbal", "Jenkins", "Kerr", "Lloyd", "Moss", "Nash", "Osei", "Parry", "Quayle", "Rahman", "Sutton", "Tran"};
    private static final String[] PERSPECTIVES = {"SERVICE_USER", "CARER", "BOTH", "VOLUNTEER"};

    private ImportFile() {
    }

    /** Writes {@code rows} people, none already in the register (their email and phone are new). */
    static Path write(Path file, int rows, Messages messages) {
        Random random = new Random(7);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Surname,Email address,Mobile,Perspective,Status\r\n");
            for (int i = 1; i <= rows; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                out.write(String.join(",", first, last,
                        (first + "." + last).toLowerCase(Locale.ROOT) + ".new" + i + "@example.net",
                        String.format("07700 8%05d", i),
                        messages.text("people.perspective." + PERSPECTIVES[random.nextInt(PERSPECTIVES.length)]),
                        messages.text("people.status.ACTIVE")));
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
