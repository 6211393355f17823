package org.civicwatch.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicwatch.testkit.LinearTime;
import org.junit.jupiter.api.Test;

/**
 * Every pattern the blog library reads pages and prose with reads in time linear in the text: counted
 * character reads over runs of adversarial input, not a clock.
 */
class LinearTimeTest {

    @Test
    void everyPatternOfTheLibraryReadsInLinearTime() throws ClassNotFoundException {
        String[] names = {"BodyText", "PageDecoder", "Permalinks", "PostFinder", "BlogPage", "JsonLd", "Wayback",
            "internal.Facilities", "internal.FilingChain", "internal.IncidentExtractor", "internal.LinkListExtractor",
            "internal.NewsBlockExtractor", "internal.RequestFormExtractor", "internal.SightingExtractor",
            "internal.ProseFilingExtractor", "internal.DateTrail", "internal.Sentences"};
        Class<?>[] classes = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            classes[i] = Class.forName("org.civicwatch.blog." + names[i]);
        }
        LinearTime.Report r = LinearTime.check(LinearTime.patternsOf(classes));

        assertThat(r.patterns()).isGreaterThan(50);
        r.assertLinear();
    }
}
