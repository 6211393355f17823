package org.civicwatch.blog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.annotation.CheckForNull;

/**
 * Normalised permalinks and the record-id keys derived from them, so that the same post saved from
 * {@code http://blog.goo.ne.jp./x/e/ab?fm=entry_awp#more} and {@code https://blog.goo.ne.jp/x/e/ab} is
 * one post and re-importing it gives the same ids.
 */
public final class Permalinks {
    private static final String GOO_HOST = "blog.goo.ne.jp";
    private static final java.util.regex.Pattern SCHEME_AND_HOST = java.util.regex.Pattern.compile("^[a-z]+://[^/]*");
    private static final java.util.regex.Pattern HTML_SUFFIX = java.util.regex.Pattern.compile("\\.html?$");
    private static final java.util.regex.Pattern NOT_KEY = java.util.regex.Pattern.compile("[^A-Za-z0-9-]");

    private Permalinks() {
    }

    /**
     * The normalised form of a post URL: lower-case scheme and host without a trailing dot, no default
     * port, no fragment and no query but the parameters that name a post ({@code ?eid=88} of JUGEM, {@code ?p=123}
     * of WordPress; not {@code ?fm=entry_awp}); goo blog URLs on https. Not an http(s) URL: null.
     */
    @CheckForNull
    public static String normalize(@CheckForNull String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.equals(GOO_HOST)) {
            scheme = "https";
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + postQuery(uri.getRawQuery());
    }

    /** The query parameters that name a post rather than track a visit. */
    private static final java.util.Set<String> POST_PARAMETERS = java.util.Set.of("eid", "p", "page_id", "entry", "entry_id", "id",
            "no", "aid", "article");

    /** {@return the parameters of a query that name a post, in their order, as "?eid=88", or "" for none} */
    private static String postQuery(@CheckForNull String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (POST_PARAMETERS.contains(name) && eq > 0 && eq < pair.length() - 1) {
                kept.append(kept.length() == 0 ? '?' : '&').append(pair);
            }
        }
        return kept.toString();
    }

    /**
     * A short key for a post, for record ids: the last path segment reduced to letters, digits and
     * '-' (at most 40), then 8 hex digits of the permalink's SHA-256 so that two blogs' "1.html" differ.
     */
    public static String key(String permalink) {
        String path = SCHEME_AND_HOST.matcher(permalink).replaceFirst("");
        String[] segments = path.split("/");
        String last = "";
        for (int i = segments.length - 1; i >= 0 && last.isEmpty(); i--) {
            last = NOT_KEY.matcher(HTML_SUFFIX.matcher(segments[i]).replaceFirst("")).replaceAll("");
        }
        if (last.length() > 40) {
            last = last.substring(0, 40);
        }
        String hash = sha256(permalink).substring(0, 8);
        return last.isEmpty() ? "post-" + hash : last + "-" + hash;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
