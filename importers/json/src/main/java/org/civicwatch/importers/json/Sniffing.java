package org.civicwatch.importers.json;

import java.nio.charset.StandardCharsets;
import org.civicwatch.json.JsonMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Looks at the first bytes of an input for format detection; never fails, whatever the bytes. */
final class Sniffing {
    private Sniffing() {
    }

    /** Whether the input starts with an object whose first member has this name. */
    static boolean startsWithObjectMember(byte[] head, String name) {
        try (JsonParser p = JsonMapping.mapper().createParser(withoutBom(head))) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.PROPERTY_NAME
                    && name.equals(p.currentName());
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Whether the first line is one whole JSON object (or the head ends before the line does). */
    static boolean firstLineIsObject(byte[] head) {
        String text = withoutBom(head);
        int end = text.indexOf('\n');
        if (end < 0) {
            return true;
        }
        try (JsonParser p = JsonMapping.mapper().createParser(text.substring(0, end))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static String withoutBom(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
