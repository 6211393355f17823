package org.civicwatch.importers.mt;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;

/**
 * Splits Movable Type export text into entries, one at a time: entries end at a line of eight dashes,
 * sections at a line of five; an entry opens with header fields ({@code KEY: value}), each section with
 * its label line ({@code BODY:}). Holds one entry at a time, bounded in size.
 */
final class MtParser {
    static final String ENTRY_END = "--------";
    static final String SECTION_END = "-----";
    /** The multi-line sections an entry may have. */
    static final Set<String> SECTIONS = Set.of("BODY", "EXTENDED BODY", "EXCERPT", "KEYWORDS", "COMMENT", "PING");
    private static final Pattern FIELD = Pattern.compile("([A-Z][A-Z ]{0,40}):(?: (.*))?");
    private static final Set<String> COMMENT_FIELDS = Set.of("AUTHOR", "EMAIL", "IP", "URL", "DATE");

    private enum State { HEADER, BETWEEN, SECTION }

    private final BufferedReader in;
    private final String source;
    private final long maxChars;
    private long line;
    private boolean ended;

    MtParser(BufferedReader in, String source, long maxChars) {
        this.in = in;
        this.source = source;
        this.maxChars = maxChars;
    }

    /** {@return the line last read} */
    long line() {
        return line;
    }

    @CheckForNull
    private String readLine() throws IOException {
        if (ended) {
            return null;
        }
        String l;
        try {
            l = in.readLine();
        } catch (CharacterCodingException e) {
            throw new DataException(Location.at(source, line + 1, 0), "bytes that are not in the file's character set;"
                    + " give the export's real one with the option charset (goo blog exports are UTF-8, older ones"
                    + " EUC-JP or windows-31j)", e);
        }
        if (l == null) {
            ended = true;
            return null;
        }
        line++;
        return line == 1 && l.startsWith("\uFEFF") ? l.substring(1) : l;
    }

    /**
     * {@return the next entry, or null at the end of the text}
     *
     * @throws DataException for an entry that breaks the format, located at its line with its title; the
     *     parser is then inside that entry, and {@link #skipEntry()} passes over the rest of it
     */
    @CheckForNull
    MtEntry next() throws IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, Long> fieldLines = new LinkedHashMap<>();
        List<MtEntry.Section> sections = new ArrayList<>();
        State state = State.HEADER;
        long start = 0;
        String sectionName = null;
        long sectionLine = 0;
        Map<String, String> sectionFields = new LinkedHashMap<>();
        boolean sectionHead = false;
        StringBuilder text = new StringBuilder();
        long chars = 0;
        for (String l; (l = readLine()) != null; ) {
            chars += l.length() + 1;
            if (chars > maxChars) {
                throw error(line, fields, "the entry is longer than " + maxChars + " characters, the limit set by the"
                        + " option max-input-bytes; raise it, or check that the file is a Movable Type export");
            }
            String plain = l.stripTrailing();
            if (plain.equals(ENTRY_END)) {
                if (state == State.SECTION) {
                    sections.add(new MtEntry.Section(sectionName, sectionLine, sectionFields, text.toString()));
                }
                if (start == 0) {
                    continue;  // blank lines and separators between entries
                }
                return new MtEntry(start, fields, fieldLines, sections);
            }
            if (start == 0 && plain.isEmpty()) {
                continue;
            }
            if (start == 0) {
                start = line;
            }
            if (plain.equals(SECTION_END)) {
                if (state == State.SECTION) {
                    sections.add(new MtEntry.Section(sectionName, sectionLine, sectionFields, text.toString()));
                }
                state = State.BETWEEN;
                continue;
            }
            String label = label(plain);
            switch (state) {
                case HEADER -> {
                    if (plain.isEmpty()) {
                        continue;
                    }
                    if (label != null) {
                        throw error(line, fields, "the section " + label + " follows the header fields without the line"
                                + " " + SECTION_END + " before it; add that line");
                    }
                    Matcher m = FIELD.matcher(plain);
                    if (!m.matches()) {
                        throw error(line, fields, "expected a header field (KEY: value) or the line " + SECTION_END
                                + " that ends them, not \"" + shorten(plain) + "\"");
                    }
                    fieldLines.putIfAbsent(m.group(1).strip(), line);
                    fields.computeIfAbsent(m.group(1).strip(), k -> new ArrayList<>())
                            .add(m.group(2) == null ? "" : m.group(2).strip());
                }
                case BETWEEN -> {
                    if (plain.isEmpty()) {
                        continue;
                    }
                    if (label == null) {
                        throw error(line, fields, "expected a section label (BODY:, EXTENDED BODY:, EXCERPT:, KEYWORDS:,"
                                + " COMMENT:) after the line " + SECTION_END + ", not \"" + shorten(plain) + "\"");
                    }
                    state = State.SECTION;
                    sectionName = label;
                    sectionLine = line + 1;
                    sectionFields = new LinkedHashMap<>();
                    sectionHead = label.equals("COMMENT") || label.equals("PING");
                    text.setLength(0);
                }
                default -> {
                    if (label != null) {
                        throw error(line, fields, "the section " + label + " begins inside the section " + sectionName
                                + " (begun at line " + (sectionLine - 1) + ") without the line " + SECTION_END
                                + " between them; add that line");
                    }
                    if (sectionHead) {
                        Matcher m = FIELD.matcher(plain);
                        if (m.matches() && COMMENT_FIELDS.contains(m.group(1))) {
                            sectionFields.put(m.group(1), m.group(2) == null ? "" : m.group(2).strip());
                            sectionLine = line + 1;
                            continue;
                        }
                        sectionHead = false;
                    }
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(l);
                }
            }
        }
        if (start == 0) {
            return null;
        }
        throw error(line, fields, "the file ends inside this entry" + (state == State.SECTION ? ", in its section "
                + sectionName + " begun at line " + (sectionLine - 1) : "") + ", without the line " + ENTRY_END
                + " that ends an entry: the body was cut off. Export the blog again, or read leniently to skip it");
    }

    /** Passes over the rest of the entry a {@link #next()} failed in. */
    void skipEntry() throws IOException {
        for (String l; (l = readLine()) != null; ) {
            if (l.stripTrailing().equals(ENTRY_END)) {
                return;
            }
        }
    }

    @CheckForNull
    private static String label(String plain) {
        if (!plain.endsWith(":")) {
            return null;
        }
        String name = plain.substring(0, plain.length() - 1);
        return SECTIONS.contains(name) ? name : null;
    }

    private DataException error(long at, Map<String, List<String>> fields, String message) {
        List<String> title = fields.get("TITLE");
        String entry = title == null || title.isEmpty() ? "entry" : "entry '" + title.get(0) + "'";
        return new DataException(Location.at(source, at, 0), entry + ": " + message);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
