package org.civicwatch.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.CheckForNull;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.json.JsonTrees;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Location;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;

/**
 * The JSON-LD blocks of a page, read into plain Java trees (maps, lists, strings, longs, doubles, booleans)
 * with the JSON set-up and read limits every civicwatch JSON reader has ({@link JsonMapping}): a key given
 * twice is an error, not a silent last-one-wins.
 */
final class JsonLd {

    /**
     * One {@code <script type="application/ld+json">} block.
     *
     * @param json its text
     * @param sourceLine the page line its text starts on, 0 when unknown
     */
    record Script(String json, int sourceLine) {
    }

    private JsonLd() {
    }

    /** The page's JSON-LD blocks, in order. */
    static List<Script> scripts(Document page) {
        List<Script> out = new ArrayList<>();
        for (Element e : page.select("script[type=application/ld+json]")) {
            int line = e.sourceRange().isTracked() ? e.sourceRange().start().lineNumber() : 0;
            out.add(new Script(e.data(), line));
        }
        return out;
    }

    /**
     * A block's content as a tree.
     *
     * @throws DataException located at the line of the page where the JSON goes wrong
     */
    @CheckForNull
    static Object parse(Script script, String source) {
        try {
            return JsonTrees.parse(script.json());
        } catch (JacksonException e) {
            long line = 0;
            long column = 0;
            if (e.getLocation() != null && e.getLocation().getLineNr() > 0 && script.sourceLine() > 0) {
                line = script.sourceLine() + e.getLocation().getLineNr() - 1L;
                column = e.getLocation().getLineNr() == 1 ? 0 : Math.max(0, e.getLocation().getColumnNr());
            }
            throw new DataException(Location.at(source, line, column), "the JSON-LD block cannot be read: "
                    + JsonMapping.explain(e), e);
        }
    }

    /** Every object in a tree: the tree itself, array elements and {@code @graph} members, depth first. */
    static List<Map<?, ?>> objects(@CheckForNull Object tree) {
        List<Map<?, ?>> out = new ArrayList<>();
        collect(tree, out);
        return out;
    }

    private static void collect(@CheckForNull Object tree, List<Map<?, ?>> out) {
        if (tree instanceof Map<?, ?> m) {
            out.add(m);
            collect(m.get("@graph"), out);
        } else if (tree instanceof List<?> l) {
            l.forEach(item -> collect(item, out));
        }
    }

    /** Whether an object's {@code @type} (a string or a list) names one of the types. */
    static boolean hasType(Map<?, ?> object, String... types) {
        Object t = object.get("@type");
        List<?> names = t instanceof List<?> l ? l : t == null ? List.of() : List.of(t);
        for (Object n : names) {
            for (String type : types) {
                if (type.equals(n) || ("https://schema.org/" + type).equals(n) || ("http://schema.org/" + type).equals(n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A member as text: a string, the first of a list, or the {@code @id}/{@code url}/{@code name} of an object. */
    @CheckForNull
    static String text(Map<?, ?> object, String member) {
        return asText(object.get(member));
    }

    @CheckForNull
    private static String asText(@CheckForNull Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? null : s;
        }
        if (v instanceof List<?> l && !l.isEmpty()) {
            return asText(l.get(0));
        }
        if (v instanceof Map<?, ?> m) {
            for (String k : new String[] {"@id", "url", "name"}) {
                String s = asText(m.get(k));
                if (s != null) {
                    return s;
                }
            }
        }
        return v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
    }
}
