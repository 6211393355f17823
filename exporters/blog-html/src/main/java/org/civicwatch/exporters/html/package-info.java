/**
 * Writes civicwatch datasets as blog HTML ({@link org.civicwatch.exporters.html.BlogHtmlExporter}, format
 * {@code html}): a page, or a fragment to paste into a blog editor, that people read (incidents as a
 * timeline, sightings floor by floor, filings as their chain of events, news as citations) and that
 * carries the whole dataset as JSON-LD for the blog HTML importer to read back.
 *
 * <pre>{@code
 * CivicWatch.write(dataset, Path.of("report.html"));
 * new BlogHtmlExporter().write(dataset, out, Options.EMPTY.with(BlogHtmlExporter.FRAGMENT, true));
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.exporters.html;

import javax.annotation.ParametersAreNonnullByDefault;
