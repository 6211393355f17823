package org.civicwatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civicwatch.model.Count.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Count, Link, Party, Remedy, Provenance and FilingEvent. */
class ValuesTest {

    @Test
    void countsNoneAsAnExactZero() {
        assertThat(Count.none()).isEqualTo(new Count(0L, Qualifier.EXACT, null));
        assertThat(Count.none().isNone()).isTrue();
        assertThat(Count.about(0).isNone()).isFalse();
        assertThat(Count.atLeast(0).isNone()).isFalse();
        assertThat(Count.exactly(2).isNone()).isFalse();
    }

    @Test
    void keepsTheOriginalTextOfACount() {
        Count six = Count.exactly(6).withOriginal("6基");

        assertThat(six).isEqualTo(new Count(6L, Qualifier.EXACT, "6基"));
        assertThat(Count.atLeast(2).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(Count.about(30).qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(Count.exactly(2).withOriginal("").original()).isNull();
    }

    @Test
    void acceptsAnUnknownValueOnlyWhenApproximate() {
        Count tens = Count.unknown("数十基");

        assertThat(tens.value()).isNull();
        assertThat(tens.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(tens.original()).isEqualTo("数十基");
        assertThatThrownBy(() -> new Count(null, Qualifier.EXACT, "数十基"))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("value"))
                .hasMessageContaining("a count without a value must be approximate");
        assertThatThrownBy(() -> new Count(null, Qualifier.AT_LEAST, null)).isInstanceOf(ModelException.class);
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> Count.exactly(-1))
                .isInstanceOf(ModelException.class).hasMessage("field 'value': a count cannot be negative, got -1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://pink.ap.teacup.com/ogawaken/1674.html", "https://youtu.be/CqIbgp2Z5-g",
        "HTTPS://EXAMPLE.ORG", "https://example.jp/記事/監視?q=群馬&x=1#節", "http://example.com:8080/a;b?c=%20",
        "https://例え.jp/記事", "http://群馬県.jp:8080/"})
    void acceptsAbsoluteHttpUrls(String url) {
        assertThat(Link.to(url).url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://x", "/relative/path", "relative.html", "//example.org/x",
        "mailto:a@example.org", "data:text/html,<script>alert(1)</script>", "http:/x", "file:///etc/passwd"})
    void rejectsAnythingButAbsoluteHttpUrls(String url) {
        assertThatThrownBy(() -> Link.to(url))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("url"))
                .hasMessageContaining("is not");
    }

    @Test
    void rejectsAMalformedUrlGivingTheReason() {
        assertThatThrownBy(() -> Link.to("http://example.org/a b"))
                .hasMessageStartingWith("field 'url': \"http://example.org/a b\" is not a valid URL: ");
        assertThatThrownBy(() -> Link.to("")).hasMessage("field 'url': is required");
    }

    @Test
    void keepsALinksTitleKindAndDate() {
        Link video = new Link("https://youtu.be/CqIbgp2Z5-g", "映像", LinkKind.VIDEO, When.parse("2017-07-17"));

        assertThat(video.title()).isEqualTo("映像");
        assertThat(video.kind()).isEqualTo(LinkKind.VIDEO);
        assertThat(video.published()).isEqualTo(When.parse("2017-07-17"));
        assertThat(new Link("https://x.org", "", null, null)).isEqualTo(Link.to("https://x.org"));
    }

    @Test
    void needsAPartyToBeNamedOrDescribed() {
        assertThatThrownBy(() -> new Party(PartyKind.PERSON, "", null, "", Count.exactly(1), PartyRole.WITNESS, false))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessageContaining("a party needs a name, a title or an organisation");
        assertThatThrownBy(() -> new Party(null, "x", null, null, null, null, false))
                .hasMessage("field 'kind': is required");
    }

    @Test
    void buildsPartiesByKindRoleAndSize() {
        Party staff = Party.personByTitle("職員", "群馬県").as(PartyRole.ALLEGED_PERPETRATOR)
                .ofSize(Count.exactly(3).withOriginal("職員ら3名"));

        assertThat(staff).isEqualTo(new Party(PartyKind.PERSON, null, "職員", "群馬県",
                Count.exactly(3).withOriginal("職員ら3名"), PartyRole.ALLEGED_PERPETRATOR, false));
        assertThat(Party.organisation("群馬県").publicFigure()).isTrue();
        assertThat(Party.organisation("群馬県").kind()).isEqualTo(PartyKind.ORGANISATION);
        assertThat(Party.group("市民オンブズマン群馬").kind()).isEqualTo(PartyKind.GROUP);
        assertThat(staff.as(null).role()).isNull();
    }

    @Test
    void needsACurrencyWithAnAmount() {
        assertThatThrownBy(() -> new Remedy("給与を返還", 500_000L, null, null))
                .isInstanceOfSatisfying(ModelException.class, e -> assertThat(e.field()).isEqualTo("currency"))
                .hasMessage("field 'currency': is required with an amount (e.g. JPY)");
        assertThatThrownBy(() -> new Remedy("給与を返還", 500_000L, "yen", null))
                .hasMessage("field 'currency': \"yen\" is not an ISO 4217 code such as JPY");
        assertThatThrownBy(() -> new Remedy("", null, null, null)).hasMessage("field 'description': is required");
        assertThat(new Remedy("謝罪", null, "", null).currency()).isNull();
        assertThat(new Remedy("給与を返還", 500_000L, "JPY", When.parse("2015-07")).amount()).isEqualTo(500_000L);
    }

    @Test
    void keepsConfidenceBetweenZeroAndOne() {
        assertThat(new Provenance("post.html", "", "2基", "blog-html/sighting", 1.0).locator()).isNull();
        assertThatThrownBy(() -> new Provenance("post.html", null, null, null, 1.01))
                .hasMessage("field 'confidence': 1.01 is outside 0..1");
        assertThatThrownBy(() -> new Provenance("post.html", null, null, null, Double.NaN))
                .isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> new Provenance("", null, null, null, null)).hasMessage("field 'source': is required");
    }

    @Test
    void needsAFilingEventKind() {
        assertThatThrownBy(() -> new FilingEvent(null, When.parse("2015-04-18"), "受理", null))
                .hasMessage("field 'kind': is required");
        assertThat(new FilingEvent(FilingEventKind.ACCEPTED, null, "", null).note()).isNull();
    }

    @Test
    void textHoldsOnlyWhatEveryFormatCarries() {
        assertThatThrownBy(() -> Party.organisation("群馬県\uFFFF"))
                .isInstanceOf(ModelException.class)
                .hasMessage("field 'name': holds U+FFFF at character 4, a noncharacter that not every format can"
                        + " carry; remove it or replace it with U+FFFD");
        assertThatThrownBy(() -> Sighting.builder("s").notes("lone\ud800surrogate").build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("field 'notes': holds a lone surrogate (U+D800) at character 5");
        assertThatThrownBy(() -> Sighting.builder("s").tag("\udc00").build())
                .hasMessageContaining("field 'tags[0]': holds a lone surrogate (U+DC00)");
        // A pair of surrogates is one character (an emoji, a CJK extension B ideograph): kept.
        assertThat(Sighting.builder("s").notes("📷 𠮷").build().notes()).isEqualTo("📷 𠮷");
    }
}
