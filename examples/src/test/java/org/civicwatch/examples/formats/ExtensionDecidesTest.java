package org.civicwatch.examples.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection with every plugin installed: a file's known extension decides its format over another
 * importer that also recognises the content, so the shipped blog post survives JSON Lines and back.
 */
class ExtensionDecidesTest {
    private static final Path POST = Path.of("data", "ombudsman-post-2017-06.html");

    @TempDir
    Path dir;

    @Test
    void theSamplePostConvertedToJsonLinesAndBackKeepsEveryRecord() throws IOException {
        Dataset post = CivicWatch.read(POST);
        assertThat(post.size()).isEqualTo(19);
        Path jsonl = dir.resolve("post.jsonl");
        Path json = dir.resolve("post.json");
        CivicWatch.convert(POST, jsonl);
        // the JSON Lines file names the blog it came from within its first 8 KiB, as a page would
        byte[] head = Files.readAllBytes(jsonl);
        assertThat(new String(head, 0, Math.min(head.length, 8192), StandardCharsets.UTF_8))
                .contains("blog.goo.ne.jp");
        assertThat(CivicWatch.formats().importerFor(jsonl).descriptor().id()).isEqualTo("jsonl");
        CivicWatch.convert(jsonl, json);
        assertThat(CivicWatch.formats().importerFor(json).descriptor().id()).isEqualTo("json");
        Dataset back = CivicWatch.read(json);
        assertThat(back.size()).isEqualTo(post.size());
        assertThat(back).isEqualTo(post);
    }

    @Test
    void plainJsonLinesFromElsewhereThatMentionTheBlogAreJsonLines() throws IOException {
        Path jsonl = dir.resolve("links.jsonl");
        Files.write(jsonl, List.of("{\"note\":\"<html> seen at https://blog.goo.ne.jp/example/e/1 entry-body-text\"}"));
        assertThat(CivicWatch.formats().importerFor(jsonl).descriptor().id()).isEqualTo("jsonl");
        Path json = dir.resolve("links.json");
        Files.writeString(json, "{\"note\":\"https://blog.goo.ne.jp/example/e/1\"}");
        assertThat(CivicWatch.formats().importerFor(json).descriptor().id()).isEqualTo("json");
    }

    @Test
    void aPageNamedAsJsonLinesIsStillJsonLinesByItsName() throws IOException {
        // the name decides: the page is read as JSON Lines, and that reading says what is wrong with it
        Path misnamed = dir.resolve("page.jsonl");
        Files.copy(POST, misnamed);
        assertThat(CivicWatch.formats().importerFor(misnamed).descriptor().id()).isEqualTo("jsonl");
        // without an extension, the content decides
        Path bare = dir.resolve("page");
        Files.copy(POST, bare);
        assertThat(CivicWatch.formats().importerFor(bare).descriptor().id()).isEqualTo("html");
    }
}
