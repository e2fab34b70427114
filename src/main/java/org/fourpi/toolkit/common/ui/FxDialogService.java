package org.fourpi.toolkit.common.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The {@link DialogService} of the running program: plain JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Supplier<String> textStyle;

    /**
     * @param owner     the window the dialogs belong to
     * @param textStyle the inline style that sets the chosen text size, so dialogs follow it too
     */
    public FxDialogService(Supplier<Window> owner, Supplier<String> textStyle) {
        this.owner = owner;
        this.textStyle = textStyle;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmRisky(String title, String message, String riskyLabel, String safeLabel) {
        ButtonType risky = new ButtonType(riskyLabel, ButtonBar.ButtonData.OTHER);
        ButtonType safe = new ButtonType(safeLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, risky, safe);
        ((Button) alert.getDialogPane().lookupButton(safe)).setDefaultButton(true);
        return alert.showAndWait().filter(risky::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileType type, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public PrintChoice choosePrinter(String jobName) {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            printer = Printer.getAllPrinters().stream().findFirst().orElse(null);
        }
        if (printer == null) {
            return new PrintChoice.NoPrinter();
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            return new PrintChoice.NoPrinter();
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return new PrintChoice.Cancelled();
        }
        return new PrintChoice.Chosen(new FxDocumentPrinter(job));
    }

    private Alert alert(Alert.AlertType kind, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(kind, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.getStyleClass().add(Styles.DIALOG_TEXT);
        content.setAccessibleText(message);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().add(FxDialogService.class.getResource(Styles.STYLESHEET).toExternalForm());
        alert.getDialogPane().setStyle(textStyle.get());
        alert.setResizable(true);
        return alert;
    }
}
