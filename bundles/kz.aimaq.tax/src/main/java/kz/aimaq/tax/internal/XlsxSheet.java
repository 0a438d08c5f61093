package kz.aimaq.tax.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first worksheet of an XLSX file (Office Open XML, ECMA-376) as rows of text, read with the
 * JDK's zip and StAX readers. A bank file is one sheet of plain values, so this reads what such a
 * file holds: shared and inline strings, numbers (as Excel shows them, 15 significant digits),
 * booleans, formula results, and numbers in a date format as {@code YYYY-MM-DD}. Written here
 * rather than taken from fastexcel-reader, which would bring aalto-xml, stax2, commons-compress,
 * commons-io, commons-codec and commons-lang3 into the product for this one sheet.
 */
final class XlsxSheet {

    /** A row of the sheet: its 1-based row number and its cells by column (A = 0), blank where empty. */
    record SheetRow(long number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * Not an XLSX file, or one whose parts are missing or broken: a key of the problem texts
     * ({@code tax-problems}) and its arguments, to be said in the reader's language; the message is English.
     */
    static final class XlsxException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final Object[] arguments;

        XlsxException(String key, Object... arguments) {
            super(ProblemTexts.of(java.util.Locale.ENGLISH).get(key, arguments));
            this.key = key;
            this.arguments = arguments.clone();
        }

        /** The problem in the language of these texts. */
        String reason(kz.aimaq.platform.api.l10n.Messages texts) {
            return texts.get(key, arguments);
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Built-in number formats that show dates (ECMA-376 part 1, 18.8.30). */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50,
            51, 52, 53, 54, 57, 58);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Parts larger than this are refused: a bank file of a million rows stays far below it. */
    private static final long MAX_PART_BYTES = 1L << 30;

    private final String name;
    private final List<SheetRow> rows;

    private XlsxSheet(String name, List<SheetRow> rows) {
        this.name = name;
        this.rows = rows;
    }

    /** The sheet's name as Excel shows it on its tab. */
    String name() {
        return name;
    }

    /** The rows that have any cell, in order. */
    List<SheetRow> rows() {
        return rows;
    }

    /** Whether the bytes start as a zip file does (an XLSX is one). */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Reads the first sheet of the workbook. */
    static XlsxSheet read(byte[] bytes) throws XlsxException, IOException {
        Map<String, byte[]> parts = parts(bytes);
        byte[] workbook = parts.get("xl/workbook.xml");
        if (workbook == null) {
            throw new XlsxException("xlsx.noWorkbook");
        }
        try {
            String[] first = firstSheet(workbook);
            String target = sheetTarget(parts.get("xl/_rels/workbook.xml.rels"), first[1]);
            byte[] sheet = parts.get(target);
            if (sheet == null) {
                throw new XlsxException("xlsx.missingSheet", first[0], target);
            }
            List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
            Set<Integer> dateStyles = dateStyles(parts.get("xl/styles.xml"));
            LocalDate epoch = "1".equals(first[2]) || "true".equals(first[2]) ? EPOCH_1904 : EPOCH_1900;
            return new XlsxSheet(first[0], rows(sheet, strings, dateStyles, epoch));
        } catch (XMLStreamException e) {
            throw new XlsxException("xlsx.brokenXml", e.getMessage());
        }
    }

    private static Map<String, byte[]> parts(byte[] bytes) throws XlsxException, IOException {
        if (!looksLikeZip(bytes)) {
            throw new XlsxException("xlsx.notZip");
        }
        // ZipFile reads the central directory: spreadsheet writers stream their entries with the sizes
        // after the data, which ZipInputStream cannot always follow
        Path copy = Files.createTempFile("aimaq-xlsx", ".zip");
        Map<String, byte[]> parts = new HashMap<>();
        try {
            Files.write(copy, bytes);
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    String part = entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
                    if (part.endsWith(".xml") || part.endsWith(".rels")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            byte[] content = in.readNBytes((int) MAX_PART_BYTES + 1);
                            if (content.length > MAX_PART_BYTES) {
                                throw new XlsxException("xlsx.partTooLarge", part);
                            }
                            parts.put(part, content);
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new XlsxException("xlsx.brokenZip", e.getMessage());
        } finally {
            Files.deleteIfExists(copy);
        }
        return parts;
    }

    private static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // a workbook is data: no DTDs, no external entities
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException e) {
            // a factory without the property reads no external DTD anyway, SUPPORT_DTD is off
        }
        return factory.createXMLStreamReader(new ByteArrayInputStream(part));
    }

    /** The first sheet's name, relationship id and the workbook's date1904 flag. */
    private static String[] firstSheet(byte[] workbook) throws XMLStreamException, XlsxException {
        XMLStreamReader r = xml(workbook);
        String date1904 = null;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("workbookPr")) {
                    date1904 = r.getAttributeValue(null, "date1904");
                } else if (r.getLocalName().equals("sheet")) {
                    return new String[] {r.getAttributeValue(null, "name"), r.getAttributeValue(RELATIONSHIPS, "id"),
                            date1904};
                }
            }
        }
        throw new XlsxException("xlsx.noSheet");
    }

    private static String sheetTarget(byte[] rels, String id) throws XMLStreamException, XlsxException {
        if (rels == null) {
            throw new XlsxException("xlsx.noRelationships");
        }
        XMLStreamReader r = xml(rels);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
                    && id != null && id.equals(r.getAttributeValue(null, "Id"))) {
                String target = r.getAttributeValue(null, "Target");
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        throw new XlsxException("xlsx.noSheetPart");
    }

    private static List<String> sharedStrings(byte[] part) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        XMLStreamReader r = xml(part);
        StringBuilder text = null;
        boolean phonetic = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> text = new StringBuilder();
                    case "rPh" -> phonetic = true;
                    case "t" -> {
                        if (text != null && !phonetic) {
                            text.append(r.getElementText());
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("si")) {
                    strings.add(text.toString());
                    text = null;
                } else if (r.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
            }
        }
        return strings;
    }

    /** The indexes of the cell formats (cellXfs) that show a date. */
    private static Set<Integer> dateStyles(byte[] part) throws XMLStreamException {
        Set<Integer> styles = new HashSet<>();
        if (part == null) {
            return styles;
        }
        Set<Integer> dateFormats = new HashSet<>(DATE_FORMATS);
        XMLStreamReader r = xml(part);
        boolean cellXfs = false;
        int index = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> {
                        if (isDateFormat(r.getAttributeValue(null, "formatCode"))) {
                            dateFormats.add(Integer.parseInt(r.getAttributeValue(null, "numFmtId")));
                        }
                    }
                    case "cellXfs" -> cellXfs = true;
                    case "xf" -> {
                        if (cellXfs) {
                            String format = r.getAttributeValue(null, "numFmtId");
                            if (format != null && dateFormats.contains(Integer.parseInt(format))) {
                                styles.add(index);
                            }
                            index++;
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                cellXfs = false;
            }
        }
        return styles;
    }

    /** A custom format shows a date when it has d, m or y outside quoted text, escapes and [brackets]. */
    static boolean isDateFormat(String code) {
        if (code == null) {
            return false;
        }
        String bare = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^\\]]*\\]", "")
                .toLowerCase(java.util.Locale.ROOT);
        return bare.matches(".*[dmy].*") && !bare.contains("0") && !bare.contains("#");
    }

    private static List<SheetRow> rows(byte[] sheet, List<String> strings, Set<Integer> dateStyles, LocalDate epoch)
            throws XMLStreamException, XlsxException {
        List<SheetRow> rows = new ArrayList<>();
        XMLStreamReader r = xml(sheet);
        List<String> cells = null;
        long rowNumber = 0;
        int column = -1;
        String type = null;
        int style = 0;
        String value = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String number = r.getAttributeValue(null, "r");
                        rowNumber = number == null ? rowNumber + 1 : Long.parseLong(number);
                        cells = new ArrayList<>();
                        column = -1;
                    }
                    case "c" -> {
                        String ref = r.getAttributeValue(null, "r");
                        column = ref == null ? column + 1 : columnOf(ref);
                        type = r.getAttributeValue(null, "t");
                        String s = r.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = null;
                    }
                    case "v" -> value = r.getElementText();
                    case "t" -> value = (value == null ? "" : value) + r.getElementText();
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (r.getLocalName().equals("c") && cells != null) {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, text(type, style, value, strings, dateStyles, epoch, rowNumber, column));
                } else if (r.getLocalName().equals("row") && cells != null) {
                    if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        rows.add(new SheetRow(rowNumber, List.copyOf(cells)));
                    }
                    cells = null;
                }
            }
        }
        return rows;
    }

    private static String text(String type, int style, String value, List<String> strings, Set<Integer> dateStyles,
            LocalDate epoch, long row, int column) throws XlsxException {
        if (value == null) {
            return "";
        }
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                int index = Integer.parseInt(value.trim());
                if (index < 0 || index >= strings.size()) {
                    throw new XlsxException("xlsx.sharedString", cellName(row, column), index, strings.size());
                }
                return strings.get(index);
            }
            case "b" -> {
                return "1".equals(value.trim()) ? "TRUE" : "FALSE";
            }
            case "n" -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(value.trim());
                } catch (NumberFormatException e) {
                    throw new XlsxException("xlsx.notNumber", cellName(row, column), value);
                }
                if (dateStyles.contains(style)) {
                    long days = number.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
                    // Excel counts 29 February 1900, which did not exist: serials before it are one day off
                    return (epoch == EPOCH_1900 && days < 61 ? epoch.plusDays(days + 1) : epoch.plusDays(days)).toString();
                }
                // as Excel shows a number: at most 15 significant digits, no exponent
                return number.round(new MathContext(15)).stripTrailingZeros().toPlainString();
            }
            default -> {
                return value; // inlineStr, str (a formula's text), e (an error such as #N/A)
            }
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** A cell's reference such as {@code C5}. */
    static String cellName(long row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }
}
