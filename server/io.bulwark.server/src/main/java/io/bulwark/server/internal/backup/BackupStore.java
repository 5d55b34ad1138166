package io.bulwark.server.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.server.internal.storage.AtomicFiles;

/**
 * The backup files in the data folder's {@code backups/}: {@code <id>.zip}, where the id is the UTC time the backup was
 * taken plus a random suffix ({@code 20260131-120000-123-9f3a}). A file appears only when it is complete (it is written
 * under a temporary name, forced to disk and renamed); temporary files a killed server left behind are removed at
 * start.
 */
final class BackupStore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupStore.class);
    private static final String SUFFIX = ".zip"; //$NON-NLS-1$
    private static final Pattern ID = Pattern.compile("\\d{8}-\\d{6}-\\d{3}-[0-9a-f]{4}"); //$NON-NLS-1$
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final WireJson json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param folder
     *            the backup folder, existing
     * @param json
     *            reads manifests
     * @param clock
     *            names new backups
     * @throws IOException
     *             if the folder cannot be read
     */
    BackupStore(Path folder, WireJson json, Clock clock) throws IOException {
        this.folder = folder;
        this.json = json;
        this.clock = clock;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (AtomicFiles.isTemporary(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                    LOG.info("Removed {}, an incomplete backup of an earlier run", file); //$NON-NLS-1$
                }
            }
        }
    }

    /** What a new backup is written with. */
    @FunctionalInterface
    interface Writer {
        /**
         * @param file
         *            the file to write atomically
         * @param createdAt
         *            the instant to record
         * @return the manifest written
         * @throws IOException
         *             if writing fails
         * @throws SQLException
         *             if the database cannot be read
         */
        BackupManifest write(Path file, Instant createdAt) throws IOException, SQLException;
    }

    /**
     * @param writer
     *            writes the zip
     * @return the new backup
     * @throws IOException
     *             if it cannot be written
     * @throws SQLException
     *             if the database cannot be read
     */
    Backup create(Writer writer) throws IOException, SQLException {
        Instant now = clock.instant();
        String id = STAMP.format(now) + "-" + HexFormat.of().toHexDigits((short) random.nextInt()); //$NON-NLS-1$
        Path file = file(id);
        BackupManifest manifest = writer.write(file, now);
        return backup(id, manifest, Files.size(file));
    }

    /**
     * @return every complete backup, newest first; a file whose manifest cannot be read is listed without details
     * @throws IOException
     *             if the folder cannot be read
     */
    List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) { //$NON-NLS-1$
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - SUFFIX.length());
                if (ID.matcher(id).matches()) {
                    backups.add(describe(id, file));
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        backups.sort(Comparator.comparing(Backup::id).reversed());
        return backups;
    }

    /**
     * @param id
     *            a backup id from a request
     * @return its file, if such a backup exists
     */
    Optional<Path> find(String id) {
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = file(id);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * @param id
     *            an existing backup's id
     * @param file
     *            its file
     * @return what its manifest says
     * @throws IOException
     *             if the file cannot be read at all
     */
    Backup describe(String id, Path file) throws IOException {
        long size = Files.size(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    return backup(id, json.read(in, BackupManifest.class), size);
                }
            }
        } catch (IOException | WireFormatException e) {
            LOG.warn("The backup {} cannot be read: {}", file, e.getMessage()); //$NON-NLS-1$
        }
        return new Backup(id, Files.getLastModifiedTime(file).toInstant(), size, null, Map.of());
    }

    private static Backup backup(String id, BackupManifest manifest, long size) {
        Map<String, Long> rows = new LinkedHashMap<>();
        manifest.tables().forEach(table -> rows.put(table.name(), Long.valueOf(table.rows())));
        return new Backup(id, manifest.createdAt(), size, manifest.schemaVersion(), rows);
    }

    private Path file(String id) {
        return folder.resolve(id + SUFFIX);
    }
}
