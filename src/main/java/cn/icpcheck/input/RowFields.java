package cn.icpcheck.input;

import cn.icpcheck.filing.ExportDates;
import cn.icpcheck.filing.Person;
import cn.icpcheck.filing.PersonalData;
import cn.icpcheck.filing.Vocabulary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Typed, validated access to the cells of one row. Each getter either returns the value or throws
 * {@link RowRejectedException} naming the column, the value and the reason.
 */
public final class RowFields {

    /** Columns whose values are personal data: rejects show them masked. */
    private static final Set<String> CERTIFICATE_COLUMNS = Set.of("holder_cert_no", "principal_cert_no");
    private static final Set<String> MOBILE_COLUMNS = Set.of("principal_mobile", "principal_emergency_mobile");

    private final ExportRow row;

    public RowFields(ExportRow row) throws RowRejectedException {
        this.row = row;
        if (row.malformedCause() != null) {
            throw reject(row, "", "", RejectReason.MALFORMED_CSV, row.malformedCause());
        }
        if (!row.hasExpectedFieldCount()) {
            throw reject(row, "", "", RejectReason.WRONG_FIELD_COUNT,
                    "expected " + row.header().fieldCount() + ", found " + row.cells().length);
        }
        String[] cells = row.cells();
        for (ExportHeader.Present known : row.header().present()) {
            String cell = cells[known.position()];
            RejectReason problem = CellCheck.problem(cell, row.mayHoldControls());
            if (problem != null) {
                throw reject(row, known.column().name(), cell, problem, CellCheck.detail(problem, cell));
            }
        }
    }

    public ExportRow row() {
        return row;
    }

    public String required(String column) throws RowRejectedException {
        String value = row.text(column);
        if (value == null) {
            throw rejection(column, "", RejectReason.MISSING_VALUE);
        }
        return value;
    }

    public String optional(String column) {
        return row.text(column);
    }

    public LocalDate requiredDate(String column) throws RowRejectedException {
        return date(column, required(column));
    }

    public LocalDate optionalDate(String column) throws RowRejectedException {
        String text = optional(column);
        return text == null ? null : date(column, text);
    }

    /** A certificate expiry: a date, 长期 / long-term, or null when empty. */
    public LocalDate optionalExpiry(String column) throws RowRejectedException {
        String text = optional(column);
        if (text == null) {
            return null;
        }
        try {
            return ExportDates.parseExpiry(text);
        } catch (DateTimeException e) {
            throw rejection(column, text, RejectReason.UNPARSEABLE_DATE);
        }
    }

    public <E extends Enum<E> & Vocabulary> E requiredWord(String column, Class<E> vocabulary) throws RowRejectedException {
        return word(column, required(column), vocabulary);
    }

    public <E extends Enum<E> & Vocabulary> E optionalWord(String column, Class<E> vocabulary) throws RowRejectedException {
        String text = optional(column);
        return text == null ? null : word(column, text, vocabulary);
    }

    /** The principal columns, which subjects.csv and services.csv share (under different Chinese names). */
    public Person principal() throws RowRejectedException {
        return new Person(required("principal_name"), required("principal_cert_type"), required("principal_cert_no"),
                optionalExpiry("principal_cert_expiry"), required("principal_mobile"),
                optional("principal_emergency_mobile"), optional("principal_email"));
    }

    /** A list cell, split on {@code ;} or {@code ；}, items trimmed, blanks dropped. */
    public List<String> list(String column) {
        String text = optional(column);
        if (text == null) {
            return List.of();
        }
        if (text.indexOf(';') < 0 && text.indexOf('；') < 0) {
            // one item, the usual list: the cell itself, trimmed already
            return List.of(text);
        }
        List<String> items = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '；') {
                String item = text.substring(start, i).trim();
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return Collections.unmodifiableList(items);
    }

    public RowRejectedException rejection(String column, String value, RejectReason reason) {
        return reject(row, column, value, reason, "");
    }

    public RowRejectedException rejection(String column, String value, RejectReason reason, String detail) {
        return reject(row, column, value, reason, detail);
    }

    private LocalDate date(String column, String text) throws RowRejectedException {
        try {
            return ExportDates.parse(text);
        } catch (DateTimeException e) {
            throw rejection(column, text, RejectReason.UNPARSEABLE_DATE);
        }
    }

    private <E extends Enum<E> & Vocabulary> E word(String column, String text, Class<E> vocabulary) throws RowRejectedException {
        E value = Vocabulary.find(vocabulary, text);
        if (value == null) {
            throw rejection(column, text, RejectReason.UNKNOWN_VALUE);
        }
        return value;
    }

    private static RowRejectedException reject(ExportRow row, String column, String value, RejectReason reason, String detail) {
        return new RowRejectedException(new RejectedRow(row.file(), row.line(), column, masked(column, value), reason, detail));
    }

    private static String masked(String column, String value) {
        if (CERTIFICATE_COLUMNS.contains(column)) {
            return PersonalData.maskCertificateNo(value);
        }
        if (MOBILE_COLUMNS.contains(column)) {
            return PersonalData.maskMobile(value);
        }
        return value;
    }
}
