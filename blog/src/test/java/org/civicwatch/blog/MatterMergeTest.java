package org.civicwatch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.When;
import org.junit.jupiter.api.Test;

class MatterMergeTest {
    private static final String A = "https://blog.goo.ne.jp/y/e/a1a1";
    private static final String B = "https://blog.goo.ne.jp/y/e/b2b2";

    private static Link post(String url, String day) {
        return new Link(url, "記事", LinkKind.BLOG_POST, When.parse(day));
    }

    /** An incident as read with the merge off: linking the post telling it first. */
    private static Incident incident(String id, String post, String postDay, String city) {
        return Incident.builder(id).title("無断撮影").type("filming").when(When.parse("2022-05-14"))
                .place(city == null ? null : Place.builder().jurisdiction(city, null).build()).links(List.of(post(post, postDay)))
                .provenance(new Provenance(post, "body line 1", null, "blog/incidents", 0.7)).build();
    }

    @Test
    void keysShardByTypeAndDayForIncidentsAndByKindForDatedFilings() {
        assertThat(MatterMerge.key(incident("a.incident-1", A, "2022-05-15", "前橋市"))).isEqualTo("incident|filming|2022-05-14");
        assertThat(MatterMerge.key(Filing.builder("a.filing-1", FilingKind.APPEAL).filed(When.parse("2022-06-01")).build()))
                .isEqualTo("filing|APPEAL");
        assertThat(MatterMerge.key(Filing.builder("a.filing-2", FilingKind.APPEAL).build())).isEmpty();
        assertThat(MatterMerge.key(NewsReference.builder("a.news-1").outlet("新聞").headline("見出し").build())).isEmpty();
    }

    @Test
    void anIncidentToldInTwoPostsReadApartIsOneLinkingBothAndTheSecondIdIsRenamed() {
        MatterMerge.Result r = MatterMerge.merge(List.of(incident("a.incident-1", A, "2022-05-20", "前橋市"),
                incident("b.incident-1", B, "2022-05-15", null), incident("b.incident-2", B, "2022-05-15", "高崎市")));

        assertThat(r.records()).extracting(CivicRecord::id).containsExactly("a.incident-1", "b.incident-2");
        Incident one = (Incident) r.records().get(0);
        assertThat(one.links()).extracting(Link::url).containsExactly(B, A);
        assertThat(one.place().jurisdiction()).isEqualTo("前橋市");
        // told in one post only: as read, but for the post link, which only a matter told twice keeps
        assertThat(r.records().get(1).links()).isEmpty();
        assertThat(r.renamed()).isEqualTo(Map.of("b.incident-1", "a.incident-1"));

        NewsReference news = NewsReference.builder("b.news-1").outlet("新聞").headline("見出し").related("b.incident-1").build();
        assertThat(MatterMerge.withReferencesTurned(news, r.renamed()).related()).containsExactly("a.incident-1");
    }

    @Test
    void anUndatedFilingDecidedOnTheDayOfAnotherIsMergedIntoIt() {
        Filing first = Filing.builder("a.filing-1", FilingKind.DISCLOSURE_REQUEST).filed(When.parse("2022-04-01"))
                .event(new FilingEvent(FilingEventKind.FILED, When.parse("2022-04-01"), null, null),
                        new FilingEvent(FilingEventKind.DECIDED, When.parse("2022-04-20"), null, null))
                .links(List.of(post(A, "2022-04-02"))).provenance(new Provenance(A, "body line 3", null, "blog/filings", 0.8)).build();
        Filing later = Filing.builder("b.filing-1", FilingKind.DISCLOSURE_REQUEST)
                .event(new FilingEvent(FilingEventKind.DECIDED, When.parse("2022-04-20"), null, null))
                .links(List.of(post(B, "2022-04-25"))).provenance(new Provenance(B, "body line 2", null, "blog/filings", 0.8)).build();
        assertThat(MatterMerge.key(later)).isEqualTo(MatterMerge.key(first));

        MatterMerge.Result r = MatterMerge.merge(List.of(first, later));
        assertThat(r.records()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("a.filing-1");
            assertThat(f.links()).extracting(Link::url).containsExactly(A, B);
        });
        assertThat(r.renamed()).containsExactly(Map.entry("b.filing-1", "a.filing-1"));
    }
}
