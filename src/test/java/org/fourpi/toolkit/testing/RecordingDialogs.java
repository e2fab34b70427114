package org.fourpi.toolkit.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fourpi.toolkit.common.ui.DialogService;
import org.fourpi.toolkit.common.ui.FileType;
import org.fourpi.toolkit.common.ui.PrintChoice;

/** A {@link DialogService} that records what would have been shown and gives set answers. */
public final class RecordingDialogs implements DialogService {

    /** One dialog that would have been shown. */
    public record Shown(String kind, String title, String message) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private boolean confirmAnswer;
    private Path fileToChoose;
    private PrintChoice printChoice = new PrintChoice.NoPrinter();
    private List<Path> filesToChoose = List.of();
    private Path folderToChoose;

    public RecordingDialogs answerConfirm(boolean answer) {
        this.confirmAnswer = answer;
        return this;
    }

    public RecordingDialogs chooseFile(Path file) {
        this.fileToChoose = file;
        return this;
    }

    /** How the print dialog is answered: no printer (the default), cancelled, or a printer chosen. */
    public RecordingDialogs answerPrint(PrintChoice choice) {
        this.printChoice = choice;
        return this;
    }

    public RecordingDialogs chooseFiles(List<Path> files) {
        this.filesToChoose = List.copyOf(files);
        return this;
    }

    public RecordingDialogs chooseFolder(Path folder) {
        this.folderToChoose = folder;
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        return Optional.ofNullable(fileToChoose);
    }

    @Override
    public PrintChoice choosePrinter(String jobName) {
        shown.add(new Shown("print", jobName, ""));
        return printChoice;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName) {
        return Optional.ofNullable(fileToChoose);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        return filesToChoose;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderToChoose);
    }
}
