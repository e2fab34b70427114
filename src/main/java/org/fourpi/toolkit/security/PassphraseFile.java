package org.fourpi.toolkit.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a passphrase for the command line from the first line of a file (--passphrase-file). */
public final class PassphraseFile {

    private PassphraseFile() {
    }

    /** The first line, without its line ending; spaces inside and around it count. */
    public static char[] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            char[] text = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).array();
            int start = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int end = start;
            while (end < text.length && text[end] != '\n' && text[end] != '\r' && text[end] != '\0') {
                end++;
            }
            char[] line = Arrays.copyOfRange(text, start, end);
            Arrays.fill(text, '\0');
            return line;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
