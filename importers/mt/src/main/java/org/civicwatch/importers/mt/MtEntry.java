package org.civicwatch.importers.mt;

import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;

/**
 * One entry of a Movable Type export, as written: its header fields and its sections.
 *
 * @param line the line it starts on
 * @param fields its header fields by name ({@code TITLE}, {@code DATE}); a repeated field keeps every value
 * @param fieldLines the line of each header field's first value
 * @param sections its sections in order ({@code BODY}, {@code EXTENDED BODY}, {@code COMMENT}...)
 */
record MtEntry(long line, Map<String, List<String>> fields, Map<String, Long> fieldLines, List<Section> sections) {

    /**
     * A section of an entry.
     *
     * @param name its name, as its label line says it ({@code BODY})
     * @param line the line its content starts on
     * @param fields the fields at its head (a comment's {@code AUTHOR}, {@code DATE}); empty for a body
     * @param text its content
     */
    record Section(String name, long line, Map<String, String> fields, String text) {
    }

    MtEntry {
        fields = Map.copyOf(fields);
        fieldLines = Map.copyOf(fieldLines);
        sections = List.copyOf(sections);
    }

    /** {@return the first value of a header field, or null} */
    @CheckForNull
    String field(String name) {
        List<String> v = fields.get(name);
        return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).strip();
    }

    /** {@return the line a header field is on; the entry's first line when it has none} */
    long lineOf(String field) {
        return fieldLines.getOrDefault(field, line);
    }

    /** {@return the entry's title, or a name for it in messages} */
    String name() {
        String title = field("TITLE");
        return title != null ? "'" + title + "'" : "at line " + line;
    }

    /** {@return the sections of a name, in order} */
    List<Section> sections(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).toList();
    }
}
