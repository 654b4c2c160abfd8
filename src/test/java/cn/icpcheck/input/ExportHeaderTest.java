package cn.icpcheck.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportHeaderTest {

    @Test
    void findsEachColumnWhereverTheHeaderPutsItInEitherLanguage() {
        // orders.csv's columns out of the spec's order, in both languages, with a BOM, spaces, capitals
        // and a column the checks do not know; new_value absent
        ExportHeader header = ExportHeader.of(ExportFile.ORDERS, new String[] {
            "\uFEFF订单状态", " Subject_No ", "remark", "订单号", "ORDER_TYPE", "提交日期", "service_no", "变更字段"});

        assertThat(header.fieldCount()).isEqualTo(8);
        assertThat(header.positionOf("status")).isZero();
        assertThat(header.positionOf("subject_no")).isEqualTo(1);
        assertThat(header.positionOf("order_id")).isEqualTo(3);
        assertThat(header.positionOf("order_type")).isEqualTo(4);
        assertThat(header.positionOf("submitted_on")).isEqualTo(5);
        assertThat(header.positionOf("service_no")).isEqualTo(6);
        assertThat(header.positionOf("changed_field")).isEqualTo(7);
        // an optional column the file lacks, and a name no file has
        assertThat(header.positionOf("new_value")).isEqualTo(-1);
        assertThat(header.positionOf("remark")).isEqualTo(-1);
        // a name equal to a column's but not the same string is found all the same
        assertThat(header.positionOf(new String("changed_field".toCharArray()))).isEqualTo(7);
        assertThat(header.present()).extracting(p -> p.column().name() + "@" + p.position()).containsExactly(
                "order_id@3", "subject_no@1", "order_type@4", "status@0", "submitted_on@5", "service_no@6",
                "changed_field@7");
    }

    @Test
    void aRowsCellIsReadByItsColumnsName() {
        ExportHeader header = ExportHeader.of(ExportFile.ORDERS, new String[] {
            "status", "subject_no", "order_id", "order_type", "submitted_on"});
        ExportRow row = new ExportRow(header, 2, new String[] {" 审核中 ", "粤ICP备14056789号", "O-1", "", "2026-11-02"},
                null, 0, false);

        assertThat(row.text("status")).isEqualTo("审核中");
        assertThat(row.text("order_id")).isEqualTo("O-1");
        assertThat(row.text("order_type")).isNull();
        assertThat(row.text("service_no")).isNull();
    }

    @Test
    void refusesAHeaderWithoutARequiredColumnOrWithOneTwice() {
        assertThatThrownBy(() -> ExportHeader.of(ExportFile.ORDERS, new String[] {
            "order_id", "subject_no", "order_type", "status"}))
                .isInstanceOf(InputFileException.class)
                .hasMessage("orders.csv: required column 'submitted_on' (提交日期) is missing from the header");
        assertThatThrownBy(() -> ExportHeader.of(ExportFile.ORDERS, new String[] {
            "order_id", "subject_no", "order_type", "status", "submitted_on", "订单号"}))
                .isInstanceOf(InputFileException.class)
                .hasMessage("orders.csv: column 'order_id' (订单号) appears 2 times in the header (columns 1, 6); keep one");
    }
}
