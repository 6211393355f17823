/**
 * The web archive importer: a WARC file's captures of blog pages, read record by record with jwarc, become
 * records through the blog library, one post per normalised permalink however often it was captured.
 *
 * <pre>{@code
 * Dataset d = new WarcImporter().read(Path.of("goo-blog.warc.gz"), Options.EMPTY);
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.warc;

import javax.annotation.ParametersAreNonnullByDefault;
