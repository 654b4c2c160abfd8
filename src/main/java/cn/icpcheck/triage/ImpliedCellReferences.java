package cn.icpcheck.triage;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Gives every row and cell of a sheet its reference. The {@code r} attributes of {@code <row>} and
 * {@code <c>} are optional in the file format, and some spreadsheet libraries leave them out: a row
 * without one follows the row before it, a cell without one the cell before it in its row, as Excel
 * reads them. POI's streaming reader would report such cells without a reference, and their columns
 * could not be told apart.
 */
final class ImpliedCellReferences extends XMLFilterImpl {

    private int row = -1;
    private int nextColumn;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("row".equals(localName)) {
            String r = atts.getValue("r");
            row = r == null ? row + 1 : Integer.parseInt(r.strip()) - 1;
            nextColumn = 0;
            if (r == null) {
                super.startElement(uri, localName, qName, with(atts, Integer.toString(row + 1)));
                return;
            }
        } else if ("c".equals(localName)) {
            String r = atts.getValue("r");
            if (r == null) {
                String reference = new CellReference(row, nextColumn).formatAsString(false);
                nextColumn++;
                super.startElement(uri, localName, qName, with(atts, reference));
                return;
            }
            nextColumn = new CellReference(r).getCol() + 1;
        }
        super.startElement(uri, localName, qName, atts);
    }

    private static Attributes with(Attributes atts, String reference) {
        AttributesImpl added = new AttributesImpl(atts);
        added.addAttribute("", "r", "r", "CDATA", reference);
        return added;
    }
}
