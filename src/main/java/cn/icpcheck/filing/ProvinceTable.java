package cn.icpcheck.filing;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.CSVReaderHeaderAwareBuilder;
import com.opencsv.exceptions.CsvValidationException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The province table (provinces.md): which names the {@code province} column accepts, the
 * abbreviations of filing numbers, the minimum domain validity and the holder-change policies.
 */
public final class ProvinceTable {

    private final List<Province> provinces;
    private final Map<String, Province> byName = new HashMap<>();

    public ProvinceTable(List<Province> provinces) {
        this.provinces = List.copyOf(provinces);
        for (Province p : provinces) {
            List<String> names = new ArrayList<>(List.of(p.abbr(), p.name(), p.fullName(), p.english()));
            if (p.altAbbr() != null) {
                names.add(p.altAbbr());
            }
            names.addAll(p.aliases());
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    byName.putIfAbsent(key(name), p);
                }
            }
        }
    }

    /** Reads a table in the format of provinces.csv (UTF-8, header row, BOM allowed). */
    public static ProvinceTable load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVReaderHeaderAware csv = new CSVReaderHeaderAwareBuilder(reader).withVerifyReader(false).build();
            List<Province> rows = new ArrayList<>();
            for (Map<String, String> row; (row = csv.readMap()) != null; ) {
                if (blank(row.get("abbr"))) {
                    continue;
                }
                rows.add(new Province(row.get("abbr").trim(), emptyToNull(row.get("alt_abbr")),
                        splitAliases(row.get("aliases")), row.get("name").trim(),
                        row.get("full_name").trim(), row.get("english").trim(),
                        blank(row.get("min_domain_days")) ? null : Integer.valueOf(row.get("min_domain_days").trim()),
                        HolderChangePolicy.parse(row.get("org_holder_change")),
                        HolderChangePolicy.parse(row.get("individual_holder_change"))));
            }
            return new ProvinceTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the province table " + file, e);
        } catch (CsvValidationException | RuntimeException e) {
            throw new IllegalArgumentException("the province table " + file + " is malformed: " + e.getMessage(), e);
        }
    }

    /** The province a {@code province} cell names: name, full name, English name or abbreviation. */
    public Optional<Province> find(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(byName.get(key(text)));
    }

    public List<Province> all() {
        return provinces;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String emptyToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    private static List<String> splitAliases(String cell) {
        if (blank(cell)) {
            return List.of();
        }
        return Arrays.stream(cell.split("[;；|、 ]+")).filter(s -> !s.isBlank()).toList();
    }
}
