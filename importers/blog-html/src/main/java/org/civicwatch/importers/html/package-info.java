/**
 * The blog HTML importer: reads a blog post page or an archive page holding many posts, finds the posts
 * (goo blog markup, h-entry microformats, schema.org JSON-LD, OpenGraph, a plain {@code <article>}, in
 * that order of trust) and extracts incidents, sightings, filings and news references from their
 * Japanese prose, each with provenance quoting the text it came from.
 *
 * <pre>{@code
 * Importer html = new BlogHtmlImporter();
 * Dataset d = html.read(Path.of("post.html"), Options.EMPTY.with(BlogHtmlImporter.BASE_URL,
 *         "https://blog.goo.ne.jp/example/e/0123456789abcdef0123456789abcdef"));
 * }</pre>
 *
 * <p>A page that carries a civicwatch dataset as JSON-LD ({@link org.civicwatch.json.JsonLdDataset}, what the
 * blog HTML exporter embeds) reads back as exactly that dataset. Nothing is ever fetched: images and links are recorded as URLs.
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.html;

import javax.annotation.ParametersAreNonnullByDefault;
