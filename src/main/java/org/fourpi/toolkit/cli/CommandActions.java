package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;

/** What the command line can ask of the program; the launcher carries it out. Each returns an exit code. */
public interface CommandActions {

    int openWindow(StartupOptions options);

    int addExampleData(Optional<Path> dataDir);
}
