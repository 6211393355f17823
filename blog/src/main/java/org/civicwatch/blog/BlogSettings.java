package org.civicwatch.blog;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.blog.internal.Extractor;
import org.civicwatch.blog.internal.Extractors;
import org.civicwatch.spi.DataException;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;

/**
 * What one read of blog posts is set to do, worked out from the {@link BlogOptions} once, when an importer
 * is opened: bad values are refused there, before a byte is read. Immutable.
 */
public final class BlogSettings {
    private final Options options;
    private final long maxInputBytes;
    @CheckForNull
    private final String charset;
    @CheckForNull
    private final String baseUrl;
    private final List<Extractor> extractors;
    @CheckForNull
    private final String group;

    private BlogSettings(Options options, long maxInputBytes, @CheckForNull String charset,
                         @CheckForNull String baseUrl, List<Extractor> extractors, @CheckForNull String group) {
        this.options = options;
        this.maxInputBytes = maxInputBytes;
        this.charset = charset;
        this.baseUrl = baseUrl;
        this.extractors = List.copyOf(extractors);
        this.group = group == null || group.isBlank() ? null : group.strip();
    }

    /**
     * {@return the settings the options ask for}
     *
     * @throws OptionException for a base URL that is not an absolute http(s) URL, or an unknown extractor
     */
    public static BlogSettings of(Options options) {
        String given = options.get(BlogOptions.BASE_URL);
        String baseUrl = Permalinks.normalize(given);
        if (given != null && baseUrl == null) {
            throw new OptionException("option '" + BlogOptions.BASE_URL.name() + "': cannot use \"" + given
                    + "\": expected an absolute http or https URL");
        }
        return new BlogSettings(options, options.require(BlogOptions.MAX_INPUT_BYTES),
                options.get(BlogOptions.CHARSET), baseUrl, extractors(options.require(BlogOptions.EXTRACT)),
                options.get(BlogOptions.GROUP));
    }

    /** {@return the options as given, for lenient reading ({@link org.civicwatch.spi.Problems})} */
    public Options options() {
        return options;
    }

    /** {@return the largest page read, in bytes} */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** {@return the declared character set, or null to detect it} */
    @CheckForNull
    public String charset() {
        return charset;
    }

    /**
     * {@return the charset the option {@code charset} names, read as pages name it (Shift_JIS and its
     * aliases are windows-31j), or {@code otherwise} when the option is not set}
     *
     * @param otherwise the charset of inputs that declare none
     * @throws OptionException for a name no charset has
     */
    public Charset charsetOr(Charset otherwise) {
        if (charset == null) {
            return otherwise;
        }
        try {
            return PageDecoder.charset(charset, "option '" + BlogOptions.CHARSET.name() + "'", "the option");
        } catch (DataException e) {
            throw new OptionException("option '" + BlogOptions.CHARSET.name() + "': unknown character set \"" + charset
                    + "\"; use a name such as UTF-8, EUC-JP or windows-31j");
        }
    }

    /** {@return the page's URL, normalised, or null when not given} */
    @CheckForNull
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return the group whom 当会 names, as the option gives it; null to take the blog's title} */
    @CheckForNull
    public String group() {
        return group;
    }

    /** {@return the names of the extractors that run, in running order} */
    public List<String> extractorNames() {
        return extractors.stream().map(Extractor::name).toList();
    }

    /** The extractors to run, in running order. */
    List<Extractor> extractors() {
        return extractors;
    }

    /** The extractors an {@code extract} option value names, in running order. */
    static List<Extractor> extractors(String names) {
        List<Extractor> all = Extractors.all();
        List<String> wanted = Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (wanted.equals(List.of("all"))) {
            return all;
        }
        if (wanted.equals(List.of("none"))) {
            return List.of();
        }
        String valid = all.stream().map(Extractor::name).collect(Collectors.joining(", "));
        for (String w : wanted) {
            if (all.stream().noneMatch(e -> e.name().equals(w))) {
                throw new OptionException("option '" + BlogOptions.EXTRACT.name() + "': no extractor \"" + w
                        + "\"; valid are " + valid + ", or all, or none");
            }
        }
        return all.stream().filter(e -> wanted.contains(e.name())).toList();
    }
}
