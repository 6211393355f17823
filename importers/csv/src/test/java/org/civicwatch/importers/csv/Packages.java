package org.civicwatch.importers.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Data packages written by hand for the tests: a folder of files, or the same files as a zip. */
final class Packages {
    private Packages() {
    }

    /** A small package of two sightings with tags and links, and one filing with its events. */
    static Map<String, String> small() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("datapackage.json", """
                {
                  "profile": "tabular-data-package",
                  "title": "手書きのパッケージ",
                  "civicwatch": {"version": "1", "formulasNeutralised": true,
                                 "info": {"title": "手書きのパッケージ", "language": "ja"}},
                  "resources": [
                    {"name": "sightings", "path": "sightings.csv", "profile": "tabular-data-resource",
                     "encoding": "utf-8"},
                    {"name": "sightings_tags", "path": "sightings_tags.csv", "profile": "tabular-data-resource"},
                    {"name": "sightings_links", "path": "data/links.csv", "profile": "tabular-data-resource",
                     "dialect": {"delimiter": ";"}},
                    {"name": "filings", "path": "filings.csv", "profile": "tabular-data-resource"},
                    {"name": "filings_events", "path": "filings_events.csv", "profile": "tabular-data-resource"}
                  ]
                }
                """);
        files.put("sightings.csv", "id,device,place_floor,notes\ns1,camera,2,'=1+1\ns2,motion_sensor,,\ns3,camera,-1,\n");
        files.put("sightings_tags.csv", "sighting_id,position,value\ns1,1,ceiling\ns1,2,'@x\ns3,1,basement\n");
        files.put("data/links.csv", "sighting_id;position;url;kind\ns2;1;https://example.org/a;photo\n");
        files.put("filings.csv", "kind,id,filed\ndisclosure_request,f1,2015-03\n");
        files.put("filings_events.csv", "filing_id,position,kind,when,when_original\n"
                + "f1,1,filed,2015-03-02,平成27年3月2日\nf1,2,decided,2015-04,\n");
        return files;
    }

    static Path folder(Path dir, Map<String, String> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return zipBytes(bytes);
    }

    static byte[] zipBytes(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The small package with one file replaced. */
    static Map<String, String> with(String file, String content) {
        Map<String, String> files = small();
        files.put(file, content);
        return files;
    }
}
