package org.fourpi.toolkit.payments;

import java.util.Optional;

import org.fourpi.toolkit.common.files.FileSignature;

/** The kinds of file kept as receipts, recognised by their first bytes whatever the file is called. */
public enum ReceiptType {
    PDF,
    JPEG,
    PNG;

    /** The type of a file from its first eight bytes; empty when it is none of these. */
    public static Optional<ReceiptType> of(byte[] head) {
        if (FileSignature.startsWith(head, '%', 'P', 'D', 'F')) {
            return Optional.of(PDF);
        }
        if (FileSignature.startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (FileSignature.startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }
}
