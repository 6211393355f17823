package org.civicwatch.importers.html;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.civicwatch.importers.html.internal.Extractor;
import org.civicwatch.importers.html.internal.Extractors;
import org.civicwatch.importers.html.internal.Permalinks;
import org.civicwatch.spi.OptionException;
import org.civicwatch.spi.Options;

/**
 * What one read of a page is set to do, worked out from the importer's options once, when it is opened:
 * bad values are refused there, before a byte is read.
 *
 * @param options the options as given, for lenient reading ({@link org.civicwatch.spi.Problems})
 * @param maxInputBytes the largest page read
 * @param charset the declared character set, or null to detect it
 * @param baseUrl the page's URL, normalised, or null when not given
 * @param extractors the extractors to run, in running order
 */
record ReadSettings(Options options, long maxInputBytes, @CheckForNull String charset, @CheckForNull String baseUrl,
                    List<Extractor> extractors) {

    ReadSettings {
        extractors = List.copyOf(extractors);
    }

    /**
     * {@return the settings the options ask for}
     *
     * @throws OptionException for a base URL that is not an absolute http(s) URL, or an unknown extractor
     */
    static ReadSettings of(Options options) {
        String given = options.get(BlogHtmlImporter.BASE_URL);
        String baseUrl = Permalinks.normalize(given);
        if (given != null && baseUrl == null) {
            throw new OptionException("option '" + BlogHtmlImporter.BASE_URL.name() + "': cannot use \"" + given
                    + "\": expected an absolute http or https URL");
        }
        return new ReadSettings(options, options.require(BlogHtmlImporter.MAX_INPUT_BYTES),
                options.get(BlogHtmlImporter.CHARSET), baseUrl, extractors(options.require(BlogHtmlImporter.EXTRACT)));
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
                throw new OptionException("option '" + BlogHtmlImporter.EXTRACT.name() + "': no extractor \"" + w
                        + "\"; valid are " + valid + ", or all, or none");
            }
        }
        return all.stream().filter(e -> wanted.contains(e.name())).toList();
    }
}
