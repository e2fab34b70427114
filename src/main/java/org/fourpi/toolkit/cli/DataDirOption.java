package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

/** The --data-dir option, shared by the program and its commands. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Use the data in DIR instead of the usual place for this computer.")
    private Path dataDir;

    Optional<Path> value() {
        return Optional.ofNullable(dataDir);
    }
}
