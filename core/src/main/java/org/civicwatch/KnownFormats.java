package org.civicwatch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * The formats civicwatch knows of and the modules that add them, so that a missing format is an error
 * naming the module to add ("To read json, add org.civicwatch:civicwatch-importer-json ..."). The table
 * is the class path resource {@value #RESOURCE} of core, whose header documents its columns.
 *
 * <p>The table only names modules. It never decides which format a file is or which plugin writes an
 * extension: that comes from the installed plugins' descriptors alone.
 */
public final class KnownFormats {
    /** The table's resource, beside this class. */
    public static final String RESOURCE = "/org/civicwatch/known-formats.tsv";

    private static final class Table {
        static final List<KnownFormat> ROWS = load();
    }

    private KnownFormats() {
    }

    /** {@return every known format, in the table's order} */
    public static List<KnownFormat> all() {
        return Table.ROWS;
    }

    /**
     * {@return the known format of an id}
     *
     * @param id the format id, any case ("json")
     */
    public static Optional<KnownFormat> byId(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return all().stream().filter(f -> f.id().equals(lower)).findFirst();
    }

    /**
     * {@return the known formats whose plugins claim an extension, those whose own extension it is first}
     *
     * @param extension without the dot, any case ("html")
     */
    public static List<KnownFormat> byExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        List<KnownFormat> own = new ArrayList<>();
        List<KnownFormat> further = new ArrayList<>();
        for (KnownFormat f : all()) {
            int at = f.extensions().indexOf(lower);
            if (at == 0) {
                own.add(f);
            } else if (at > 0) {
                further.add(f);
            }
        }
        own.addAll(further);
        return List.copyOf(own);
    }

    /** {@return the known formats that are folders} */
    public static List<KnownFormat> folders() {
        return all().stream().filter(KnownFormat::folders).toList();
    }

    private static List<KnownFormat> load() {
        try (InputStream in = KnownFormats.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from civicwatch core's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the table's lines.
     *
     * @param lines the lines of the table
     * @param source its name, for messages
     * @throws IllegalStateException naming the line of a malformed row or a repeated id
     */
    static List<KnownFormat> parse(List<String> lines, String source) {
        List<KnownFormat> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String at = source + ":" + n + ": ";
            if (cells.length != 5) {
                throw new IllegalStateException(at + "expected 5 columns separated by tabs (id, extensions, importer,"
                        + " exporter, what), got " + cells.length);
            }
            String id = cells[0].strip();
            if (!id.matches("[a-z0-9][a-z0-9.-]*")) {
                throw new IllegalStateException(at + "\"" + id + "\" is not a format id");
            }
            if (!ids.add(id)) {
                throw new IllegalStateException(at + "format '" + id + "' has a row already");
            }
            List<String> extensions = new ArrayList<>();
            boolean folders = false;
            for (String e : cells[1].strip().equals("-") ? new String[0] : cells[1].split(",")) {
                String ext = e.strip();
                if (ext.equals("/")) {
                    folders = true;
                } else if (ext.matches("[a-z0-9][a-z0-9.]*")) {
                    extensions.add(ext);
                } else {
                    throw new IllegalStateException(at + "\"" + ext + "\" is not an extension (lower case, without"
                            + " the dot) nor \"/\"");
                }
            }
            String importer = artifact(cells[2], at);
            String exporter = artifact(cells[3], at);
            if (importer == null && exporter == null) {
                throw new IllegalStateException(at + "format '" + id + "' names neither an importer nor an exporter");
            }
            String what = cells[4].strip();
            if (what.isEmpty()) {
                throw new IllegalStateException(at + "say what format '" + id + "' is");
            }
            rows.add(new KnownFormat(id, extensions, folders, importer, exporter, what));
        }
        return List.copyOf(rows);
    }

    @CheckForNull
    private static String artifact(String cell, String at) {
        String a = cell.strip();
        if (a.equals("-")) {
            return null;
        }
        if (Arrays.stream(a.split(":", -1)).filter(p -> p.matches("[A-Za-z0-9_.-]+")).count() != 2
                || a.chars().filter(c -> c == ':').count() != 1) {
            throw new IllegalStateException(at + "\"" + a + "\" is not a Maven artifact (groupId:artifactId) nor \"-\"");
        }
        return a;
    }
}
