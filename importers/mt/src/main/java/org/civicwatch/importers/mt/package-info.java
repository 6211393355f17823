/**
 * The Movable Type export importer: a blog's export text (goo blog's moving data, {@code .txt}), read entry
 * by entry, each post's body through the blog library's extractors with its date, title and category as
 * context, comments apart from the author's own prose.
 *
 * <pre>{@code
 * Dataset d = new MovableTypeImporter().read(Path.of("export.txt"),
 *         Options.EMPTY.with(BlogOptions.BASE_URL, "https://blog.goo.ne.jp/example"));
 * }</pre>
 */
@ParametersAreNonnullByDefault
package org.civicwatch.importers.mt;

import javax.annotation.ParametersAreNonnullByDefault;
