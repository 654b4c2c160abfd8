package cn.icpcheck.input;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RowFields#list}: a list cell of services.csv, split on {@code ;} or {@code ；}, items trimmed, blanks dropped. */
class RowFieldsTest {

    private static final ExportHeader HEADER = ExportHeader.of(ExportFile.SERVICES, new String[] {
        "service_no", "subject_no", "service_type", "service_name", "principal_name", "principal_cert_type",
        "principal_cert_no", "principal_mobile", "status", "domains", "instance_ids"});

    @Test
    void aCellOfOneItemIsThatItemTrimmed() throws RowRejectedException {
        RowFields f = fields("  a.example.com ", "i-1");
        assertThat(f.list("domains")).containsExactly("a.example.com");
        assertThat(f.list("instance_ids")).containsExactly("i-1");
    }

    @Test
    void aCellOfSeveralItemsIsSplitOnEitherSeparatorWithBlanksDropped() throws RowRejectedException {
        RowFields f = fields(" a.example.com ; b.example.com；c.example.com;; ", "；i-1 ;");
        assertThat(f.list("domains")).containsExactly("a.example.com", "b.example.com", "c.example.com");
        assertThat(f.list("instance_ids")).containsExactly("i-1");
    }

    @Test
    void anEmptyCellOrOneOfSeparatorsAloneIsNoItems() throws RowRejectedException {
        assertThat(fields("", " ; ；").list("domains")).isEmpty();
        assertThat(fields("", " ; ；").list("instance_ids")).isEmpty();
    }

    @Test
    void theListCannotBeChanged() throws RowRejectedException {
        List<String> one = fields("a.example.com", "i-1;i-2").list("domains");
        List<String> two = fields("a.example.com", "i-1;i-2").list("instance_ids");
        assertThat(two).containsExactly("i-1", "i-2");
        assertThatThrownBy(() -> one.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static RowFields fields(String domains, String instanceIds) throws RowRejectedException {
        return new RowFields(new ExportRow(HEADER, 2,
                new String[] {"S-1", "C-1", "website", "例子", "张三", "居民身份证", "110101199003071234", "13800138000",
                    "active", domains, instanceIds}, null, 0, false));
    }
}
