package cn.icpcheck.rules;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;

import cn.icpcheck.filing.ExportDates;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Working days in mainland China: Monday to Friday except State Council holidays, plus the weekend
 * days declared working days (调休). Read from a {@code date,kind} CSV (kind holiday or workday).
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
    }

    public static WorkingCalendar load(Path file) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(reader).withVerifyReader(false).build()) {
            int line = 0;
            for (String[] row; (row = csv.readNext()) != null; ) {
                line++;
                if (row.length < 2 || row[0].isBlank() || row[0].trim().startsWith("#")
                        || row[0].replace("\uFEFF", "").trim().equalsIgnoreCase("date")) {
                    continue;
                }
                LocalDate date = ExportDates.parse(row[0].replace("\uFEFF", "").trim());
                switch (row[1].trim().toLowerCase(Locale.ROOT)) {
                    case "holiday" -> holidays.add(date);
                    case "workday" -> workdays.add(date);
                    default -> throw new IllegalArgumentException("line " + line + ": kind must be holiday or workday, not " + row[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the holiday calendar " + file, e);
        } catch (CsvValidationException | DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the holiday calendar " + file + " is malformed: " + e.getMessage(), e);
        }
        return new WorkingCalendar(holidays, workdays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The working days after {@code start} up to and including {@code end}; 0 when end is not after start. */
    public int workingDaysAfter(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
