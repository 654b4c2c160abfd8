package cn.icpcheck.job;

import cn.icpcheck.input.ExportFingerprint;
import cn.icpcheck.input.ExportFolder;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The export's fingerprint, read on a thread of its own from the command's start, so that hashing
 * the files (some 2.6 GB at three million subjects) overlaps with the application starting; the run
 * takes it once, when it needs it.
 */
final class FingerprintAhead {

    private final Path dir;
    private final Aside<ExportFingerprint> reading;
    private final AtomicBoolean taken = new AtomicBoolean();

    private FingerprintAhead(Path dir, Aside<ExportFingerprint> reading) {
        this.dir = dir;
        this.reading = reading;
    }

    /** Starts reading the fingerprint of the export in this folder. */
    static FingerprintAhead start(ExportFolder folder) {
        return new FingerprintAhead(normalized(folder),
                Aside.start("icp-fingerprint-", () -> ExportFingerprint.of(folder)));
    }

    /**
     * The fingerprint of the export, read ahead when it is of this folder and not taken before;
     * otherwise read now. A failure to read a file is thrown as {@link ExportFingerprint#of} throws it.
     */
    ExportFingerprint take(ExportFolder folder) {
        if (!normalized(folder).equals(dir) || taken.getAndSet(true)) {
            return ExportFingerprint.of(folder);
        }
        return reading.take();
    }

    private static Path normalized(ExportFolder folder) {
        return folder.dir().toAbsolutePath().normalize();
    }
}
