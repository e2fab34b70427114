package org.fourpi.toolkit.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that runs a class's main method in a separate copy of Java, on the tests' classpath. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Runs {@code main} with the arguments, on the same Java and classpath as the tests. */
    public static List<String> command(Class<?> main, String... args) {
        return command(main, List.of(), args);
    }

    /** Runs {@code main} with the arguments, with extra Java options before the classpath. */
    public static List<String> command(Class<?> main, List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(javaOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
