package cn.icpcheck.input;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The size and SHA-256 of each file of an export, as the first attempt of a run date found them:
 * a restart compares the export it finds with it, so that one run never mixes two exports.
 * Encoded as one line per file ({@code name bytes sha256}) to be kept as a job parameter.
 */
public final class ExportFingerprint {

    /** One file: its size in bytes and SHA-256 (lower-case hex). */
    public record Entry(long bytes, String sha256) {
    }

    private final Map<ExportFile, Entry> files;

    private ExportFingerprint(Map<ExportFile, Entry> files) {
        this.files = files;
    }

    /** Reads each file of the export that is present (optional files may be absent), two files at a time. */
    public static ExportFingerprint of(ExportFolder folder) {
        Map<ExportFile, Entry> hashed = new ConcurrentHashMap<>();
        Arrays.stream(ExportFile.values()).parallel()
                .filter(file -> Files.isRegularFile(folder.path(file)))
                .forEach(file -> hashed.put(file, entry(folder.path(file))));
        Map<ExportFile, Entry> files = new LinkedHashMap<>();
        for (ExportFile file : ExportFile.values()) {
            if (hashed.containsKey(file)) {
                files.put(file, hashed.get(file));
            }
        }
        return new ExportFingerprint(files);
    }

    private static Entry entry(Path path) {
        try (DigestInputStream in = new DigestInputStream(ExportFolder.open(path), MessageDigest.getInstance("SHA-256"))) {
            long bytes = in.transferTo(OutputStream.nullOutputStream());
            return new Entry(bytes, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint kept as a job parameter; null or blank gives null (a run recorded before fingerprints). */
    public static ExportFingerprint decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<ExportFile, Entry> files = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split(" ");
            if (parts.length != 3) {
                continue;
            }
            for (ExportFile file : ExportFile.values()) {
                if (file.fileName().equals(parts[0])) {
                    files.put(file, new Entry(Long.parseLong(parts[1]), parts[2]));
                }
            }
        }
        return new ExportFingerprint(files);
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        files.forEach((file, entry) -> text.append(file.fileName()).append(' ').append(entry.bytes()).append(' ')
                .append(entry.sha256()).append('\n'));
        return text.toString();
    }

    /** The file's size and SHA-256, or null when the export does not hold it. */
    public Entry entry(ExportFile file) {
        return files.get(file);
    }

    /**
     * How a later export differs from this one, one phrase per file in the order of
     * {@link ExportFile} ({@code services.csv changed}, {@code orders.csv added}); empty when the same.
     */
    public List<String> differences(ExportFingerprint later) {
        List<String> changes = new ArrayList<>();
        for (ExportFile file : ExportFile.values()) {
            Entry before = files.get(file);
            Entry now = later.files.get(file);
            if (before == null && now != null) {
                changes.add(file.fileName() + " added");
            } else if (before != null && now == null) {
                changes.add(file.fileName() + " removed");
            } else if (before != null && !before.equals(now)) {
                changes.add(file.fileName() + " changed");
            }
        }
        return changes;
    }
}
