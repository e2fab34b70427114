package org.fourpi.toolkit.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Feeds the heavy files of the corpus (bombs, a million rows, ten thousand pages) to their ways in,
 * in a copy of Java started with little memory: a way in that reads a whole bomb fails here with
 * OutOfMemoryError. Prints one line a file and ends with status 0 only when every check passed.
 */
public final class HeavyFilesRun {

    private HeavyFilesRun() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        List<HostileFiles.HostileFile> heavy = HostileFiles.make(Files.createDirectories(folder.resolve("files")), true)
                .stream().filter(HostileFiles.HostileFile::heavy).toList();
        int failed = 0;
        try (HostileIntake intake = new HostileIntake(folder.resolve("data"),
                Files.createDirectories(folder.resolve("out")))) {
            for (HostileFiles.HostileFile file : heavy) {
                for (Map.Entry<HostileFiles.Use, HostileFiles.Expect> entry : file.expected().entrySet()) {
                    try {
                        HostileFilesTest.check(intake, file, entry.getKey(), entry.getValue());
                        System.out.println("passed " + entry.getKey() + ": " + file);
                    } catch (Throwable t) {
                        failed++;
                        System.out.println("FAILED " + entry.getKey() + ": " + file + ": " + t);
                    }
                }
            }
        }
        System.out.println(heavy.size() + " heavy files, " + failed + " failed");
        System.exit(failed == 0 && !heavy.isEmpty() ? 0 : 1);
    }
}
