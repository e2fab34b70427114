package org.fourpi.toolkit.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

/** The --data-dir option, shared by the program and its commands. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    Optional<Path> value() {
        return Optional.ofNullable(dataDir);
    }
}
