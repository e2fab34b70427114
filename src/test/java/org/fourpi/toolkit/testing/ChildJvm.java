package org.fourpi.toolkit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

    /** How a program run to its end finished, and what it printed. */
    public record Finished(int exitCode, String out, String err) {
    }

    /**
     * Runs {@code main} to its end (at most 120 s) with nothing on its input, and returns what it printed.
     *
     * @param headlessWindow whether the child gets the tests' headless window settings (Monocle), for a
     *                       program that opens its window
     */
    public static Finished run(Class<?> main, boolean headlessWindow, String... args)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>();
        if (headlessWindow) {
            for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text")) {
                String value = System.getProperty(property);
                if (value != null) {
                    options.add("-D" + property + "=" + value);
                }
            }
        }
        Process process = new ProcessBuilder(command(main, options, args)).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = new CompletableFuture<>();
        CompletableFuture<String> err = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> out.complete(readAll(process.getInputStream())));
        Thread.ofVirtual().start(() -> err.complete(readAll(process.getErrorStream())));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The program did not exit within 120 s");
        }
        return new Finished(process.exitValue(), out.join(), err.join());
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
