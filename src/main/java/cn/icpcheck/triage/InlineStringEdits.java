package cn.icpcheck.triage;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a cell that POI edited in place the way the editor meant it. The workbook writes its text
 * cells as inline strings ({@code <c t="inlineStr"><is><t>待处理</t></is></c>}); POI's
 * {@code setCellValue} on such a cell adds the new text as {@code <v>} and leaves the old {@code <is>},
 * so the sheet then holds both. Such a cell is passed on as a plain string cell holding the {@code <v>}
 * text; every other cell passes through unchanged.
 */
final class InlineStringEdits extends XMLFilterImpl {

    private interface Event {
        void replay() throws SAXException;
    }

    private List<Event> buffered;
    private Attributes cellAttributes;
    private boolean hasValue;
    private int depth;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (buffered == null && "c".equals(localName) && "inlineStr".equals(atts.getValue("t"))) {
            buffered = new ArrayList<>();
            cellAttributes = new AttributesImpl(atts);
            hasValue = false;
            depth = 0;
            return;
        }
        if (buffered != null) {
            depth++;
            if ("v".equals(localName) && depth == 1) {
                hasValue = true;
            }
            Attributes copy = new AttributesImpl(atts);
            buffered.add(new Start(localName, () -> super.startElement(uri, localName, qName, copy)));
            return;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (buffered != null) {
            if (depth == 0 && "c".equals(localName)) {
                flush(uri, localName, qName);
                return;
            }
            depth--;
            buffered.add(new End(localName, () -> super.endElement(uri, localName, qName)));
            return;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (buffered != null) {
            char[] copy = java.util.Arrays.copyOfRange(ch, start, start + length);
            buffered.add(() -> super.characters(copy, 0, copy.length));
            return;
        }
        super.characters(ch, start, length);
    }

    private void flush(String uri, String localName, String qName) throws SAXException {
        List<Event> events = buffered;
        buffered = null;
        Attributes attributes = cellAttributes;
        if (!hasValue) {
            super.startElement(uri, localName, qName, attributes);
            for (Event e : events) {
                e.replay();
            }
            super.endElement(uri, localName, qName);
            return;
        }
        // keep only the <v> element (at depth 1) and its text: a formula's string result reads as plain text
        AttributesImpl asString = new AttributesImpl(attributes);
        asString.setValue(asString.getIndex("t"), "str");
        super.startElement(uri, localName, qName, asString);
        replayValueOnly(events);
        super.endElement(uri, localName, qName);
    }

    /** Replays the events of the {@code <v>} element only, dropping the stale {@code <is>}. */
    private void replayValueOnly(List<Event> events) throws SAXException {
        // events were recorded in order; the <v> subtree is found by replaying through a depth counter
        // kept alongside: recorded starts and ends are matched by position
        int level = 0;
        boolean inValue = false;
        for (Event e : events) {
            if (e instanceof Start s) {
                level++;
                if (level == 1 && "v".equals(s.localName)) {
                    inValue = true;
                }
                if (inValue) {
                    e.replay();
                }
            } else if (e instanceof End end) {
                if (inValue) {
                    e.replay();
                }
                if (level == 1 && "v".equals(end.localName)) {
                    inValue = false;
                }
                level--;
            } else if (inValue) {
                e.replay();
            }
        }
    }

    private record Start(String localName, Event event) implements Event {
        @Override
        public void replay() throws SAXException {
            event.replay();
        }
    }

    private record End(String localName, Event event) implements Event {
        @Override
        public void replay() throws SAXException {
            event.replay();
        }
    }
}
