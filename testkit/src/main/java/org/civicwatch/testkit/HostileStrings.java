package org.civicwatch.testkit;

import java.util.ArrayList;
import java.util.List;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;

/**
 * Strings written to break an exporter's output, for every exporter's tests: markup and script that would run
 * if a page did not escape it ({@code </script>} break-outs, event handlers, {@code javascript:} URLs,
 * mutation-XSS shapes), Markdown that would make links or break a table, CSV cells a spreadsheet would run as
 * formulas, JSON escapes, control characters (NUL, TAB, ESC, C1), line and paragraph separators,
 * bidirectional and zero-width characters, surrogate pairs and very long text. Every one is valid in the
 * model, so a format must carry each exactly or refuse to write it.
 *
 * <p>The strings that would run as script set an attribute {@code data-ran} on the page's root element, so
 * a browser loading a page shows whether any of them ran.
 *
 * <pre>{@code
 * Dataset hostile = HostileStrings.dataset();
 * assertThat(readBack(write(hostile))).isEqualTo(hostile);
 * }</pre>
 */
public final class HostileStrings {
    /** The attribute a string that ran as script would set on the page's root element. */
    public static final String RAN_MARKER = "data-ran";

    private static final String RAN = "document.documentElement.setAttribute('" + RAN_MARKER + "','";

    private static final List<String> ALL = List.of(
            // script and markup, in text, in attributes and after a break-out
            "<script>" + RAN + "script')</script>",
            "</script><script>" + RAN + "break-out')</script>",
            "</SCRIPT ><script>" + RAN + "upper-case')</script>",
            "<img src=x onerror=\"" + RAN + "onerror')\">",
            "\"><svg onload=\"" + RAN + "svg')\">",
            "'><img src=x onerror='" + RAN + "single-quote')'>",
            "<iframe srcdoc=\"<script>parent." + RAN + "iframe')</script>\"></iframe>",
            "javascript:" + RAN + "url')",
            "<a href=\"javascript:" + RAN + "link')\">link</a>",
            "<noscript><p title=\"</noscript><img src=x onerror=" + RAN + "noscript')>\"></p></noscript>",
            "<math><mtext><table><mglyph><style><img src=x onerror=" + RAN + "math')>",
            "<svg><style><img src=x onerror=" + RAN + "svg-style')></style></svg>",
            "<object data=\"javascript:" + RAN + "object')\"></object>",
            "<form action=\"javascript:" + RAN + "form')\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + RAN + "refresh')\">",
            "<base href=\"javascript:" + RAN + "base')//\">",
            "<style>*{display:none}</style>",
            "<link rel=\"stylesheet\" href=\"https://example.org/x.css\">",
            "<!--", "-->", "<!-- comment -->", "<![CDATA[x]]>", "]]>", "</div></section></article></body></html>",
            "<textarea>", "<title>", "<plaintext>",
            "&lt;script&gt;" + RAN + "entity')&lt;/script&gt;", "&amp;", "&#60;script&#62;", "&#x3C;", "&nbsp;",
            "{{constructor.constructor('" + RAN + "template')')()}}", "${" + RAN + "literal')}",
            // JSON and JSON-LD
            "\\u003cscript\\u003e", "\"}]}</script>", "{\"civicwatch\": \"1\"}", "\\", "\\\"", "\"",
            // Markdown
            "| a | b |", "\\|", "[link](javascript:" + RAN + "markdown')", "![image](https://example.org/x.png)",
            "<https://example.org/auto>", "`code | pipe`", "*em* _u_ **b**", "# heading", "> quote", "- item",
            "<br>", "---",
            // CSV and spreadsheets
            "=1+1", "=HYPERLINK(\"https://example.org\",\"x\")", "+81", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd",
            "\"quoted\", with a comma", "a,b;c|d", "'single'",
            // line breaks, control and invisible characters
            "line\nbreak", "crlf\r\nline", "lone\rcr", "\n", "\r\n\r\n", "a\u0000b", "\u0000",
            "tab\tand\u000Bvt\u000Cff", "\u001B[31mred\u001B[0m", "\u0007bell", "\u007Fdel", "\u0085next line",
            "\u0080\u009F c1", "\u2028line separator", "\u2029paragraph separator", "\u202Eright to left\u202C",
            "\u2066isolate\u2069", "\u200Bzero\u200Cwidth\u200D", "\uFEFFbyte order mark", "\u00ADsoft hyphen",
            "  leading and trailing  ", "\u3000全角スペース\u3000",
            // characters beyond the basic plane, combining marks, long text
            "𠮷野家 📷 👩\u200D👩\u200D👧\u200D👦 🇯🇵 e\u0301 か\u3099", "\uD83D\uDCF7".repeat(300),
            "長".repeat(5000));

    private HostileStrings() {
    }

    /** {@return every hostile string, each valid in the model} */
    public static List<String> all() {
        return ALL;
    }

    /**
     * {@return a valid dataset that carries every hostile string}: the n-th string is the text of an incident
     * (title, summary, type, outcome, a party's name, a tag and a link's title), of a sighting (notes, operator,
     * area and facility), of a filing (title and subject) and of a news reference (outlet, headline, excerpt and
     * an author); the info's title and description hold some of them too
     */
    public static Dataset dataset() {
        List<CivicRecord> records = new ArrayList<>();
        for (int n = 0; n < ALL.size(); n++) {
            String h = ALL.get(n);
            Link link = new Link("https://example.org/hostile/" + n + "?q=%3Cscript%3E#'onmouseover='x", h,
                    LinkKind.DOCUMENT, null);
            records.add(Incident.builder("hostile-incident-" + n).title(h).summary(h).type(h).outcome(h)
                    .party(Party.group(h).as(PartyRole.REPORTER)).tag(h).link(link).build());
            records.add(Sighting.builder("hostile-sighting-" + n).device(DeviceType.CAMERA).count(Count.exactly(n))
                    .place(Place.builder().facility(h).area(h).build()).notes(h).operator(h).build());
            records.add(Filing.builder("hostile-filing-" + n, FilingKind.DISCLOSURE_REQUEST).title(h).subject(h)
                    .build());
            records.add(NewsReference.builder("hostile-news-" + n).outlet(h).headline(h).excerpt(h).author(h)
                    .url(link.url()).build());
        }
        DatasetInfo info = new DatasetInfo(ALL.get(1), String.join("\n", ALL.subList(0, 12)), ALL.get(3), null, "ja",
                null, List.of());
        return Dataset.of(info, records).requireValid();
    }
}
