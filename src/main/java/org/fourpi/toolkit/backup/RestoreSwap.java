package org.fourpi.toolkit.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Puts an unpacked backup in place of the data, in steps that survive a crash at any point. The backup is
 * unpacked into a staging folder first; only when that is complete is the marker written. From then on
 * the restore is finished by whoever finds the marker (the program closing, or the next start), by
 * renames alone: the data being replaced is set aside, the staged data moved in, the marker removed,
 * and what was set aside deleted. A crash before the marker leaves the data as it was.
 * Runs only while the database is closed.
 */
public final class RestoreSwap {

    /** What {@link #finish} found to do. */
    public enum Outcome {
        /** No restore was under way. */
        NOTHING,
        /** A restore cut short before it was ready was abandoned; the data is as it was. */
        ROLLED_BACK,
        /** The restore was finished: the backup's data is now in place. */
        FINISHED
    }

    /** Called after each step, so that tests can stop the work there as a crash would. */
    @FunctionalInterface
    interface StepWatcher {
        void after(String step);
    }

    private RestoreSwap() {
    }

    /** True when a restore is ready and waits for the database to close. */
    public static boolean pending(Path root) {
        return Files.exists(root.resolve(DataFolderLayout.MARKER));
    }

    /** Finishes a restore that is ready, or abandons one cut short before it was, or does nothing. */
    public static Outcome finish(Path root) {
        return finish(root, step -> { });
    }

    static Outcome finish(Path root, StepWatcher watcher) {
        try {
            Path marker = root.resolve(DataFolderLayout.MARKER);
            Path staging = root.resolve(DataFolderLayout.STAGING);
            Path aside = root.resolve(DataFolderLayout.SET_ASIDE);
            Files.deleteIfExists(root.resolve(DataFolderLayout.MARKER + ".part"));
            if (!Files.exists(marker)) {
                // Data is set aside only after the marker is written: finding it means the restore got done.
                Outcome outcome = Files.exists(aside) ? Outcome.FINISHED
                        : Files.exists(staging) ? Outcome.ROLLED_BACK : Outcome.NOTHING;
                DataFolderLayout.deleteTree(staging);
                DataFolderLayout.deleteTree(aside);
                return outcome;
            }
            Properties plan = new Properties();
            plan.load(new StringReader(Files.readString(marker, StandardCharsets.UTF_8)));
            List<String> current = names(plan.getProperty("set.aside", ""));
            List<String> incoming = names(plan.getProperty("bring.in", ""));
            Files.createDirectories(aside);
            for (String name : current) {
                Path now = root.resolve(name);
                if (Files.exists(now) && !Files.exists(aside.resolve(name))) {
                    Files.move(now, aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    watcher.after("set aside " + name);
                }
            }
            for (String name : incoming) {
                Path staged = staging.resolve(name);
                if (!Files.exists(staged)) {
                    continue;
                }
                Path now = root.resolve(name);
                if (Files.exists(now)) {
                    // Something not in the plan took the name meanwhile: keep it aside too.
                    Path extra = aside.resolve(name + ".extra");
                    DataFolderLayout.deleteTree(extra);
                    Files.move(now, extra, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(staged, now, StandardCopyOption.ATOMIC_MOVE);
                watcher.after("bring in " + name);
            }
            syncFolder(root);
            Files.delete(marker);
            syncFolder(root);
            watcher.after("marker removed");
            DataFolderLayout.deleteTree(aside);
            DataFolderLayout.deleteTree(staging);
            return Outcome.FINISHED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the marker that makes the staged restore happen: first under another name, then renamed. */
    static void writeMarker(Path root, List<String> setAside, List<String> bringIn) throws IOException {
        Properties plan = new Properties();
        plan.setProperty("set.aside", String.join("/", setAside));
        plan.setProperty("bring.in", String.join("/", bringIn));
        StringWriter text = new StringWriter();
        plan.store(text, "A restore from backup is under way. The program finishes it when it next starts.");
        Path part = root.resolve(DataFolderLayout.MARKER + ".part");
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            channel.force(true);
        }
        Files.move(part, root.resolve(DataFolderLayout.MARKER), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        syncFolder(root);
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : Arrays.asList(list.split("/"))) {
            if (!name.isEmpty() && (name.equals(DataFolderLayout.DATABASE) || name.equals(DataFolderLayout.ATTACHMENTS)
                    || DataFolderLayout.isDataFileName(name))) {
                names.add(name);
            }
        }
        return names;
    }

    /** Makes renames in a folder durable where the system allows it (not on Windows, where they already are). */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder this way; its renames are written through anyway.
        }
    }
}
