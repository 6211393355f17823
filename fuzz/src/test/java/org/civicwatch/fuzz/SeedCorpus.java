package org.civicwatch.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.RecordType;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.Option;
import org.civicwatch.spi.Options;
import org.civicwatch.testkit.RandomDatasets;

/**
 * Writes the seeds of every fuzz target into {@code src/test/resources/.../ImporterFuzzTestInputs/<target>/}:
 * the sample dataset and random ones in each format, the project's own fixtures, and the inputs that once
 * broke a reader (the numbered points of the reliability work: quadratic patterns, U+FFFF, lone surrogates,
 * pages and files cut short, a JSON-LD without its marker, a UTF-16 byte order mark before UTF-8, duplicate
 * ids, a {@code .jsonl} that mentions a blog host). Run by {@code fuzz/run seeds} from the module folder;
 * crashes found by fuzzing are added beside these by Jazzer and kept as they are.
 */
public final class SeedCorpus {
    private final Path root;

    private SeedCorpus(Path root) {
        this.root = root;
    }

    /**
     * Writes the seeds.
     *
     * @param args the fuzz module's folder, or nothing for the current folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path module = Path.of(args.length > 0 ? args[0] : ".");
        SeedCorpus seeds = new SeedCorpus(module.resolve("src/test/resources/org/civicwatch/fuzz/ImporterFuzzTestInputs"));
        seeds.write(module.resolve(".."));
    }

    private void write(Path project) throws IOException {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        List<Dataset> datasets = new ArrayList<>(List.of(sample));
        for (long seed = 1; seed <= 3; seed++) {
            datasets.add(RandomDatasets.generate(seed, 2));
        }

        for (int i = 0; i < datasets.size(); i++) {
            put("json", "dataset-" + i + ".json", export(datasets.get(i), "json", Options.EMPTY));
            put("jsonl", "dataset-" + i + ".jsonl", export(datasets.get(i), "jsonl", Options.EMPTY));
            put("datapackage", "dataset-" + i + ".zip", export(datasets.get(i), "datapackage", Options.EMPTY));
            put("datapackageFolder", "dataset-" + i, folder(datasets.get(i)));
            put("html", "export-" + i + ".html", export(datasets.get(i), "html", Options.EMPTY));
            for (RecordType type : RecordType.values()) {
                Dataset one = Dataset.of(datasets.get(i).info(), datasets.get(i).records(type));
                if (one.size() > 0) {
                    put("csv", "dataset-" + i + "-" + type.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
                            export(one, "csv", Options.EMPTY));
                }
            }
        }
        put("html", "export-fragment.html", export(sample, "html", option("html", "fragment", "true")));
        put("csv", "sightings-excel.csv", export(Dataset.of(sample.info(), sample.sightings()), "csv",
                option("csv", "preset", "excel")));
        put("csv", "sightings-windows-31j.csv", new String(export(Dataset.of(sample.info(), sample.sightings()), "csv",
                Options.EMPTY), StandardCharsets.UTF_8).getBytes("windows-31j"));

        Path fixtures = project.resolve("importers/blog-html/src/test/resources/org/civicwatch/importers/html");
        try (var list = Files.list(fixtures)) {
            for (Path f : (Iterable<Path>) list.filter(p -> p.toString().endsWith(".html")).sorted()::iterator) {
                put("html", "fixture-" + f.getFileName(), Files.readAllBytes(f));
            }
        }
        for (String f : List.of("gunma-2017.json", "gunma-2017.jsonl", "ombudsman-post-2017-06.html")) {
            Path p = project.resolve("examples/data").resolve(f);
            String target = f.endsWith(".jsonl") ? "jsonl" : f.endsWith(".json") ? "json" : "html";
            put(target, "example-" + f, Files.readAllBytes(p));
        }
        brokeOnce(sample, new String(Files.readAllBytes(fixtures.resolve("ombudsman-post-2017-06.html")),
                StandardCharsets.UTF_8), new String(Files.readAllBytes(fixtures.resolve("goo-month.html")),
                StandardCharsets.UTF_8));
    }

    /** The inputs that once broke a reader, each named for what it holds. */
    private void brokeOnce(Dataset sample, String post, String month) throws IOException {
        // time that grew with the square of the input, in the prose of a post
        put("html", "quadratic-han-run.html", utf8(inPost(post, "県職員" + "平成".repeat(20_000) + "が盗聴していた。")));
        put("html", "quadratic-legal-basis.html", utf8(inPost(post, "＊＊＊＊＊住民監査請求書＊＊＊＊＊<br>"
                + "法".repeat(20_000) + "第242条第1項<br>")));
        put("html", "quadratic-addressee.html", utf8(inPost(post, "公文書開示請求書<br>群馬県知事" + "\u3000".repeat(20_000)
                + "様<br>")));
        put("html", "quadratic-leading-br.html", utf8(inPost(post, "<br>".repeat(100_000))));
        put("html", "quadratic-incident-paragraphs.html", utf8(inPost(post,
                "群馬県庁で職員が盗聴していた。<br><br>".repeat(5_000))));

        // U+FFFF, where HTML parsers stop reading, and lone surrogates
        put("html", "uffff-after-br.html", utf8(post.replaceFirst("<br>", "<br>\uFFFF")));
        String page = new String(export(sample, "html", Options.EMPTY), StandardCharsets.UTF_8);
        int jsonLd = page.indexOf("application/ld+json");
        int boundary = Math.max(jsonLd + 64, 32 * 1024);
        put("html", "uffff-in-json-ld.html", utf8(page.substring(0, boundary) + "\uFFFF" + page.substring(boundary)));
        String json = new String(export(sample, "json", Options.EMPTY), StandardCharsets.UTF_8);
        String title = sample.info().title();
        put("json", "uffff-title.json", utf8(json.replaceFirst(title, "\\\\uffff" + title)));
        put("json", "uffff-title-raw.json", utf8(json.replaceFirst(title, "\uFFFF" + title)));
        put("json", "lone-surrogate.json", utf8(json.replaceFirst(title, "lone\\\\ud800surrogate")));
        String lines = new String(export(sample, "jsonl", Options.EMPTY), StandardCharsets.UTF_8);
        put("jsonl", "lone-surrogate.jsonl", utf8(lines.replaceFirst(title, "lone\\\\ud800surrogate")));

        // readings that were quietly short
        put("html", "goo-month-cut-before-last-post.html", utf8(month.substring(0, month.lastIndexOf("class=\"entry\""))));
        put("html", "export-cut-before-json-ld.html", utf8(page.substring(0, jsonLd - 20)));
        put("html", "export-json-ld-without-marker.html", utf8(page.replace("\"civicwatch\":", "\"civicwatchX\":")));
        byte[] utf8Page = utf8(post);
        byte[] behindBom = new byte[utf8Page.length + 2];
        behindBom[0] = (byte) 0xFF;
        behindBom[1] = (byte) 0xFE;
        System.arraycopy(utf8Page, 0, behindBom, 2, utf8Page.length);
        put("html", "utf8-behind-utf16-bom.html", behindBom);
        put("jsonl", "cut-mid-line.jsonl", utf8(lines.substring(0, lines.length() * 2 / 3)));
        put("json", "cut-mid-document.json", utf8(json.substring(0, json.length() * 2 / 3)));

        // one validation everywhere, and detection that does not override what a file says it is
        String first = "\"" + sample.sightings().get(0).id() + "\"";
        String second = "\"" + sample.sightings().get(1).id() + "\"";
        put("html", "json-ld-duplicate-ids.html", utf8(page.replace(second, first)));
        put("json", "duplicate-ids.json", utf8(json.replace(second, first)));
        String sightings = new String(export(Dataset.of(sample.info(), sample.sightings()), "csv", Options.EMPTY),
                StandardCharsets.UTF_8);
        put("csv", "duplicate-ids.csv", utf8(sightings.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(
                sample.sightings().get(1).id()) + ",", sample.sightings().get(0).id() + ",")));
        // a package whose id comes twice, the second time with a list of its own starting again at 1
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(twice)) {
            z.putNextEntry(new ZipEntry("datapackage.json"));
            z.write(utf8("{\"resources\":[{\"name\":\"sightings\",\"path\":\"sightings.csv\"},"
                    + "{\"name\":\"sightings_tags\",\"path\":\"sightings_tags.csv\"}]}"));
            z.putNextEntry(new ZipEntry("sightings.csv"));
            z.write(utf8("id,device\ns1,camera\ns2,camera\ns1,motion_sensor\n"));
            z.putNextEntry(new ZipEntry("sightings_tags.csv"));
            z.write(utf8("sighting_id,position,value\ns1,1,a\ns1,1,b\ns9,1,orphan\n"));
        }
        put("datapackage", "duplicate-ids.zip", twice.toByteArray());
        int afterInfo = lines.indexOf('\n') + 1;
        put("jsonl", "mentions-blog-host.jsonl", utf8(lines.substring(0, afterInfo) + "{\"type\":\"news\",\"record\":{\"id\":"
                + "\"news-goo\",\"outlet\":\"goo blog\",\"headline\":\"見出し\",\"url\":"
                + "\"https://blog.goo.ne.jp/x/e/0123456789abcdef0123456789abcdef\"}}\n" + lines.substring(afterInfo)));

        // a zip that would write outside its folder
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("datapackage.json"));
            z.write("{\"resources\":[{\"path\":\"../escape.csv\"}]}".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("../escape.csv"));
            z.write("id\nx\n".getBytes(StandardCharsets.UTF_8));
        }
        put("datapackage", "zip-slip.zip", zip.toByteArray());
    }

    private static String inPost(String post, String html) {
        String body = "<div class=\"entry-body-text\">";
        int at = post.indexOf(body) + body.length();
        return post.substring(0, at) + html + post.substring(at);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Options option(String formatId, String name, String value) {
        List<Option<?>> accepted = CivicWatch.formats().exporter(formatId).descriptor().options();
        return Options.parse(java.util.Map.of(name, value), accepted);
    }

    private static byte[] export(Dataset d, String formatId, Options options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CivicWatch.formats().write(d, out, formatId, options);
        return out.toByteArray();
    }

    private static byte[] folder(Dataset d) throws IOException {
        Path dir = Files.createTempDirectory("civicwatch-seed-");
        Path pkg = dir.resolve("package");
        CivicWatch.formats().write(d, pkg, "datapackage", Options.EMPTY);
        byte[] input = FolderInput.of(pkg);
        try (var all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return input;
    }

    private void put(String target, String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(root.resolve(target));
        Files.write(dir.resolve(name), bytes);
    }
}
