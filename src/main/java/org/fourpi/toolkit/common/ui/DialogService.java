package org.fourpi.toolkit.common.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs and file choosers, behind an interface so view models can be tested without a window. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Asks a yes-or-no question; true when the person chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /**
     * Asks a yes-or-no question where "no" is the safe answer: Enter and Escape both choose
     * {@code safeLabel}; true only when the person chose {@code riskyLabel}.
     */
    default boolean confirmRisky(String title, String message, String riskyLabel, String safeLabel) {
        return confirm(title, message, riskyLabel, safeLabel);
    }

    Optional<Path> chooseFileToOpen(String title, FileType type);

    /** Asks where to save a file, offering {@code suggestedName}. */
    Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName);

    /**
     * Shows the computer's own print dialog for a document called {@code jobName}. Nothing is printed yet:
     * the choice made carries the job to print with. A service that cannot print says no printer is set up.
     */
    default PrintChoice choosePrinter(String jobName) {
        return new PrintChoice.NoPrinter();
    }

    /** Asks for one or more files to open; empty when the person chose none. */
    default List<Path> chooseFilesToOpen(String title, FileType type) {
        return chooseFileToOpen(title, type).map(List::of).orElse(List.of());
    }

    /** Asks for a folder, for example to save several files into. */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
