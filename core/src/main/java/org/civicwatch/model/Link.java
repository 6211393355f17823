package org.civicwatch.model;

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

    public Link {
        url = checkUrl(url, "url");
        title = Checks.text(title);
    }

    /** A link with only a URL. */
    public static Link to(String url) {
        return new Link(url, null, null, null);
    }

    /**
     * Checks that text is an absolute http or https URL.
     *
     * @return the URL as given
     * @throws ModelException naming {@code field} otherwise
     */
    public static String checkUrl(@CheckForNull String url, String field) {
        String u = Checks.required(url, field);
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ModelException(field, "\"" + u + "\" is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new ModelException(field, "\"" + u + "\" is not an absolute http or https URL");
        }
        return u;
    }
}
