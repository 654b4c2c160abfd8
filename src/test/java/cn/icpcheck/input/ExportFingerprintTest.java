package cn.icpcheck.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFingerprintTest {

    @TempDir
    Path input;

    @Test
    void eachFileHasItsSizeAndTheSha256OfAllItsBytesHoweverManyReadsTheyTake() throws Exception {
        // larger than one read, and not a whole number of reads; an empty file; an absent one
        byte[] subjects = new byte[(5 << 19) + 7];
        new Random(42).nextBytes(subjects);
        Files.write(input.resolve("subjects.csv"), subjects);
        Files.write(input.resolve("domains.csv"), new byte[0]);

        ExportFingerprint print = ExportFingerprint.of(new ExportFolder(input, StandardCharsets.UTF_8));

        assertThat(print.entry(ExportFile.SUBJECTS))
                .isEqualTo(new ExportFingerprint.Entry(subjects.length, sha256(subjects)));
        assertThat(print.entry(ExportFile.DOMAINS)).isEqualTo(new ExportFingerprint.Entry(0,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertThat(print.entry(ExportFile.SERVICES)).isNull();
        assertThat(ExportFingerprint.decode(print.encode()).differences(print)).isEmpty();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
