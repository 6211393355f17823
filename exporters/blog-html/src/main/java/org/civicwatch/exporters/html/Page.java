package org.civicwatch.exporters.html;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Builds the page of one dataset as a jsoup DOM: every string goes in through {@code text()} or
 * {@code attr()}, never as markup.
 */
final class Page {
    /** Record ids usable as they are in an element id and a {@code #fragment}. */
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final String REL = "noopener noreferrer";

    /** Top floor first, ranges by their top floor, basements last, sightings without a floor after them. */
    static final Comparator<Sighting> TOP_DOWN = Comparator.comparing(Page::floorOf,
            Comparator.nullsLast(Comparator.comparingInt(Floor::highest).reversed()
                    .thenComparing(Comparator.comparingInt(Floor::lowest).reversed())));

    private final Dataset dataset;
    private final Words w;
    private final int namesLeftOut;
    /** The element id of each record, and of each record id (its first record). */
    private final Map<CivicRecord, String> anchors = new IdentityHashMap<>();
    private final Map<String, String> anchorsById = new HashMap<>();
    private final Map<String, String> namesById = new HashMap<>();

    private Page(Dataset dataset, Words words, int namesLeftOut) {
        this.dataset = dataset;
        this.w = words;
        this.namesLeftOut = namesLeftOut;
        Set<String> used = new HashSet<>();
        for (RecordType type : RecordType.values()) {
            List<? extends CivicRecord> records = dataset.records(type);
            for (int i = 0; i < records.size(); i++) {
                CivicRecord r = records.get(i);
                String anchor = "r-" + r.id();
                if (!PLAIN_ID.matcher(r.id()).matches() || !used.add(anchor)) {
                    anchor = "r_" + type.singular() + (i + 1);
                    used.add(anchor);
                }
                anchors.put(r, anchor);
                anchorsById.putIfAbsent(r.id(), anchor);
                namesById.putIfAbsent(r.id(), name(r));
            }
        }
    }

    /**
     * The page (or fragment) of a dataset, as text.
     *
     * @param namesLeftOut how many private names were left out, said in the footer when not 0
     */
    static String render(Dataset dataset, boolean fragment, boolean english, int namesLeftOut) {
        return new Page(dataset, new Words(english), namesLeftOut).render(fragment);
    }

    private String render(boolean fragment) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1);
        DatasetInfo info = dataset.info();
        String lang = info.language() != null ? info.language() : w.t("ja", "en");
        Element root = doc.body().appendElement("div").addClass("civicwatch").attr("lang", lang);
        Element script = EmbeddedJsonLd.script(dataset);
        Element style = new Element("style").appendChild(new DataNode(Style.CSS));
        if (fragment) {
            root.appendChild(style);
        } else {
            doc.prependChild(new DocumentType("html", "", ""));
            doc.selectFirst("html").attr("lang", lang);
            Element head = doc.head();
            head.appendElement("meta").attr("charset", "utf-8");
            head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
            head.appendElement("title").text(title(info));
            head.appendChild(style);
            head.appendChild(script);
            root.removeAttr("lang");
        }
        header(root);
        incidents(root);
        sightings(root);
        filings(root);
        news(root);
        footer(root);
        if (fragment) {
            root.appendChild(script);
            return root.outerHtml() + "\n";
        }
        return doc.outerHtml() + "\n";
    }

    private String title(DatasetInfo info) {
        return info.title() != null ? info.title() : w.t("civicwatch データセット", "civicwatch dataset");
    }

    // ---- header and footer

    private void header(Element root) {
        DatasetInfo info = dataset.info();
        Element header = root.appendElement("header").addClass("cw-header");
        header.appendElement("h1").text(title(info));
        if (info.description() != null) {
            lines(header.appendElement("p").addClass("cw-description"), info.description());
        }
        Element facts = new Element("dl").addClass("cw-facts");
        fact(facts, w.t("発行", "Publisher"), info.publisher());
        if (info.license() != null) {
            link(fact(facts, w.t("ライセンス", "License")), info.license(), info.license());
        }
        if (info.created() != null) {
            time(fact(facts, w.t("作成", "Created")), info.created());
        }
        if (!info.sources().isEmpty()) {
            links(fact(facts, w.t("出典", "Sources")), info.sources());
        }
        if (facts.childrenSize() > 0) {
            header.appendChild(facts);
        }
        Element nav = header.appendElement("nav").addClass("cw-contents").appendElement("ul");
        contentsEntry(nav, RecordType.INCIDENT, w.tally(dataset.incidents().size(), "出来事", "incident", "incidents"));
        contentsEntry(nav, RecordType.SIGHTING, w.tally(dataset.sightings().size(), "監視機器の目撃", "sighting",
                "sightings"));
        contentsEntry(nav, RecordType.FILING, w.tally(dataset.filings().size(), "請求", "filing", "filings"));
        contentsEntry(nav, RecordType.NEWS, w.tally(dataset.news().size(), "報道", "news article", "news articles"));
        if (nav.childrenSize() == 0) {
            nav.parent().remove();
        }
    }

    private void contentsEntry(Element nav, RecordType type, String label) {
        if (!dataset.records(type).isEmpty()) {
            nav.appendElement("li").appendElement("a").attr("href", "#s-" + type.plural()).text(label);
        }
    }

    private void footer(Element root) {
        Element footer = root.appendElement("footer").addClass("cw-footer");
        if (namesLeftOut > 0) {
            footer.appendElement("p").text(w.t("公人でない個人の氏名（" + namesLeftOut + "件）は載せていません。",
                    namesLeftOut + (namesLeftOut == 1 ? " name" : " names")
                            + " of private persons left out."));
        }
        footer.appendElement("p").text(w.t(
                "このページのデータは JSON-LD として埋め込まれており、civicwatch でそのまま読み戻せます。",
                "The data of this page is embedded in it as JSON-LD; civicwatch reads it back as it is."));
    }

    // ---- incidents: a timeline

    private void incidents(Element root) {
        if (dataset.incidents().isEmpty()) {
            return;
        }
        Element section = section(root, RecordType.INCIDENT, w.t("出来事", "Incidents"));
        Element timeline = section.appendElement("ol").addClass("cw-timeline");
        for (Incident i : byDate(dataset.incidents(), Incident::when)) {
            Element item = timeline.appendElement("li").addClass("cw-incident").attr("id", anchors.get(i));
            Element when = item.appendElement("p").addClass("cw-when");
            if (i.when() != null) {
                time(when, i.when());
            } else {
                when.text(w.t("日付不明", "date unknown"));
            }
            item.appendElement("h3").text(i.title());
            Element badges = item.appendElement("p").addClass("cw-badges");
            if (i.status() != null) {
                badges.appendElement("span").addClass("cw-badge")
                        .addClass("cw-status-" + i.status().name().toLowerCase(Locale.ROOT)).text(w.status(i.status()));
            }
            if (i.type() != null) {
                badges.appendText(" ").appendElement("span").addClass("cw-badge").addClass("cw-type").text(i.type());
            }
            if (badges.childrenSize() == 0) {
                badges.remove();
            }
            if (i.summary() != null) {
                lines(item.appendElement("p").addClass("cw-summary"), i.summary());
            }
            Element facts = item.appendElement("dl").addClass("cw-facts");
            if (i.place() != null) {
                fact(facts, w.t("場所", "Place"), w.place(i.place()));
            }
            parties(facts, i.parties());
            if (i.outcome() != null) {
                fact(facts, w.t("結果", "Outcome")).appendElement("strong").text(i.outcome());
            }
            connections(facts, i);
        }
    }

    /** The parties by role, in the order of {@link PartyRole}, those without a role last. */
    private void parties(Element facts, List<Party> parties) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (PartyRole role : PartyRole.values()) {
            byRole.put(w.role(role), new ArrayList<>());
        }
        byRole.put(w.role(null), new ArrayList<>());
        for (Party p : parties) {
            byRole.get(w.role(p.role())).add(w.party(p));
        }
        byRole.forEach((role, who) -> {
            if (!who.isEmpty()) {
                fact(facts, role, String.join(w.t("、", "; "), who));
            }
        });
    }

    // ---- sightings: floor by floor

    private void sightings(Element root) {
        if (dataset.sightings().isEmpty()) {
            return;
        }
        Element section = section(root, RecordType.SIGHTING, w.t("監視機器の目撃（階ごと）", "Surveillance devices, floor by floor"));
        Map<String, List<Sighting>> byBuilding = new LinkedHashMap<>();
        for (Sighting s : dataset.sightings()) {
            Place p = s.place();
            String building = p == null ? "" : p.facility() != null ? p.facility()
                    : p.jurisdiction() != null ? p.jurisdiction() : "";
            byBuilding.computeIfAbsent(building, k -> new ArrayList<>()).add(s);
        }
        byBuilding.forEach((building, sightings) -> building(section, building, sightings));
    }

    private void building(Element section, String building, List<Sighting> sightings) {
        Element heading = section.appendElement("h3").text(building.isEmpty() ? w.t("場所不明", "Place not given")
                : building);
        sightings.stream().map(Sighting::place).filter(p -> p != null && p.address() != null).findFirst()
                .ifPresent(p -> heading.appendText(" ").appendElement("small").text(p.address()));
        Element table = section.appendElement("div").addClass("cw-table").appendElement("table").addClass("cw-floors");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of(w.t("階", "Floor"), w.t("場所", "Area"), w.t("機器", "Device"),
                w.t("台数", "Count"), w.t("備考", "Notes"))) {
            head.appendElement("th").attr("scope", "col").text(column);
        }
        Element body = table.appendElement("tbody");
        List<Sighting> rows = new ArrayList<>(sightings);
        rows.sort(TOP_DOWN);
        for (int i = 0; i < rows.size(); i++) {
            Sighting s = rows.get(i);
            Element tr = body.appendElement("tr").attr("id", anchors.get(s))
                    .addClass("cw-device-" + s.device().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (s.count() != null && s.count().isNone()) {
                tr.addClass("cw-absent");
            }
            Floor floor = floorOf(s);
            if (i == 0 || !Objects.equals(floor, floorOf(rows.get(i - 1)))) {
                int span = 1;
                while (i + span < rows.size() && Objects.equals(floor, floorOf(rows.get(i + span)))) {
                    span++;
                }
                Element th = tr.appendElement("th").attr("scope", "row").addClass("cw-floor")
                        .text(floor == null ? w.t("階の記載なし", "no floor given") : w.floor(floor));
                if (span > 1) {
                    th.attr("rowspan", String.valueOf(span));
                }
                String label = s.place() == null ? null : s.place().floorLabel();
                if (label != null && floor != null && !label.equals(w.floor(floor))) {
                    th.attr("title", label);
                }
            }
            tr.appendElement("td").addClass("cw-area").text(s.place() != null && s.place().area() != null
                    ? s.place().area() : "—");
            device(tr.appendElement("td").addClass("cw-device"), s);
            count(tr.appendElement("td").addClass("cw-count"), s.count());
            Element notes = tr.appendElement("td").addClass("cw-notes");
            if (s.notes() != null) {
                lines(notes, s.notes());
            }
            if (!s.links().isEmpty()) {
                links(notes.appendElement("span").addClass("cw-links"), s.links());
            }
        }
        survey(section, sightings);
    }

    private void device(Element cell, Sighting s) {
        cell.appendElement("span").addClass("cw-badge")
                .addClass(s.device() == DeviceType.CAMERA ? "cw-camera" : "cw-not-camera").text(w.device(s.device()));
        List<String> details = new ArrayList<>();
        if (s.cameraType() != null) {
            details.add(w.cameraType(s.cameraType()));
        }
        if (s.mount() != null) {
            details.add(w.mount(s.mount()));
        }
        if (s.zone() != null) {
            details.add(w.zone(s.zone()));
        }
        if (!details.isEmpty()) {
            cell.appendElement("small").text(String.join(w.t("・", ", "), details));
        }
    }

    private void count(Element cell, @CheckForNull Count count) {
        if (count == null) {
            cell.text("—");
        } else if (count.isNone()) {
            cell.appendElement("strong").addClass("cw-none").text(w.count(count));
        } else {
            cell.text(w.count(count));
            if (count.value() == null) {
                cell.addClass("cw-described");
            }
        }
        if (count != null && count.original() != null && count.value() != null) {
            cell.attr("title", count.original());
        }
    }

    /** Under a building's table: when, by whom, and whose devices, each said once. */
    private void survey(Element section, List<Sighting> sightings) {
        Set<String> dates = new LinkedHashSet<>();
        Set<String> observers = new LinkedHashSet<>();
        Set<String> operators = new LinkedHashSet<>();
        for (Sighting s : sightings) {
            if (s.observed() != null) {
                dates.add(w.date(s.observed()));
            }
            if (s.observer() != null) {
                observers.add(w.party(s.observer()));
            }
            if (s.operator() != null) {
                operators.add(s.operator());
            }
        }
        Element facts = new Element("dl").addClass("cw-facts").addClass("cw-survey");
        fact(facts, w.t("調査日", "Surveyed"), dates.isEmpty() ? null : String.join(w.t("、", "; "), dates));
        fact(facts, w.t("調査者", "Surveyed by"), observers.isEmpty() ? null : String.join(w.t("、", "; "), observers));
        fact(facts, w.t("管理者", "Operated by"), operators.isEmpty() ? null : String.join(w.t("、", "; "), operators));
        if (facts.childrenSize() > 0) {
            section.appendChild(facts);
        }
    }

    @CheckForNull
    private static Floor floorOf(Sighting s) {
        return s.place() == null ? null : s.place().floor();
    }

    // ---- filings: chains of events

    private void filings(Element root) {
        if (dataset.filings().isEmpty()) {
            return;
        }
        Element section = section(root, RecordType.FILING, w.t("請求とその経過", "Filings and what became of them"));
        Map<String, List<Filing>> followers = new HashMap<>();
        for (Filing f : dataset.filings()) {
            if (f.precededBy() != null) {
                followers.computeIfAbsent(f.precededBy(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Filing f : byDate(dataset.filings(), Filing::filed)) {
            Element article = section.appendElement("article").addClass("cw-filing").attr("id", anchors.get(f));
            article.appendElement("p").addClass("cw-badges").appendElement("span").addClass("cw-badge")
                    .addClass("cw-kind").text(w.filingKind(f.kind()));
            article.appendElement("h3").text(f.title() != null ? f.title() : w.filingKind(f.kind()));
            Element facts = article.appendElement("dl").addClass("cw-facts");
            if (f.filed() != null) {
                time(fact(facts, w.t("提出日", "Filed")), f.filed());
            }
            if (f.filedBy() != null) {
                fact(facts, w.t("請求者", "Filed by"), w.party(f.filedBy()));
            }
            if (f.filedWith() != null) {
                fact(facts, w.t("提出先", "Filed with"), w.party(f.filedWith()));
            }
            fact(facts, w.t("根拠", "Legal basis"), f.legalBasis());
            fact(facts, w.t("対象", "Subject"), f.subject());
            fact(facts, w.t("番号", "Reference"), f.referenceNumber());
            if (f.precededBy() != null) {
                recordLink(fact(facts, w.t("前の請求", "Follows from")), f.precededBy());
            }
            List<Filing> next = followers.getOrDefault(f.id(), List.of());
            if (!next.isEmpty()) {
                recordLinks(fact(facts, w.t("次の請求", "Followed by")), next.stream().map(Filing::id).toList());
            }
            events(article, f.events());
            if (f.outcome() != null) {
                Element p = article.appendElement("p").addClass("cw-outcome");
                p.appendElement("span").addClass("cw-label").text(w.t("法的な結果", "Legal outcome"));
                p.appendText(" ").appendElement("strong").text(w.outcome(f.outcome()));
            }
            if (f.remedy() != null) {
                Element p = article.appendElement("p").addClass("cw-remedy");
                p.appendElement("span").addClass("cw-label").text(w.t("実際に起きたこと", "What actually happened"));
                p.appendText(" " + w.remedy(f.remedy()));
            }
            deadline(article, f);
            Element more = new Element("dl").addClass("cw-facts");
            connections(more, f);
            if (more.childrenSize() > 0) {
                article.appendChild(more);
            }
        }
    }

    private void events(Element article, List<FilingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Element list = article.appendElement("ol").addClass("cw-events");
        for (FilingEvent e : events) {
            Element li = list.appendElement("li");
            if (e.when() != null) {
                time(li, e.when());
                li.appendText(" ");
            }
            li.appendElement("strong").text(w.event(e.kind()));
            if (e.note() != null) {
                li.appendText(" " + e.note());
            }
            if (e.link() != null) {
                li.appendText(" ");
                link(li, e.link().url(), e.link().title() != null ? e.link().title() : w.linkKind(e.link().kind()))
                        .addClass("cw-source");
            }
        }
    }

    private void deadline(Element article, Filing f) {
        Optional<LocalDate> due = Deadlines.auditDecisionDue(f);
        if (due.isEmpty()) {
            return;
        }
        Element p = article.appendElement("p").addClass("cw-deadline");
        p.appendElement("span").addClass("cw-label").text(w.t("監査結果の期限", "Audit result due"));
        p.appendText(" ");
        time(p, When.of(due.get()));
        p.appendText(w.t("（請求の翌日から" + Deadlines.AUDIT_DAYS + "日）",
                " (" + Deadlines.AUDIT_DAYS + " days, not counting the day of filing)"));
        Optional<LocalDate> decided = Deadlines.decided(f);
        if (Deadlines.isOpen(f)) {
            p.appendText(w.t(" 未決定", " — not decided yet"));
        } else if (decided.isPresent() && decided.get().isAfter(due.get())) {
            p.appendText(w.t(" — 期限後の" + w.date(When.of(decided.get())) + "に結果",
                    " — decided after it, on " + w.date(When.of(decided.get()))));
        }
    }

    // ---- news: citations

    private void news(Element root) {
        if (dataset.news().isEmpty()) {
            return;
        }
        Element section = section(root, RecordType.NEWS, w.t("報道", "In the news"));
        Element list = section.appendElement("ol").addClass("cw-citations");
        for (NewsReference n : byDate(dataset.news(), NewsReference::published)) {
            Element li = list.appendElement("li").attr("id", anchors.get(n));
            Element cite = li.appendElement("cite").addClass("cw-headline");
            if (n.url() != null) {
                link(cite, n.url(), n.headline());
            } else {
                cite.text(n.headline());
            }
            Element source = li.appendElement("span").addClass("cw-source");
            source.appendElement("span").addClass("cw-outlet").text(n.outlet());
            if (n.published() != null) {
                source.appendText(w.t("、", ", "));
                time(source, n.published());
            }
            if (n.via() != null) {
                source.appendText(w.t("（" + n.via() + "配信）", ", via " + n.via()));
            }
            if (!n.authors().isEmpty()) {
                source.appendText(w.t("　記者: ", ", by ") + String.join(w.t("、", ", "), n.authors()));
            }
            if (n.archivedUrl() != null) {
                source.appendText(" ");
                link(source, n.archivedUrl(), w.t("アーカイブ", "archived copy"));
            }
            if (n.excerpt() != null) {
                lines(li.appendElement("blockquote"), n.excerpt());
            }
            Element more = new Element("dl").addClass("cw-facts");
            connections(more, n);
            if (more.childrenSize() > 0) {
                li.appendChild(more);
            }
        }
    }

    // ---- shared pieces

    private Element section(Element root, RecordType type, String heading) {
        Element section = root.appendElement("section").addClass("cw-" + type.plural()).attr("id", "s-" + type.plural());
        section.appendElement("h2").text(heading);
        return section;
    }

    /** Records sorted by a date, undated ones last, ties in dataset order. */
    private static <R> List<R> byDate(List<R> records, Function<R, When> date) {
        List<R> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())));
        return sorted;
    }

    /** Adds a term and returns its (empty) description. */
    private static Element fact(Element facts, String term) {
        Element pair = facts.appendElement("div");
        pair.appendElement("dt").text(term);
        return pair.appendElement("dd");
    }

    /** Adds a term and its text, unless the text is absent. */
    private static void fact(Element facts, String term, @CheckForNull String text) {
        if (text != null) {
            fact(facts, term).text(text);
        }
    }

    /** The record's related records (links within the page) and its links, as facts. */
    private void connections(Element facts, CivicRecord r) {
        List<String> ids = r.related();
        if (!ids.isEmpty()) {
            recordLinks(fact(facts, w.t("関連", "Related")), ids);
        }
        if (!r.links().isEmpty()) {
            links(fact(facts, w.t("リンク", "Links")), r.links());
        }
    }

    /** Links to records on this page, one after another. */
    private void recordLinks(Element parent, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                parent.appendText(w.t("、", "; "));
            }
            recordLink(parent, ids.get(i));
        }
    }

    /** A link to a record on this page, or its id as text when the page does not hold it. */
    private void recordLink(Element parent, String id) {
        String anchor = anchorsById.get(id);
        if (anchor == null) {
            parent.appendElement("span").text(id);
        } else {
            parent.appendElement("a").attr("href", "#" + anchor).text(namesById.get(id));
        }
    }

    private String name(CivicRecord r) {
        if (r instanceof Incident i) {
            return i.title();
        }
        if (r instanceof Filing f) {
            return f.title() != null ? f.title() : w.filingKind(f.kind());
        }
        if (r instanceof NewsReference n) {
            return n.headline();
        }
        Sighting s = (Sighting) r;
        return (s.place() == null ? "" : w.place(s.place()) + " ") + w.device(s.device());
    }

    private void links(Element parent, List<Link> links) {
        Element list = parent.appendElement("ul").addClass("cw-links");
        for (Link l : links) {
            Element li = list.appendElement("li");
            link(li, l.url(), l.title() != null ? l.title() : w.linkKind(l.kind()));
            if (l.published() != null) {
                li.appendText(" ");
                time(li.appendElement("small"), l.published());
            }
        }
    }

    /** An {@code <a>} for an http(s) URL; any other text (a license name, a bad URL) stays text. */
    private static Element link(Element parent, String url, String text) {
        if (!isWebUrl(url)) {
            return parent.appendElement("span").text(text.equals(url) ? text : text + " (" + url + ")");
        }
        return parent.appendElement("a").attr("href", url.strip()).attr("rel", REL).text(text);
    }

    /** {@return whether a URL is http or https, the only links this page makes} */
    static boolean isWebUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** A {@code <time>}, machine-readable where HTML can say it (a single exact date or time). */
    private void time(Element parent, When when) {
        Element t = parent.appendElement("time").text(w.date(when));
        if (!when.isInterval() && !when.isApproximate() && !when.isUncertain()) {
            t.attr("datetime", when.edtf());
        }
    }

    /** Text with its line breaks kept as {@code <br>}. */
    private static void lines(Element parent, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendElement("br");
            }
            parent.appendText(lines[i]);
        }
    }
}
