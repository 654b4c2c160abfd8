package cn.icpcheck.support;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV output back for assertions: header-keyed rows, BOM dropped. */
public final class CsvFiles {

    private CsvFiles() {
    }

    public static List<Map<String, String>> read(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new java.io.StringReader(text);
             CSVReader csv = new CSVReaderBuilder(reader).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> all = csv.readAll();
            String[] header = all.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] cells : all.subList(1, all.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : null);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The rows as lines of the named columns joined by {@code |}, in file order. */
    public static List<String> project(List<Map<String, String>> rows, String... columns) {
        return rows.stream().map(r -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns.length; i++) {
                line.append(i == 0 ? "" : "|").append(r.get(columns[i]));
            }
            return line.toString();
        }).toList();
    }
}
