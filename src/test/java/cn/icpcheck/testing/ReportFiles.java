package cn.icpcheck.testing;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a run's outputs back for assertions. */
public final class ReportFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportFiles() {
    }

    /** The keys of findings.csv, each {@code rule|subject_no|service_no|object}. */
    public static Set<String> findingKeys(Path reports) throws Exception {
        String text = Files.readString(reports.resolve("findings.csv"), StandardCharsets.UTF_8).substring(1);
        try (Reader reader = new StringReader(text);
             CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = csv.readAll();
            List<String> header = List.of(rows.get(0));
            int[] key = Stream.of("rule", "subject_no", "service_no", "object").mapToInt(header::indexOf).toArray();
            return rows.subList(1, rows.size()).stream()
                    .map(row -> String.join("|", row[key[0]], row[key[1]], row[key[2]], row[key[3]]))
                    .collect(Collectors.toSet());
        }
    }

    public static JsonNode summary(Path reports) throws IOException {
        return JSON.readTree(reports.resolve("summary.json").toFile());
    }

    /**
     * summary.json without what differs between two runs of the same night on the same export: its times
     * and the input folder's path. Everything else must be equal.
     */
    public static JsonNode comparableSummary(Path reports) throws IOException {
        tools.jackson.databind.node.ObjectNode summary = (tools.jackson.databind.node.ObjectNode) summary(reports);
        summary.remove(List.of("duration_ms", "started_at", "finished_at", "input"));
        return summary;
    }

    /** Every file under a folder with its modification time and content, to see that nothing was rewritten. */
    public static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                FileTime modified = Files.getLastModifiedTime(file);
                prints.put(dir.relativize(file).toString(),
                        modified.toInstant() + " " + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return prints;
    }
}
