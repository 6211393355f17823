/**
 * What every importer of blog posts shares: reading a page, finding its posts, reading a post given as an
 * HTML fragment, and extracting records from the posts' Japanese prose. No plugin; its extractors stay in
 * the unexported {@code org.civicwatch.blog.internal}.
 */
module org.civicwatch.blog {
    requires static jsr305;
    requires transitive org.civicwatch.core;
    requires org.civicwatch.json;
    requires org.jsoup;

    exports org.civicwatch.blog;
}
