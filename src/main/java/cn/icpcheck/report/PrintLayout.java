package cn.icpcheck.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet prints: A4 landscape, all columns on the width of a page (as many pages down as
 * needed), the first row repeated on each page, the report's title and the sheet's name at the top
 * and the page number at the bottom.
 */
final class PrintLayout {

    /** Excel's header and footer codes: the sheet's name, the page, the number of pages. */
    private static final String SHEET_NAME = "&A";
    private static final String PAGE = "&P";
    private static final String PAGES = "&N";

    private final String runningTitle;
    private final String pageNumber;

    PrintLayout(String runningTitle, WorkbookLabels labels) {
        this.runningTitle = runningTitle.replace("&", "&&");
        this.pageNumber = labels.get("print.page", PAGE, PAGES);
    }

    void apply(Sheet sheet) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.7);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getHeader().setLeft(runningTitle);
        sheet.getHeader().setRight(SHEET_NAME);
        sheet.getFooter().setCenter(pageNumber);
    }
}
