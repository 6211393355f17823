package org.civicwatch.importers.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicwatch.blog.BlogPost;
import org.civicwatch.blog.BlogSettings;
import org.civicwatch.spi.Options;
import org.junit.jupiter.api.Test;

/** Images and links are recorded, never fetched. */
class NoNetworkTest {

    @Test
    void readingAPageFullOfUrlsConnectsNowhereAndRecordsTheUrls() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String at = "http://127.0.0.1:" + server.getLocalPort();
            String page = "<html><head><base href=\"" + at + "/base/\"><link rel=\"stylesheet\" href=\"" + at + "/s.css\">"
                    + "<script src=\"" + at + "/a.js\"></script><meta http-equiv=\"refresh\" content=\"0; url=" + at + "/r\">"
                    + "<meta property=\"og:image\" content=\"" + at + "/og.jpg\">"
                    + "<link rel=\"canonical\" href=\"" + at + "/post/1\"></head><body><article><h1>題</h1>"
                    + "<p><img src=\"" + at + "/photo.jpg\"><img src=\"rel.png\"><iframe src=\"" + at + "/frame\"></iframe>"
                    + "<a href=\"" + at + "/earlier\">前回</a> 1階の天井に監視カメラが2基。</p></article></body></html>";
            List<BlogPost> posts;
            try (BlogHtmlReader r = new BlogHtmlReader(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                    "page.html", BlogSettings.of(Options.EMPTY))) {
                posts = r.posts();
                assertThat(r.next()).isNotNull();
            }
            assertThat(posts).singleElement().satisfies(p -> {
                assertThat(p.images()).containsExactly(at + "/photo.jpg", at + "/base/rel.png");
                assertThat(p.links()).containsExactly(at + "/earlier");
            });
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).as("nothing connected to the server the page names")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void neitherThePluginNorTheBlogLibraryHasCodeThatOpensAConnection() throws IOException {
        List<String> forbidden = List.of("Jsoup.connect", "HttpConnection", "openStream", "openConnection", "HttpClient",
                "HttpURLConnection", "URLConnection", "new URL(", "URL.of(", "Socket", "java.net.http", ".toURL()",
                "Jsoup.parse(new URL", "Jsoup.parse(Path", "Jsoup.parse(File", "DataUtil");
        // this plugin's code and the blog library's, which reads its pages and posts
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("../../blog/src/main/java")))) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(sources).hasSizeGreaterThan(20);
            for (Path f : sources) {
                String code = Files.readString(f);
                assertThat(forbidden).as(f.toString()).noneMatch(code::contains);
            }
        }
    }
}
