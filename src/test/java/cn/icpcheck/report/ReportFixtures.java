package cn.icpcheck.report;

import cn.icpcheck.filing.HolderType;
import cn.icpcheck.filing.Person;
import cn.icpcheck.filing.ProvinceTable;
import cn.icpcheck.filing.RegistrationStatus;
import cn.icpcheck.filing.Subject;
import cn.icpcheck.filing.SubjectStatus;
import cn.icpcheck.rules.Finding;
import cn.icpcheck.rules.Messages;
import cn.icpcheck.rules.RuleCode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Findings, subjects and messages built in memory, and ways to read a sheet back. */
final class ReportFixtures {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 30);
    static final ProvinceTable PROVINCES = ProvinceTable.load(Path.of("jobs/provinces.csv"));

    private ReportFixtures() {
    }

    static Messages messages(Locale locale) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source, locale);
    }

    static Messages zh() {
        return messages(Locale.CHINESE);
    }

    static Messages en() {
        return messages(Locale.ENGLISH);
    }

    /** A finding of a rule at its default severity. */
    static Finding finding(RuleCode rule, String subjectNo, String serviceNo, String object, LocalDate deadline,
                           String detail) {
        return new Finding(rule, rule.defaultSeverity(), "1873402956610021", "浙", subjectNo, serviceNo, object,
                deadline, detail, "杭州云栈科技有限公司", serviceNo.isEmpty() ? "" : "云栈官网");
    }

    static Subject subject(String subjectNo, String province, SubjectStatus status, String mobile, String email) {
        return new Subject(subjectNo, "1873402956610021", PROVINCES.find(province).orElseThrow(),
                "杭州云栈科技有限公司", HolderType.ENTERPRISE, "营业执照", "91330106MA27WQ3E6R",
                RegistrationStatus.ACTIVE, "陈立峰",
                new Person("陈立峰", "居民身份证", "330106198405170312", null, mobile, null, email),
                status, LocalDate.of(2016, 5, 20));
    }

    /** The sheet's cells as text, row by row, as Excel shows them. */
    static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : format.formatCellValue(cell));
            }
            rows.add(cells);
        }
        return rows;
    }
}
