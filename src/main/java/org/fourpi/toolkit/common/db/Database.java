package org.fourpi.toolkit.common.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in the data folder: opened with durable commits, migrated by Flyway at
 * start, and reached through jOOQ. Nothing here may run on the JavaFX thread.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The version of the newest file in db/migration; DatabaseTest keeps the two the same. */
    static final String NEWEST_MIGRATION = "12";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final FxThreadCheck threads;

    private Database(JdbcConnectionPool pool, FxThreadCheck threads) {
        this.pool = pool;
        this.threads = threads;
        this.dsl = DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2)
                .set(new Settings().withExecuteLogging(false)).set(threads));
    }

    /** Opens (creating when new) and migrates the database in the given data folder. */
    public static Database open(DataFolder folder) {
        return open(folder, DataKey.NONE);
    }

    /** Opens (creating when new) and migrates the database in the given data folder, locked with the key. */
    public static Database open(DataFolder folder, DataKey key) {
        return open(folder.databaseBase(), folder.root(), key);
    }

    /**
     * Opens (creating when new) and migrates a database at the given base path, for instance a copy
     * being checked before it becomes a backup; problems name the given folder.
     */
    public static Database open(Path databaseBase, Path folderForMessages, DataKey key) {
        FxThreadCheck threads = new FxThreadCheck();
        threads.check("opening and migrating the database");
        String url = url(databaseBase, key);
        try {
            Files.createDirectories(databaseBase.getParent());
        } catch (Exception e) {
            throw new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, folderForMessages, e);
        }
        // With encryption H2 takes "file password, space, user password" as the password.
        String password = key.encrypted() ? new String(key.filePassword()) + " " : "";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        try {
            // Open once here, so that a locked or damaged file is reported before anything else.
            boolean upToDate;
            try (Connection connection = pool.getConnection()) {
                upToDate = upToDate(connection);
            }
            if (!upToDate) {
                Flyway.configure(Database.class.getClassLoader())
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, folderForMessages);
        } catch (FlywayException e) {
            pool.dispose();
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql, folderForMessages);
            }
            throw e;
        }
        LOG.info("Database open in {}", folderForMessages);
        return new Database(pool, threads);
    }

    /**
     * Whether the newest change recorded in the database is the newest this program has, and none failed. Then
     * Flyway is not needed: loading it and reading every migration took a noticeable part of each start. Any
     * other case (a new or older database, one from a newer program, a failed change) goes to Flyway, which
     * migrates, or refuses with its reason.
     */
    static boolean upToDate(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet newest = statement.executeQuery("SELECT \"version\", "
                     + "(SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\") "
                     + "FROM \"flyway_schema_history\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return newest.next() && NEWEST_MIGRATION.equals(newest.getString(1)) && newest.getLong(2) == 0;
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    /**
     * The JDBC address. It is built only from the data folder's absolute path, and a path with the
     * characters H2 reads as settings is refused, so nobody can slip settings into it.
     */
    static String url(Path databaseBase, DataKey key) {
        String path = databaseBase.toAbsolutePath().normalize().toString();
        // H2 reads a backslash as a folder separator everywhere, so on Linux and macOS, where it can be
        // part of a folder's name, the database would be made in some other folder.
        if (path.contains(";") || path.indexOf('\0') >= 0
                || !"\\".equals(java.io.File.separator) && path.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("A data folder path may not contain ';' (or '\\' outside Windows)");
        }
        // WRITE_DELAY=0: a commit is on disk when it returns. DB_CLOSE_ON_EXIT: we close it ourselves.
        // MAX_COMPACT_TIME=0: no compaction when the database closes. Compaction moves live chunks
        // within the file, and a crash soon after the next start could then lose what that session
        // had committed (seen once in about 580 kills). The file does not shrink on closing; freed
        // space is used again.
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0"
                // An encrypted database keeps no trace file: H2 writes failed statements there in plain text.
                + (key.encrypted() ? ";CIPHER=AES;TRACE_LEVEL_FILE=0" : "");
    }

    /**
     * Copies a closed, plain database into a new database locked with the key, statement by statement in
     * memory, so no plain copy is written on the way. The target must not exist yet.
     *
     * @throws DataFolderException when either cannot be opened
     */
    public static void copyEncrypted(Path plainBase, Path targetBase, DataKey key, Path folderForMessages) {
        if (!key.encrypted()) {
            throw new IllegalArgumentException("A key is needed to encrypt the database");
        }
        new FxThreadCheck().check("copying the database into a locked one");
        try {
            Files.createDirectories(targetBase.getParent());
        } catch (Exception e) {
            throw new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, folderForMessages, e);
        }
        String from = url(plainBase, DataKey.NONE) + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        String to = url(targetBase, key);
        try (Connection source = DriverManager.getConnection(from, "sa", "");
             Connection target = DriverManager.getConnection(to, "sa", new String(key.filePassword()) + " ");
             Statement read = source.createStatement();
             Statement write = target.createStatement()) {
            target.setAutoCommit(false);
            try (ResultSet script = read.executeQuery("SCRIPT NOPASSWORDS")) {
                while (script.next()) {
                    write.execute(script.getString(1));
                }
            }
            target.commit();
            write.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw translate(e, folderForMessages);
        }
    }

    private static DataFolderException translate(SQLException e, Path folder) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                    new DataFolderException(DataFolderException.Reason.ALREADY_OPEN, folder, e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                    new DataFolderException(DataFolderException.Reason.UNREADABLE, folder, e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 ->
                    new DataFolderException(DataFolderException.Reason.NOT_WRITABLE, folder, e);
            default -> new DataFolderException(DataFolderException.Reason.UNREADABLE, folder, e);
        };
    }

    /** jOOQ on this database; each statement outside {@link #transaction} commits by itself. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Runs the work in one transaction: all of it is saved, or none of it. */
    public <T> T transactionResult(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(DSL.using(configuration)));
    }

    /** Runs the work in one transaction: all of it is saved, or none of it. */
    public void transaction(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(DSL.using(configuration)));
    }

    /**
     * Runs many small transactions of example records with commits written to disk within half a second
     * rather than at once, which makes them several times quicker. Only for records nobody would miss:
     * a crash meanwhile could lose the last half second of them. Durable commits return afterwards,
     * whatever happens.
     */
    public void withCommitsBatched(Runnable work) {
        dsl.execute("SET WRITE_DELAY 500");
        try {
            work.run();
        } finally {
            dsl.execute("SET WRITE_DELAY 0");
        }
    }

    @Override
    public void close() {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("The database did not shut down cleanly", e);
        } finally {
            pool.dispose();
        }
        LOG.info("Database closed");
        // Checked once closed, so that a refusal does not leave the database open.
        threads.check("closing the database");
    }
}
