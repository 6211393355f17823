package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicwatch.catalog.DatasetTree;
import org.civicwatch.json.JsonLdDataset;
import org.civicwatch.json.JsonMapping;
import org.civicwatch.model.Dataset;
import org.civicwatch.samples.SampleData;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.Options;
import org.civicwatch.spi.StandardOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the importer generated malformed and hostile pages. Each must end in a dataset or in a
 * {@link DataException} naming the source, in strict and in lenient mode: never another exception, and
 * never a hang. The inputs are seeded and their sizes bounded (the largest are a few MB, read a handful of
 * times), which is what bounds the test's time.
 */
class HostileInputTest {
    /** Writes any Java value, unlike the tree writer: the corrupted trees hold what a tree must not. */
    private static final JsonMapper JSON = JsonMapping.mapper();
    private static final String[] FIXTURES = {"ombudsman-post-2017-06.html", "goo-month.html", "goo-arcv.html", "h-entry.html",
        "json-ld.html", "og-only.html", "article.html", "euc-jp.html", "heldout-city-hall-cameras.html",
        "heldout-filing-chain.html", "heldout-news-incident.html", "heldout-month-library.html"};
    /** Words the extractors look for, to build prose that reaches deep into them. */
    private static final String[] PROSE = {"1階", "３階から３０階", "地下２階", "B1F", "中2階", "最上階", "32階", "の", "天井に",
        "壁に", "廊下", "監視カメラが", "防犯カメラ", "人感センサー", "マイク", "2基", "６台", "十数台", "およそ数十基", "1台も",
        "なかった", "見当たらない", "。", "、", "\n", "\n\n", "**********", "*****", "NHK News Web", "日本経済新聞",
        "2017年6月13日", "18時55分", "1:50", "平成29年7月18日", "令和元年5月1日", "〔共同〕", "○", "〇", "●", "・", "◎",
        ":", "：", "開示請求", "住民監査請求", "補正", "受理", "意見陳述", "却下", "棄却", "勧告", "不存在", "部分開示",
        "返還", "50万円", "https://blog.goo.ne.jp/x/e/0123456789abcdef0123456789abcdef", "http://[::1", "公文書開示請求書",
        "群馬県知事 様", "群馬県情報公開条例第12条第1項", "盗聴", "職員ら3名", "停職3か月", "【2017年7月17日追記】",
        "99999999999999999999999基", "９９９９９９９９９９９９９９９９９９９９９台", "9999年99月99日", "0年0月0日", "平成99年13月40日",
        "明治元年", "階", "基", "台", "県庁", "市役所", "県立図書館", "駐車場では、", "外に出", "屋外", "５台増やす", "\u0000",
        "\uFFFD", "\uD800", "&#0;", "&#xD800;", "&#1114112;", "<", ">", "&"};

    private final BlogHtmlImporter importer = new BlogHtmlImporter();
    private final List<String> failures = new ArrayList<>();
    private int results;
    private int errors;

    @Test
    void everyHostileInputEndsInADatasetOrALocatedDataException() throws Exception {
        Random random = new Random(20171118);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] b = new byte[random.nextInt(3000)];
            random.nextBytes(b);
            inputs.add(b);
        }
        for (String f : FIXTURES) {
            byte[] page = Fixtures.bytes(f);
            for (int i = 0; i < 6; i++) {
                inputs.add(java.util.Arrays.copyOf(page, random.nextInt(page.length + 1)));
                inputs.add(mutate(page, random));
            }
        }
        for (int i = 0; i < 60; i++) {
            inputs.add(goo(prose(random, 200)).getBytes(StandardCharsets.UTF_8));
        }
        inputs.add(goo("1階の天井にカメラが" + "\u0000".repeat(1000) + "2基").getBytes(StandardCharsets.UTF_8));
        inputs.add(nulls(Fixtures.bytes("ombudsman-post-2017-06.html"), random));
        inputs.add(nulls(Fixtures.bytes("euc-jp.html"), random));
        inputs.add(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '<', 0});
        inputs.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '<', 0, (byte) 0xD8});
        inputs.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        inputs.add(new byte[0]);
        inputs.add("<html><head><meta charset=\"x-no-such-set\"></head></html>".getBytes(StandardCharsets.UTF_8));
        inputs.add("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\">".getBytes(StandardCharsets.UTF_8));
        inputs.addAll(deeplyNested());
        inputs.addAll(jsonLd(random));
        inputs.addAll(brokenEmbeddedDatasets(random));
        inputs.addAll(large());


        for (int i = 0; i < inputs.size(); i++) {
            readBothWays(inputs.get(i), "hostile-" + i + ".html");
        }
        assertThat(failures).as("inputs that ended otherwise than in a dataset or a located DataException").isEmpty();
        assertThat(results).as("some inputs read").isPositive();
        assertThat(errors).as("some inputs refused").isPositive();
    }

    private void readBothWays(byte[] input, String name) {
        for (Options options : List.of(Options.EMPTY, Options.EMPTY.with(StandardOptions.LENIENT, true)
                .with(StandardOptions.MAX_PROBLEMS, 1000L))) {
            try {
                Dataset d = importer.read(new ByteArrayInputStream(input), name, options);
                if (!new String(input, StandardCharsets.ISO_8859_1).contains(DatasetTree.VERSION_MEMBER)) {
                    // an embedded dataset is read back as it is, dangling references included, as JSON is
                    assertThat(d.validate()).as(name).isEmpty();
                }
                results++;
            } catch (DataException e) {
                if (!e.location().source().equals(name) || !e.getMessage().startsWith(name)) {
                    failures.add(name + ": not located: " + e.getMessage());
                }
                errors++;
            } catch (Throwable e) {
                String head = new String(input, 0, Math.min(200, input.length), StandardCharsets.ISO_8859_1);
                failures.add(name + " (" + input.length + " bytes, lenient " + options.get(StandardOptions.LENIENT)
                        + ", starting " + head.replaceAll("\\s+", " ") + "): " + e + " at "
                        + java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("org.civicwatch")
                                && !f.getClassName().endsWith("Test")).findFirst().map(String::valueOf).orElse("?"));
            }
        }
    }

    private static String goo(String body) {
        return "<html lang=\"ja\"><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"goo blog\"></head>"
                + "<body><div class=\"entry\"><div class=\"entry-top\"><h3><a href=\"https://blog.goo.ne.jp/f/e/"
                + "0123456789abcdef0123456789abcdef\">ファズ</a></h3><div class=\"entry-top-info\">"
                + "<span class=\"entry-top-info-time\">2017年06月13日 23時48分00秒</span></div></div>"
                + "<div class=\"entry-body\"><div class=\"entry-body-text\">" + body + "</div></div></div></body></html>";
    }

    private static String prose(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = PROSE[random.nextInt(PROSE.length)];
            b.append(w.equals("\n") ? "<br>" : w.equals("\n\n") ? "<p>" : w);
        }
        return b.toString();
    }

    private static byte[] mutate(byte[] page, Random random) {
        byte[] b = page.clone();
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
            int at = random.nextInt(b.length);
            b[at] = switch (random.nextInt(4)) {
                case 0 -> (byte) '<';
                case 1 -> (byte) '"';
                case 2 -> (byte) random.nextInt(256);
                default -> 0;
            };
        }
        return b;
    }

    private static byte[] nulls(byte[] page, Random random) {
        byte[] b = page.clone();
        for (int i = 0; i < b.length / 50; i++) {
            b[random.nextInt(b.length)] = 0;
        }
        return b;
    }

    private static List<byte[]> deeplyNested() {
        String sentence = "1階の天井に監視カメラが2基。";
        List<String> pages = List.of(
                goo("<div>".repeat(20_000) + sentence),
                goo("<b><i>".repeat(5_000) + sentence + "</b>".repeat(5_000)),
                goo("<table><tr><td>".repeat(2_000) + sentence),
                "<article>".repeat(10_000) + "<h1>t</h1><p>" + sentence,
                "<html><body><div class=\"h-entry\">" + "<div class=\"e-content\">".repeat(10_000) + sentence,
                goo("<a href=\"x\">".repeat(5_000) + sentence),
                goo("<p>" + sentence + "<font>".repeat(10_000)),
                goo("<pre>" + "<span>\n".repeat(5_000) + sentence + "</pre>"));
        return pages.stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static List<byte[]> jsonLd(Random random) {
        List<String> scripts = new ArrayList<>();
        String posting = "{\"@context\":\"https://schema.org\",\"@type\":[\"BlogPosting\",\"Thing\"],\"url\":\"https://e.jp/p/1\","
                + "\"headline\":\"見出し\",\"datePublished\":\"2019-02-08T07:30:00+09:00\",\"articleBody\":\"1階の天井に監視カメラが2基。\"}";
        scripts.add("[" + (posting + ",").repeat(300) + posting + "]");
        scripts.add("{\"@graph\":[" + "{\"@graph\":[".repeat(30) + posting + "]}".repeat(30) + "]}");
        scripts.add("[".repeat(20_000));
        scripts.add("{\"a\":".repeat(10_000));
        scripts.add("{\"@type\":\"BlogPosting\",\"articleBody\":\"" + "x".repeat(100_000) + "\"}");
        scripts.add("{\"@type\":\"BlogPosting\",\"datePublished\":" + "9".repeat(5000) + "}");
        scripts.add("{\"@type\":\"BlogPosting\",\"url\":{\"@id\":[[[\"https://e.jp/\"]]]},\"headline\":{},"
                + "\"datePublished\":[],\"articleBody\":[\"2階の天井にカメラ6基\"]}");
        scripts.add("{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-02-30T25:61\",\"articleBody\":\"\\u0000\\ud800\"}");
        scripts.add("{\"@type\":null,\"@graph\":\"x\"}");
        scripts.add("null");
        scripts.add("");
        scripts.add("<!--");
        scripts.add("{\"@type\":\"BlogPosting\"} trailing");
        for (int i = 0; i < 10; i++) {
            scripts.add(posting.substring(0, random.nextInt(posting.length())));
        }
        return scripts.stream().map(s -> ("<html><head><script type=\"application/ld+json\">" + s
                + "</script></head><body><article><h1>t</h1><p>2階のロビーに監視カメラが1台。</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The sample dataset's embedded tree with one value at a time replaced by something it must not be. */
    private static List<byte[]> brokenEmbeddedDatasets(Random random) throws Exception {
        Dataset sample = SampleData.gunmaPrefecturalOffice();
        Object[] wrong = {null, 42, -1.5, true, "", "x".repeat(10_000), "2017-02-30", List.of(), List.of(List.of()),
            Map.of(), Map.of("a", List.of(1)), "\u0000", "</script><!--", 1e308, Long.MIN_VALUE};
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Map<String, Object> tree = copy(JsonLdDataset.toTree(sample));
            for (int j = 0; j < 1 + random.nextInt(3); j++) {
                corrupt(tree, random, wrong);
            }
            out.add(embeddedPage(tree));
        }
        Map<String, Object> duplicated = copy(JsonLdDataset.toTree(sample));
        @SuppressWarnings("unchecked")
        List<Object> sightings = (List<Object>) duplicated.get("sightings");
        sightings.add(sightings.get(0));
        out.add(embeddedPage(duplicated));
        Map<String, Object> otherVersion = copy(JsonLdDataset.toTree(sample));
        otherVersion.put(DatasetTree.VERSION_MEMBER, 2);
        out.add(embeddedPage(otherVersion));
        Map<String, Object> notAList = copy(JsonLdDataset.toTree(sample));
        notAList.put("news", Map.of("id", "n"));
        out.add(embeddedPage(notAList));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void corrupt(Object node, Random random, Object[] wrong) {
        if (node instanceof Map<?, ?> m && !m.isEmpty()) {
            Map<String, Object> map = (Map<String, Object>) m;
            List<String> keys = new ArrayList<>(map.keySet());
            String key = keys.get(random.nextInt(keys.size()));
            Object child = map.get(key);
            if ((child instanceof Map || child instanceof List) && random.nextInt(3) > 0) {
                corrupt(child, random, wrong);
            } else if (random.nextInt(5) == 0) {
                map.remove(key);
            } else {
                map.put(key, wrong[random.nextInt(wrong.length)]);
            }
        } else if (node instanceof List<?> l && !l.isEmpty()) {
            List<Object> list = (List<Object>) l;
            int at = random.nextInt(list.size());
            Object child = list.get(at);
            if ((child instanceof Map || child instanceof List) && random.nextInt(3) > 0) {
                corrupt(child, random, wrong);
            } else {
                list.set(at, wrong[random.nextInt(wrong.length)]);
            }
        }
    }

    /** A deep, mutable copy (nulls allowed) of a JSON tree. */
    private static Map<String, Object> copy(Map<String, Object> tree) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(JSON.writeValueAsString(tree), LinkedHashMap.class);
        return m;
    }

    private static byte[] embeddedPage(Object tree) {
        String json = JsonLdDataset.scriptText(JSON.writeValueAsString(tree));
        return ("<html><head><script type=\"application/ld+json\">\n" + json + "\n</script></head><body></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A 5 MB page on a single line, mostly markup as a minified page is (read in strict mode only: its size,
     * not its shape, is the point), and a dense run of counting prose with no full stop in it.
     */
    private List<byte[]> large() throws IOException {
        String sentence = "1階の天井に監視カメラが2基、";
        int fiveMb = 5 * 1024 * 1024;
        StringBuilder markup = new StringBuilder(fiveMb);
        for (int span = 0; markup.length() < fiveMb; span++) {
            markup.append("<span class=\"s\" data-x=\"").append(span).append("\"></span><i></i>");
            if (span % 200 == 0) {
                markup.append(sentence);
            }
        }
        byte[] fiveMbLine = goo(markup.toString()).getBytes(StandardCharsets.UTF_8);
        assertThat(fiveMbLine).hasSizeGreaterThan(fiveMb).doesNotContain((byte) '\n');
        readOnce(fiveMbLine, "five-mb-line.html");
        Charset cp932 = Charset.forName("windows-31j");
        return List.of(goo(sentence.repeat(1_500)).getBytes(StandardCharsets.UTF_8),
                goo("*".repeat(100_000)).getBytes(StandardCharsets.UTF_8),
                ("<html><head><meta charset=\"Shift_JIS\"></head><body><article><p>" + sentence.repeat(800))
                        .getBytes(cp932));
    }

    private void readOnce(byte[] input, String name) throws IOException {
        try {
            Dataset d = importer.read(new ByteArrayInputStream(input), name, Options.EMPTY);
            assertThat(d.sightings()).as(name).isNotEmpty();
            results++;
        } catch (DataException e) {
            failures.add(name + ": " + e.getMessage());
        }
    }
}
