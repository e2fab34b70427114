package org.fourpi.toolkit.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The one place where privacy work reads and removes the files the program keeps (documents on a
 * person's record, receipts on claims), through the services that own them.
 */
public final class HeldFiles {

    private final LongFunction<Optional<Path>> document;
    private final Function<String, Path> receipt;
    private final Consumer<String> delete;

    /**
     * @param document where a document on a person's record is kept, by its id
     * @param receipt  where a receipt is kept, by its stored name
     * @param delete   removes a kept file by its stored name
     */
    public HeldFiles(LongFunction<Optional<Path>> document, Function<String, Path> receipt, Consumer<String> delete) {
        this.document = document;
        this.receipt = receipt;
        this.delete = delete;
    }

    /** Copies a kept file to {@code target}; false when it is missing. */
    boolean copy(PrivacyRepository.HeldFile file, Path target) throws IOException {
        Optional<Path> source = file.kind() == PrivacyRepository.HeldFile.Kind.DOCUMENT
                ? document.apply(file.id()) : Optional.of(receipt.apply(file.storedName()));
        if (source.isEmpty() || !Files.isRegularFile(source.get())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(source.get()); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
        return true;
    }

    /** Removes kept files; returns the stored names of those that could not be removed. */
    List<String> deleteAll(List<String> storedNames) {
        List<String> left = new ArrayList<>();
        for (String name : storedNames) {
            try {
                delete.accept(name);
            } catch (RuntimeException e) {
                left.add(name);
            }
        }
        return left;
    }
}
