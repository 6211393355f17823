/**
 * Blog posts into records, for every importer that reads them (a saved page, a Movable Type export, a web
 * archive): {@link org.civicwatch.blog.BlogPage} reads a page and finds its posts (goo blog markup, h-entry
 * microformats, schema.org JSON-LD, OpenGraph, a plain {@code <article>}, in that order of trust);
 * {@link org.civicwatch.blog.PostFragment} is a post given as an HTML body with its context;
 * {@link org.civicwatch.blog.PostExtractor} extracts incidents, sightings, filings and news references from
 * the posts' Japanese prose, each with provenance quoting the text it came from. Heuristics never fail a
 * page: what they cannot read is a located {@link org.civicwatch.spi.Problem}.
 *
 * <pre>{@code
 * BlogSettings settings = BlogSettings.of(options);
 * Problems problems = new Problems(options);
 * BlogPage page = BlogPage.read(bytes, "https://blog.goo.ne.jp/example/e/0123", null, "post.html", settings, problems);
 * PostExtractor extractor = new PostExtractor(settings, "post.html", problems);
 * for (BlogPost post : page.posts()) {
 *     extractor.records(post).forEach(out::add);
 * }
 * }</pre>
 *
 * <p>Nothing is ever fetched: images and links are recorded as URLs.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.blog;

import javax.annotation.ParametersAreNonnullByDefault;
