package org.civicwatch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BodyTextTest {
    private static java.util.List<String> lines(String html) {
        Document d = Jsoup.parse(html, "http://minato.example.jp/");
        return BodyText.of(d.body()).lines().stream().map(BlogPost.BodyLine::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void aDatedLineOfALinkListWrittenWithLineBreaksKeepsItsLinksAddress() {
        assertThat(lines("<div>▼関連記事<br>・2017/11/22　<a href=\"/?eid=371\">配置図はすべて黒塗り</a><br>"
                + "・2018/01/16　<a href=\"/?eid=380\">審査請求書を提出しました</a><br>"
                + "港市の<a href=\"/a\">資料</a>と<a href=\"/b\">地図</a>です。<br>"
                + "<a href=\"/c\">2018年の記事</a></div>"))
                .containsExactly("▼関連記事", "・2017/11/22　配置図はすべて黒塗り http://minato.example.jp/?eid=371",
                        "・2018/01/16　審査請求書を提出しました http://minato.example.jp/?eid=380", "港市の資料と地図です。",
                        "2018年の記事 http://minato.example.jp/c");
    }

    @Test
    void aQuotationsCiteIsItsLastLine() {
        assertThat(lines("<blockquote cite=\"https://news.example.jp/1\"><p>本文。</p></blockquote><p>後書き</p>"))
                .containsExactly("本文。", "https://news.example.jp/1", "後書き");
    }
}
