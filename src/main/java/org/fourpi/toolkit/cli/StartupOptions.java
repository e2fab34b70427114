package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the window was asked to start: the data folder (empty for the usual place) and whether to
 * exit as soon as the main window shows its data.
 */
public record StartupOptions(Optional<Path> dataDir, boolean exitAfterStartup) {
}
