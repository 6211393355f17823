package org.civicwatch.model;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import javax.annotation.CheckForNull;

/**
 * A link to a web page: only absolute {@code http} and {@code https} URLs are accepted, so an exported
 * page can never carry a {@code javascript:} link.
 *
 * @param url the absolute http(s) URL
 * @param title the link's title as shown
 * @param kind what it points at
 * @param published when the target was published
 */
public record Link(String url, @CheckForNull String title, @CheckForNull LinkKind kind, @CheckForNull When published) {

    /**
     * Checks the link; an empty title becomes null.
     *
     * @param url the absolute http(s) URL
     * @param title the link's title as shown
     * @param kind what it points at
     * @param published when the target was published
     * @throws ModelException if {@code url} is missing or not an absolute http(s) URL
     */
    public Link {
        url = checkUrl(url, "url");
        title = Checks.text(title, "title");
    }

    /**
     * {@return a link with only a URL}
     *
     * @param url the absolute http(s) URL
     * @throws ModelException if it is not one
     */
    public static Link to(String url) {
        return new Link(url, null, null, null);
    }

    /**
     * Checks that text is an absolute http or https URL.
     *
     * @param url the text to check
     * @param field the field to name in the error
     * @return the URL as given
     * @throws ModelException naming {@code field} otherwise
     */
    public static String checkUrl(@CheckForNull String url, String field) {
        String u = Checks.required(url, field);
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ModelException(field, MessageText.quote(u) + " is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null && internationalHost(scheme, uri.getRawAuthority()) == null) {
            throw new ModelException(field, MessageText.quote(u) + " is not an absolute http or https URL");
        }
        return u;
    }

    /** The host of an authority with a domain name in Japanese or another script ({@code 例え.jp}), or null. */
    @CheckForNull
    private static String internationalHost(String scheme, @CheckForNull String authority) {
        if (authority == null) {
            return null;
        }
        try {
            return new URI(scheme + "://" + IDN.toASCII(authority, IDN.ALLOW_UNASSIGNED) + "/").getHost();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
