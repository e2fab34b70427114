package org.fourpi.toolkit.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.fourpi.toolkit.app.AppInfo;
import org.fourpi.toolkit.common.db.DataFolder;
import org.fourpi.toolkit.common.db.DataFolderException;
import org.fourpi.toolkit.common.db.DataKey;
import org.fourpi.toolkit.common.db.Database;
import org.fourpi.toolkit.common.ui.Messages;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.settings.PreferencesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the whole data folder as one zip file, and restore from them. A backup is written under a
 * temporary name, forced to disk, checked by opening its database copy and reading every file back, and
 * only then renamed to its real name, so a backup that exists is one that works. Automatic backups go to
 * the data folder's backups folder when the program closes and at most once a day; the newest few are kept.
 */
public final class BackupService {

    public static final int DEFAULT_KEEP = 14;
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 365;
    static final String KEEP_PREFERENCE = "backups-kept";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);
    private static final Pattern BACKUP_NAME =
            Pattern.compile("4PI-backup-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d{1,4}))?\\.zip");
    private static final String DB_PREFIX = "database/";
    private static final String ATTACHMENT_PREFIX = "attachments/";
    private static final String ROOT_PREFIX = "root/";
    private static final long MIN_FREE_BYTES = 1024 * 1024;

    private final Database database;
    private final DataFolder folder;
    private final DataKey key;
    private final Clock clock;
    private final PreferencesService preferences;
    private final Messages texts;
    private final Consumer<Path> beforeCheck;
    private final BackupRepository repository = new BackupRepository();

    public BackupService(Database database, DataFolder folder, DataKey key, Clock clock, PreferencesService preferences,
                         Messages texts) {
        this(database, folder, key, clock, preferences, texts, file -> { });
    }

    /** @param beforeCheck sees each backup between writing and checking it (tests damage it there) */
    BackupService(Database database, DataFolder folder, DataKey key, Clock clock, PreferencesService preferences,
                  Messages texts, Consumer<Path> beforeCheck) {
        this.database = database;
        this.folder = folder;
        this.key = key;
        this.clock = clock;
        this.preferences = preferences;
        this.texts = texts;
        this.beforeCheck = beforeCheck;
    }

    /** Where automatic backups go. */
    public Path automaticFolder() {
        return folder.backupFolder();
    }

    /** How many automatic backups are kept. */
    public int keep() {
        return preferences.value(KEEP_PREFERENCE).map(v -> {
            try {
                return Math.clamp(Integer.parseInt(v), MIN_KEEP, MAX_KEEP);
            } catch (NumberFormatException e) {
                return DEFAULT_KEEP;
            }
        }).orElse(DEFAULT_KEEP);
    }

    /** Keeps the newest {@code count} automatic backups from now on (1 to 365). */
    public void saveKeep(int count) {
        if (count < MIN_KEEP || count > MAX_KEEP) {
            throw new IllegalArgumentException("Backups kept must be 1 to 365, not " + count);
        }
        preferences.remember(KEEP_PREFERENCE, Integer.toString(count));
    }

    /** When the newest backup in the automatic folder was made, of any kind. */
    public Optional<LocalDateTime> lastBackup() {
        return backupsIn(automaticFolder()).stream().map(Named::madeAt).max(Comparator.naturalOrder());
    }

    /**
     * Writes a backup into any folder, for example a memory stick.
     *
     * @throws CancellationException when the progress asks it to stop; nothing is left behind
     */
    public Path backupTo(Path target, Progress progress) {
        return write(target, BackupKind.MANUAL, "4PI-backup-", progress);
    }

    /** The backup made as the program closes; older automatic ones beyond the number kept are removed. */
    public Path backupOnClose() {
        Path made = write(automaticFolder(), BackupKind.AUTOMATIC, "4PI-backup-", Progress.NONE);
        prune();
        return made;
    }

    /** Makes an automatic backup when the newest one is over a day old (or there is none). */
    public Optional<Path> backupIfDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<LocalDateTime> last = lastAutomatic();
        if (last.isPresent() && Duration.between(last.get(), now).compareTo(Duration.ofHours(24)) < 0) {
            return Optional.empty();
        }
        Path made = write(automaticFolder(), BackupKind.AUTOMATIC, "4PI-backup-", Progress.NONE);
        prune();
        return Optional.of(made);
    }

    /** Removes automatic backups beyond the number kept, oldest first; others are never removed. */
    void prune() {
        List<Named> automatic = new ArrayList<>(backupsIn(automaticFolder()).stream()
                .filter(n -> kindOf(n.file()).filter(k -> k == BackupKind.AUTOMATIC).isPresent()).toList());
        automatic.sort(Comparator.comparing(Named::madeAt).thenComparing(Named::number).reversed());
        for (Named old : automatic.subList(Math.min(keep(), automatic.size()), automatic.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("An old backup could not be removed: {}", old.file(), e);
            }
        }
    }

    private Optional<LocalDateTime> lastAutomatic() {
        return backupsIn(automaticFolder()).stream()
                .filter(n -> kindOf(n.file()).filter(k -> k == BackupKind.AUTOMATIC).isPresent())
                .map(Named::madeAt).max(Comparator.naturalOrder());
    }

    private record Named(Path file, LocalDateTime madeAt, int number) {
    }

    private static List<Named> backupsIn(Path where) {
        if (!Files.isDirectory(where)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(where)) {
            List<Named> found = new ArrayList<>();
            for (Path file : files.toList()) {
                Matcher m = BACKUP_NAME.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    try {
                        found.add(new Named(file, LocalDateTime.parse(m.group(1), NAME_TIME),
                                m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
                    } catch (java.time.format.DateTimeParseException ignored) {
                        // Not a name this program gave.
                    }
                }
            }
            return found;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<BackupKind> kindOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.NAME);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(BackupManifest.readFrom(in).kind());
            }
        } catch (IOException | BackupProblem e) {
            return Optional.empty();
        }
    }

    /** A safety copy of the data as it is, in the automatic folder, before a restore replaces it. */
    Path backupBeforeRestore(Progress progress) {
        return write(automaticFolder(), BackupKind.BEFORE_RESTORE, "4PI-before-restore-", progress);
    }

    private Path write(Path target, BackupKind kind, String prefix, Progress progress) {
        Path where = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(where);
        } catch (IOException | SecurityException e) {
            throw new BackupProblem(BackupProblem.Reason.FOLDER_NOT_WRITABLE, e);
        }
        if (!Files.isDirectory(where) || !Files.isWritable(where)) {
            throw new BackupProblem(BackupProblem.Reason.FOLDER_NOT_WRITABLE, null);
        }
        LocalDateTime madeAt = LocalDateTime.now(clock).withSecond(0).withNano(0);
        Path finalName = freeName(where, prefix + NAME_TIME.format(madeAt));
        Path temp = where.resolve("." + finalName.getFileName() + "." + UUID.randomUUID() + ".part");
        Path work = folder.root().resolve(DataFolderLayout.WORK).resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(work);
            List<Path> attachments = DataFolderLayout.filesIn(folder.attachmentFolder());
            List<Path> rootFiles = DataFolderLayout.dataFiles(folder.root());
            long steps = attachments.size() + rootFiles.size() + 3;
            long done = 0;
            progress.update(done, steps, texts.text("backup.progress.database"));
            Path h2Zip = work.resolve("database.zip");
            repository.copyTo(database.dsl(), h2Zip.toString());
            Path copy = work.resolve("copy");
            List<String> databaseFiles = unpackH2(h2Zip, copy);
            BackupCounts counts = countsOf(copy, databaseFiles, attachments.size());
            int schema = repository.schemaVersion(database.dsl());
            progress.update(++done, steps, texts.text("backup.progress.files"));
            stopIfAsked(progress);
            List<BackupManifest.Entry> entries = new ArrayList<>();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(Channels.newOutputStream(channel))) {
                for (String name : databaseFiles) {
                    entries.add(add(zip, DB_PREFIX + name, copy.resolve(name)));
                }
                for (Path file : attachments) {
                    entries.add(add(zip, ATTACHMENT_PREFIX + file.getFileName(), file));
                    progress.update(++done, steps, texts.text("backup.progress.files"));
                    stopIfAsked(progress);
                }
                for (Path file : rootFiles) {
                    entries.add(add(zip, ROOT_PREFIX + file.getFileName(), file));
                    progress.update(++done, steps, texts.text("backup.progress.files"));
                }
                BackupManifest manifest = new BackupManifest(madeAt, AppInfo.version(), BackupManifest.FORMAT, schema,
                        kind, key.encrypted(), key.encrypted() ? Optional.empty() : Optional.of(counts), entries);
                zip.putNextEntry(new ZipEntry(BackupManifest.NAME));
                manifest.writeTo(zip);
                zip.closeEntry();
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            progress.update(++done, steps, texts.text("backup.progress.checking"));
            stopIfAsked(progress);
            beforeCheck.accept(temp);
            try {
                BackupCounts reread = check(temp, work.resolve("check"));
                if (!reread.equals(counts)) {
                    throw new BackupProblem(BackupProblem.Reason.VERIFY_FAILED, null);
                }
            } catch (BackupProblem e) {
                throw e.reason() == BackupProblem.Reason.VERIFY_FAILED ? e
                        : new BackupProblem(BackupProblem.Reason.VERIFY_FAILED, e);
            }
            Files.move(temp, finalName, StandardCopyOption.ATOMIC_MOVE);
            RestoreSwap.syncFolder(where);
            progress.update(steps, steps, texts.text("backup.progress.done"));
            LOG.info("Backup written: {}", finalName);
            return finalName;
        } catch (BackupProblem e) {
            LOG.warn("Backup not written to {}", where, e);
            throw e;
        } catch (CancellationException e) {
            LOG.info("Backup to {} stopped when asked", where);
            throw e;
        } catch (IOException | RuntimeException e) {
            // Whatever went wrong, the person is told in words and no half backup is left.
            LOG.warn("Backup not written to {}", where, e);
            throw new BackupProblem(reasonFor(e, where), e);
        } finally {
            quietly(() -> Files.deleteIfExists(temp));
            quietly(() -> DataFolderLayout.deleteTree(work));
        }
    }

    private static BackupProblem.Reason reasonFor(Exception e, Path where) {
        try {
            if (Files.getFileStore(where).getUsableSpace() < MIN_FREE_BYTES) {
                return BackupProblem.Reason.DISK_FULL;
            }
        } catch (IOException ignored) {
            // Go by the error itself.
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("no space") || message.contains("disk full") || message.contains("not enough space")) {
            return BackupProblem.Reason.DISK_FULL;
        }
        if (cause instanceof AccessDeniedException || cause instanceof NoSuchFileException
                || (cause instanceof FileSystemException fs && fs.getFile() != null
                && fs.getFile().startsWith(where.toString()))) {
            return BackupProblem.Reason.FOLDER_NOT_WRITABLE;
        }
        return BackupProblem.Reason.COPY_FAILED;
    }

    /** Stops between steps when asked; the unfinished file is removed on the way out. */
    private static void stopIfAsked(Progress progress) {
        if (progress.isCancelRequested()) {
            throw new CancellationException("Backup stopped when asked");
        }
    }

    private static Path freeName(Path where, String base) {
        Path name = where.resolve(base + ".zip");
        for (int n = 2; Files.exists(name); n++) {
            name = where.resolve(base + "-" + n + ".zip");
        }
        return name;
    }

    private static BackupManifest.Entry add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                zip.write(buffer, 0, read);
                crc.update(buffer, 0, read);
                size += read;
            }
        }
        zip.closeEntry();
        return new BackupManifest.Entry(name, size, crc.getValue());
    }

    /** Unpacks H2's own backup zip; returns the names of the database files. */
    private static List<String> unpackH2(Path h2Zip, Path into) throws IOException {
        Files.createDirectories(into);
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(h2Zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (entry.isDirectory() || !DataFolderLayout.isSafeName(name)) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
                names.add(name);
            }
        }
        return names;
    }

    /** Opens a database copy with this data's key and counts its records. */
    private BackupCounts countsOf(Path copyFolder, List<String> databaseFiles, long attachments) {
        String mvFile = databaseFiles.stream().filter(n -> n.endsWith(".mv.db")).findFirst()
                .orElseThrow(() -> new BackupProblem(BackupProblem.Reason.DAMAGED, null));
        Path base = copyFolder.resolve(mvFile.substring(0, mvFile.length() - ".mv.db".length()));
        try (Database copy = Database.open(base, copyFolder, key)) {
            return repository.counts(copy.dsl(), attachments);
        }
    }

    /**
     * Reads a backup file through: the list inside, every file against its size and checksum, and its
     * database opened with this data's key. Returns the records it holds.
     */
    private BackupCounts check(Path file, Path work) {
        BackupManifest manifest;
        try (ZipFile zip = openZip(file)) {
            manifest = manifestOf(zip);
            if (manifest.schemaVersion() > repository.schemaVersion(database.dsl())) {
                throw new BackupProblem(BackupProblem.Reason.NEWER_VERSION, null);
            }
            List<String> databaseFiles = new ArrayList<>();
            long attachments = 0;
            Path copy = work.resolve("database");
            Files.createDirectories(copy);
            for (BackupManifest.Entry entry : manifest.files()) {
                Path target = null;
                if (entry.name().startsWith(DB_PREFIX)) {
                    String name = safeName(entry.name().substring(DB_PREFIX.length()));
                    databaseFiles.add(name);
                    target = copy.resolve(name);
                } else if (entry.name().startsWith(ATTACHMENT_PREFIX)) {
                    safeName(entry.name().substring(ATTACHMENT_PREFIX.length()));
                    attachments++;
                } else if (!entry.name().startsWith(ROOT_PREFIX)
                        || !DataFolderLayout.isDataFileName(entry.name().substring(ROOT_PREFIX.length()))) {
                    throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
                }
                readChecked(zip, entry, target);
            }
            try {
                return countsOf(copy, databaseFiles, attachments);
            } catch (DataFolderException e) {
                throw new BackupProblem(manifest.encrypted() || key.encrypted()
                        ? BackupProblem.Reason.WRONG_KEY : BackupProblem.Reason.DAMAGED, e);
            } catch (RuntimeException e) {
                if (e instanceof BackupProblem) {
                    throw e;
                }
                throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
            }
        } catch (IOException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        }
    }

    private static String safeName(String name) {
        if (!DataFolderLayout.isSafeName(name)) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
        }
        return name;
    }

    /** Reads one file of a backup right through, checking its size and checksum; copies it when asked. */
    private static void readChecked(ZipFile zip, BackupManifest.Entry entry, Path copyTo) throws IOException {
        ZipEntry zipEntry = zip.getEntry(entry.name());
        if (zipEntry == null) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
        }
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(zipEntry);
             OutputStream out = copyTo == null ? OutputStream.nullOutputStream() : Files.newOutputStream(copyTo)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > entry.size()) {
                    throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
                }
                crc.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (copyTo != null && out instanceof java.io.FileOutputStream) {
                out.flush();
            }
        } catch (ZipException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        }
        if (size != entry.size() || crc.getValue() != entry.crc()) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
        }
    }

    private static ZipFile openZip(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BackupProblem(BackupProblem.Reason.NOT_FOUND, null);
        }
        try {
            return new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new BackupProblem(startsLikeZip(file) ? BackupProblem.Reason.DAMAGED
                    : BackupProblem.Reason.NOT_A_BACKUP, e);
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static BackupManifest manifestOf(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.NAME);
        if (entry == null) {
            throw new BackupProblem(BackupProblem.Reason.NOT_OURS, null);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.readFrom(in);
        } catch (ZipException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        }
    }

    /**
     * Reads a backup right through and says what it holds, without changing anything.
     *
     * @throws BackupProblem naming why the file cannot be restored
     */
    public BackupPreview preview(Path file) {
        Path work = folder.root().resolve(DataFolderLayout.WORK).resolve(UUID.randomUUID().toString());
        try {
            BackupCounts counts = check(file, work);
            BackupManifest manifest;
            try (ZipFile zip = openZip(file)) {
                manifest = manifestOf(zip);
            }
            return new BackupPreview(file.toAbsolutePath(), manifest.madeAt(), manifest.programVersion(),
                    manifest.kind(), manifest.encrypted(), counts);
        } catch (IOException e) {
            throw new BackupProblem(BackupProblem.Reason.DAMAGED, e);
        } finally {
            quietly(() -> DataFolderLayout.deleteTree(work));
        }
    }

    /**
     * Gets a restore ready: checks the backup, makes a safety copy of the data as it is now, unpacks the
     * backup beside the data and writes the marker. The data itself is replaced only once the database is
     * closed, by {@link RestoreSwap#finish}. Returns the safety copy.
     */
    public Path prepareRestore(Path file, Progress progress) {
        Path work = folder.root().resolve(DataFolderLayout.WORK).resolve(UUID.randomUUID().toString());
        try {
            check(file, work);
        } finally {
            quietly(() -> DataFolderLayout.deleteTree(work));
        }
        Path safety = backupBeforeRestore(progress);
        progress.update(-1, 0, texts.text("backup.progress.unpacking"));
        Path root = folder.root();
        Path staging = root.resolve(DataFolderLayout.STAGING);
        try {
            DataFolderLayout.deleteTree(staging);
            Files.createDirectories(staging.resolve(DataFolderLayout.DATABASE));
            List<String> bringIn = new ArrayList<>(List.of(DataFolderLayout.DATABASE, DataFolderLayout.ATTACHMENTS));
            Files.createDirectories(staging.resolve(DataFolderLayout.ATTACHMENTS));
            Path databaseFolder = folder.databaseBase().getParent();
            String baseName = folder.databaseBase().getFileName().toString();
            try (ZipFile zip = openZip(file)) {
                for (BackupManifest.Entry entry : manifestOf(zip).files()) {
                    Path target;
                    if (entry.name().startsWith(DB_PREFIX)) {
                        String name = safeName(entry.name().substring(DB_PREFIX.length()));
                        // The database keeps this data folder's file name, whatever it was called there.
                        int dot = name.indexOf('.');
                        target = staging.resolve(DataFolderLayout.DATABASE)
                                .resolve(dot < 0 ? name : baseName + name.substring(dot));
                    } else if (entry.name().startsWith(ATTACHMENT_PREFIX)) {
                        target = staging.resolve(DataFolderLayout.ATTACHMENTS)
                                .resolve(safeName(entry.name().substring(ATTACHMENT_PREFIX.length())));
                    } else {
                        String name = entry.name().substring(ROOT_PREFIX.length());
                        if (!DataFolderLayout.isDataFileName(name)) {
                            throw new BackupProblem(BackupProblem.Reason.DAMAGED, null);
                        }
                        target = staging.resolve(name);
                        bringIn.add(name);
                    }
                    readChecked(zip, entry, target);
                    forceToDisk(target);
                }
            }
            RestoreSwap.syncFolder(staging);
            List<String> setAside = new ArrayList<>();
            if (Files.exists(databaseFolder)) {
                setAside.add(DataFolderLayout.DATABASE);
            }
            if (Files.exists(folder.attachmentFolder())) {
                setAside.add(DataFolderLayout.ATTACHMENTS);
            }
            for (Path current : DataFolderLayout.dataFiles(root)) {
                setAside.add(current.getFileName().toString());
            }
            RestoreSwap.writeMarker(root, setAside, bringIn);
            LOG.info("Restore from {} is ready; a safety copy is in {}", file, safety);
            return safety;
        } catch (IOException e) {
            quietly(() -> DataFolderLayout.deleteTree(staging));
            throw new BackupProblem(reasonFor(e, root), e);
        } catch (BackupProblem e) {
            quietly(() -> DataFolderLayout.deleteTree(staging));
            throw e;
        }
    }

    private static void forceToDisk(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The records in the data now, for the check's report and the restore question. */
    public BackupCounts currentCounts() {
        try {
            return repository.counts(database.dsl(), DataFolderLayout.filesIn(folder.attachmentFolder()).size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            LOG.debug("Could not tidy up", e);
        }
    }
}
