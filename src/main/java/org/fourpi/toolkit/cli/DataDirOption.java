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

    /** A command's own --data-dir, or else the one given before the command's name. */
    Optional<Path> orElseFrom(ToolkitCommand parent) {
        return value().or(() -> parent.dataDir().value());
    }
}
