package org.civicwatch.blog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.Incident;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;

/**
 * One matter told in many posts (and twice in one: a quoted form and the sentence that files it) becomes one
 * record. Filings are one matter when they are of one kind and were filed on one day (with one body, as far
 * as both name it), or when one does not say when it was filed and both were decided on one day; incidents when they are of one type, on one day,
 * in one place (as far as both say). The first told keeps its id and what it says; the others add their
 * steps, links, parties and what the first leaves out, and every reference to them is turned to it. A
 * record told in more than one post links each of those posts, with its date, in date order, and so does one
 * told in one post of a page of several (an archive page), whose address is not that post's. A filing
 * inferred from a list of links to posts that are themselves read here is what those posts tell, so it is
 * left to them. Linear in the records, but for the filings and incidents of one day, kind and place.
 */
public final class Matters {
    private Matters() {
    }

    /**
     * A post's records with the post they came from.
     *
     * @param link the post as a link: permalink, title, date; null for a post without a URL of its own
     * @param records what the extractors found in it, in order
     * @param sharesItsPage whether the page it was read from holds other posts too (an archive page)
     */
    public record Told(@CheckForNull Link link, List<CivicRecord> records, boolean sharesItsPage) {
        public Told {
            records = List.copyOf(records);
        }

        /** A post read from a page of its own. */
        public Told(@CheckForNull Link link, List<CivicRecord> records) {
            this(link, records, false);
        }

        /** {@return the same post, read from a page that holds others too or not} */
        public Told onAPageOfSeveral(boolean several) {
            return several == sharesItsPage ? this : new Told(link, records, several);
        }
    }

    /** A merged record and the posts that tell it, as links, each once. */
    private static final class Matter {
        CivicRecord record;
        final Map<String, Link> posts = new LinkedHashMap<>();
        /** Whether a post telling it was read from a page of several, whose address is not the post's. */
        boolean onASharedPage;

        Matter(CivicRecord record, Told post) {
            this.record = record;
            toldIn(post, record);
        }

        /** A post tells a record unless it only lists the posts that do (a filing inferred from a list of links). */
        void toldIn(Told post, CivicRecord r) {
            if (post.link() != null && !(r instanceof Filing f && listed(f))) {
                posts.putIfAbsent(post.link().url(), post.link());
                onASharedPage |= post.sharesItsPage();
            }
        }

        /**
         * Whether the record names the posts telling it: several, or one read from a page of several; a
         * post read from its own page is already the record's source.
         */
        boolean namesItsPosts() {
            return posts.size() > 1 || onASharedPage;
        }
    }

    /** {@return the records of the posts, one matter one record, in the order first told} */
    public static List<CivicRecord> merge(List<Told> posts) {
        Merger m = new Merger(false);
        posts.stream().filter(p -> p.link() != null).forEach(p -> m.readHere(p.link().url()));
        boolean several = posts.size() > 1;
        posts.forEach(p -> m.add(p.onAPageOfSeveral(several)));
        return several ? withFullNames(m.finish()) : m.finish();
    }

    /**
     * {@return the records of a page with a building a post names short ("みなと地区公民館") named as another post of the
     * page names it in full, with its municipality ("佐世保市みなと地区公民館"), when only one full name ends with it}
     */
    static List<CivicRecord> withFullNames(List<CivicRecord> records) {
        Map<String, Place> full = new HashMap<>();
        for (CivicRecord r : records) {
            Place at = placeOf(r);
            if (at != null && at.facility() != null && at.jurisdiction() != null && at.facility().startsWith(at.jurisdiction())) {
                full.putIfAbsent(at.facility(), at);
            }
        }
        if (full.isEmpty()) {
            return records;
        }
        List<CivicRecord> out = new ArrayList<>(records.size());
        for (CivicRecord r : records) {
            Place at = placeOf(r);
            Place named = at == null || at.facility() == null || full.containsKey(at.facility()) ? null : fullOf(at, full);
            out.add(named == null ? r : r instanceof Sighting sg ? sg.toBuilder().place(named).build()
                    : ((Incident) r).toBuilder().place(named).build());
        }
        return out;
    }

    @CheckForNull
    private static Place placeOf(CivicRecord r) {
        return r instanceof Sighting sg ? sg.place() : r instanceof Incident i ? i.place() : null;
    }

    /** {@return a place with the one full name that ends with its building's short name, or null when none or several do} */
    @CheckForNull
    private static Place fullOf(Place at, Map<String, Place> full) {
        Place found = null;
        for (Place f : full.values()) {
            boolean fits = f.facility().endsWith(at.facility()) && f.facility().length() > at.facility().length()
                    && (at.jurisdiction() == null || at.jurisdiction().equals(f.jurisdiction()));
            if (fits) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found == null ? null : at.toBuilder().facility(found.facility()).jurisdiction(found.jurisdiction(), found.jurisdictionCode())
                .build();
    }

    /**
     * Merges the matters of posts given one after the other, as a long input (an export file, a web archive)
     * is read. Streaming, only filings and incidents that a later post may retell are held (the merged record
     * and the links of the posts telling it), till {@link #finish()}; every other record is given back by
     * {@link #add} at once, its references turned to the records it merged into. Otherwise, everything is
     * held and given in the order first told. Not thread-safe.
     */
    public static final class Merger {
        private final boolean streaming;
        private final Set<String> permalinks = new HashSet<>();
        private final List<Matter> held = new ArrayList<>();
        private final Map<String, List<Matter>> filings = new HashMap<>();
        private final Map<String, List<Matter>> incidents = new HashMap<>();
        private final Map<String, String> renamed = new HashMap<>();

        /** @param streaming whether records that no later post can merge with are given back at once */
        public Merger(boolean streaming) {
            this.streaming = streaming;
        }

        private void joinUndated() {
            if (!streaming) {
                joinUndatedInto(held, renamed);
            }
        }

        /** Counts a post as read here, before its records are added (the posts of one page, all at once). */
        public void readHere(String permalink) {
            permalinks.add(permalink);
        }

        /**
         * {@return the ids of the records merged away, each with the id of the record it became (null for a
         * filing left to the posts that tell it)}
         */
        public Map<String, String> renamed() {
            return java.util.Collections.unmodifiableMap(new HashMap<>(renamed));
        }

        /** {@return how many records are held, to be given by {@link #finish()}} */
        public int held() {
            return held.size();
        }

        /** {@return the post's records that are final already (none, not streaming)} */
        public List<CivicRecord> add(Told post) {
            if (post.link() != null) {
                readHere(post.link().url());
            }
            List<CivicRecord> now = new ArrayList<>();
            for (CivicRecord r : post.records()) {
                if (r instanceof Filing f && toldByPostsHere(f, permalinks)) {
                    renamed.put(f.id(), null);
                    continue;
                }
                Matter same = r instanceof Filing f ? sameFiling(f, filings)
                        : r instanceof Incident inc ? sameIncident(inc, incidents) : null;
                if (same == null) {
                    Matter m = new Matter(r, post);
                    if (index(m, filings, incidents) || !streaming) {
                        held.add(m);
                    } else {
                        now.add(r);
                    }
                } else {
                    same.record = r instanceof Filing f ? merged((Filing) same.record, f) : merged((Incident) same.record, (Incident) r);
                    same.toldIn(post, r);
                    renamed.put(r.id(), same.record.id());
                    index(same, filings, incidents);
                }
            }
            if (renamed.isEmpty()) {
                return now;
            }
            List<CivicRecord> turned = new ArrayList<>(now.size());
            now.forEach(r -> turned.add(withReferencesTurned(r, renamed)));
            return turned;
        }

        /** {@return the records held, merged, in the order first told; the merger is empty after} */
        public List<CivicRecord> finish() {
            joinUndated();
            List<CivicRecord> out = new ArrayList<>();
            for (Matter m : held) {
                CivicRecord r = renamed.isEmpty() ? m.record : withReferencesTurned(m.record, renamed);
                out.add(m.namesItsPosts() ? withPostLinks(r, m.posts.values()) : r);
            }
            held.clear();
            filings.clear();
            incidents.clear();
            return out;
        }
    }

    /**
     * An incident a post names without a date ("けさお伝えした…着服の件") is the one incident of its type (in a place
     * that agrees) that other posts held date; with none or several such, it stays as told. Linear in the held records.
     */
    private static void joinUndatedInto(List<Matter> held, Map<String, String> renamed) {
        Map<String, List<Matter>> dated = new HashMap<>();
        for (Matter m : held) {
            if (m.record instanceof Incident i && i.type() != null && i.when() != null) {
                dated.computeIfAbsent(i.type(), k -> new ArrayList<>()).add(m);
            }
        }
        Set<Matter> joined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Matter m : held) {
            if (m.record instanceof Incident i && i.type() != null && i.when() == null) {
                List<Matter> of = dated.getOrDefault(i.type(), List.of());
                Matter into = of.size() == 1 ? of.get(0) : null;
                // only another post's naming: in its own post an undated telling is the post's to join (news of it, say)
                if (into != null && !into.posts.keySet().containsAll(m.posts.keySet())
                        && compatible(((Incident) into.record).place(), i.place()) && toldSince(m, into)) {
                    into.record = merged((Incident) into.record, i);
                    into.posts.putAll(m.posts);
                    into.onASharedPage |= m.onASharedPage;
                    renamed.put(i.id(), into.record.id());
                    joined.add(m);
                }
            }
        }
        held.removeIf(joined::contains);
    }

    /** How long after the last post telling a matter a post may name it as told before ("先日お伝えした"). */
    static final int DAYS_TO_RECALL = 92;

    /**
     * {@return whether a post naming a matter as told before was written within {@value #DAYS_TO_RECALL} days after
     * a post telling the dated one}: a naming half a year on is of another matter of the type, or of none here.
     * Posts without a date of publication do not bound it.
     */
    private static boolean toldSince(Matter naming, Matter dated) {
        LocalDate named = null;
        for (Link l : naming.posts.values()) {
            LocalDate d = day(l.published());
            named = d == null || named != null && named.isBefore(d) ? named : d;
        }
        if (named == null) {
            return true;
        }
        boolean anyDate = false;
        for (Link l : dated.posts.values()) {
            LocalDate d = day(l.published());
            if (d != null) {
                anyDate = true;
                if (!named.isBefore(d) && !named.isAfter(d.plusDays(DAYS_TO_RECALL))) {
                    return true;
                }
            }
        }
        return !anyDate;
    }

    /** A filing inferred from list items that all link to posts read here, which tell it themselves. */
    private static boolean toldByPostsHere(Filing f, Set<String> permalinks) {
        if (f.provenance() == null || f.provenance().extractor() == null || !f.provenance().extractor().endsWith("/links")
                || permalinks.size() < 2) {
            return false;
        }
        List<String> urls = f.events().stream().filter(e -> e.link() != null).map(e -> e.link().url()).toList();
        return !urls.isEmpty() && permalinks.containsAll(urls);
    }

    /**
     * {@return what a record shares with every record it may be merged with, however the others are told:
     * {@code incident|TYPE|DAY} for a dated incident of a type, {@code filing|KIND} for a filing that says
     * when it was filed or decided (filings of one kind are compared by either day, so they are kept
     * together), empty for a record never merged}
     */
    public static String key(CivicRecord r) {
        if (r instanceof Filing f) {
            boolean dated = f.filed() != null
                    || f.events().stream().anyMatch(e -> e.kind() == FilingEventKind.DECIDED && e.when() != null);
            return dated ? "filing|" + f.kind() : "";
        }
        if (r instanceof Incident inc && inc.type() != null && inc.when() != null) {
            return "incident|" + inc.type() + "|" + day(inc.when());
        }
        return "";
    }

    /** Indexes a matter by what a later one would share with it; {@return whether it has any such key} */
    private static boolean index(Matter m, Map<String, List<Matter>> filings, Map<String, List<Matter>> incidents) {
        boolean keyed = false;
        if (m.record instanceof Filing f) {
            if (f.filed() != null) {
                indexFiling(filings, f.kind() + "@" + day(f.filed()), m);
                indexFiling(filings, f.kind() + "#" + java.time.YearMonth.from(day(f.filed())), m);
                keyed = true;
            }
            for (FilingEvent e : f.events()) {
                if (e.kind() == FilingEventKind.DECIDED && e.when() != null) {
                    indexFiling(filings, f.kind() + "!" + day(e.when()), m);
                    keyed = true;
                }
            }
        } else if (m.record instanceof Incident inc && inc.type() != null && inc.when() != null) {
            List<Matter> same = incidents.computeIfAbsent(inc.type() + "@" + day(inc.when()), k -> new ArrayList<>());
            if (!same.contains(m)) {
                same.add(m);
            }
            keyed = true;
        }
        return keyed;
    }

    /** Filings of one kind and day to two bodies are two ("同日、…市長にも…開示請求書を提出"): a key holds each. */
    private static void indexFiling(Map<String, List<Matter>> filings, String key, Matter m) {
        List<Matter> same = filings.computeIfAbsent(key, k -> new ArrayList<>());
        if (!same.contains(m)) {
            same.add(m);
        }
    }

    @CheckForNull
    private static Matter sameFiling(Filing f, Map<String, List<Matter>> filings) {
        if (f.filed() != null) {
            Matter m = sameBody(f, filings.get(f.kind() + "@" + day(f.filed())));
            if (m != null) {
                return m;
            }
            // told by its month in one post and by its day in another ("昨年１１月に…行った開示請求", "１１月８日…提出")
            List<Matter> ofTheMonth = new ArrayList<>();
            for (Matter c : filings.getOrDefault(f.kind() + "#" + java.time.YearMonth.from(day(f.filed())), List.of())) {
                When had = ((Filing) c.record).filed();
                if (within(had, f.filed()) || within(f.filed(), had)) {
                    ofTheMonth.add(c);
                }
            }
            // Only one filing the month can name: with two days of it told, a month alone names neither.
            m = onlyOfSameBody(f, ofTheMonth);
            if (m != null) {
                return m;
            }
        }
        for (FilingEvent e : f.events()) {
            if (e.kind() == FilingEventKind.DECIDED && e.when() != null) {
                Matter m = sameBody(f, filings.get(f.kind() + "!" + day(e.when())));
                if (m != null && (f.filed() == null || ((Filing) m.record).filed() == null)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** {@return the first of the matters filed with the body a filing names (as far as both name one), or null} */
    @CheckForNull
    private static Matter sameBody(Filing f, @CheckForNull List<Matter> candidates) {
        if (candidates == null) {
            return null;
        }
        for (Matter m : candidates) {
            Filing had = (Filing) m.record;
            if (had.filedWith() == null || f.filedWith() == null || sameName(had.filedWith().name(), f.filedWith().name())) {
                return m;
            }
        }
        return null;
    }

    /** A court's short name: "広島地裁" is 広島地方裁判所, "大阪高裁" 大阪高等裁判所. */
    private static final java.util.regex.Pattern SHORT_COURT = java.util.regex.Pattern.compile("(地|高|家)裁$");

    /** {@return whether two names are one body's, a court's short name and its full name alike} */
    private static boolean sameName(@CheckForNull String a, @CheckForNull String b) {
        return Objects.equals(a, b) || a != null && b != null && Objects.equals(fullCourt(a), fullCourt(b));
    }

    /** {@return the body as named in full where one telling gives a court's short name and the other its full one} */
    @CheckForNull
    private static org.civicwatch.model.Party fuller(@CheckForNull org.civicwatch.model.Party a, @CheckForNull org.civicwatch.model.Party b) {
        if (a != null && b != null && a.name() != null && b.name() != null && !a.name().equals(b.name())
                && fullCourt(a.name()).equals(b.name())) {
            return b;
        }
        return a != null ? a : b;
    }

    private static String fullCourt(String name) {
        java.util.regex.Matcher m = SHORT_COURT.matcher(name);
        if (!m.find()) {
            return name;
        }
        String level = switch (m.group(1)) {
            case "地" -> "地方";
            case "高" -> "高等";
            default -> "家庭";
        };
        return name.substring(0, m.start()) + level + "裁判所";
    }

    /** {@return the one candidate filed with the same body as far as both name one, or null for none or several} */
    @CheckForNull
    private static Matter onlyOfSameBody(Filing f, List<Matter> candidates) {
        Matter found = null;
        for (Matter m : candidates) {
            if (sameBody(f, List.of(m)) != null) {
                if (found != null) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    @CheckForNull
    private static Matter sameIncident(Incident inc, Map<String, List<Matter>> incidents) {
        if (inc.type() == null || inc.when() == null) {
            return null;
        }
        for (Matter m : incidents.getOrDefault(inc.type() + "@" + day(inc.when()), List.of())) {
            Incident had = (Incident) m.record;
            if (compatible(had.place(), inc.place())) {
                return m;
            }
        }
        return null;
    }

    private static boolean compatible(@CheckForNull Place a, @CheckForNull Place b) {
        if (a == null || b == null) {
            return true;
        }
        return agree(a.jurisdiction(), b.jurisdiction()) && agree(a.facility(), b.facility());
    }

    private static boolean agree(@CheckForNull String a, @CheckForNull String b) {
        return a == null || b == null || a.equals(b);
    }

    /** Whether a filing was inferred from the titles of a list of links to posts, which are its story. */
    private static boolean listed(Filing f) {
        return f.provenance() != null && f.provenance().extractor() != null && f.provenance().extractor().endsWith("/links");
    }

    /** {@return the links of a filing with, when it was inferred from a list, the list's items that tell it} */
    private static List<Link> withItems(Filing f) {
        return listed(f) ? unionLinks(f.links(), f.events().stream().map(FilingEvent::link).filter(Objects::nonNull).toList())
                : f.links();
    }

    /** Whether a step is told to a finer moment than another of its day: "３月２１日（木）午後１時３０分" against "３月２１日". */
    private static boolean finer(FilingEvent e, FilingEvent than) {
        return e.when() != null && than.when() != null && !e.when().isInterval() && !than.when().isInterval()
                && e.when().precision().compareTo(than.when().precision()) > 0;
    }

    private static Filing merged(Filing a, Filing b) {
        Map<String, FilingEvent> events = new LinkedHashMap<>();
        for (FilingEvent e : a.events()) {
            events.putIfAbsent(e.kind() + "@" + day(e.when()), e);
        }
        for (FilingEvent e : b.events()) {
            events.merge(e.kind() + "@" + day(e.when()), e, (had, told) -> finer(told, had) ? told : had);
        }
        // a list item is dated by its post, the prose by the filing: the prose tells the day of filing as written
        When filed = within(a.filed(), b.filed()) || listed(a) && !listed(b) && b.filed() != null ? b.filed()
                : or(a.filed(), b.filed());
        List<FilingEvent> all = withoutRougherSteps(events.values());
        all.sort(Comparator.comparing(e -> e.when() == null ? LocalDate.MAX : day(e.when())));
        boolean laterDecision = lastDecision(b) != null && (lastDecision(a) == null || lastDecision(b).isAfter(lastDecision(a)));
        return a.toBuilder().title(or(a.title(), b.title())).subject(or(a.subject(), b.subject()))
                .filedBy(or(a.filedBy(), b.filedBy())).filedWith(fuller(a.filedWith(), b.filedWith()))
                .legalBasis(or(a.legalBasis(), b.legalBasis())).filed(filed)
                .events(all)
                .outcome(laterDecision || a.outcome() == null ? or(b.outcome(), a.outcome()) : a.outcome())
                .remedy(or(a.remedy(), b.remedy())).referenceNumber(or(a.referenceNumber(), b.referenceNumber()))
                .precededBy(or(a.precededBy(), b.precededBy())).related(union(a.related(), b.related()))
                .links(listed(a) == listed(b) ? unionLinks(a.links(), b.links()) : unionLinks(withItems(a), withItems(b))).build();
    }

    /**
     * {@return the steps of a filing told twice, but a step told by its month (or year) where the other telling
     * gives a step of the same kind on a day of it (or a month of it): the finer one is the step}
     */
    private static List<FilingEvent> withoutRougherSteps(Collection<FilingEvent> events) {
        Set<String> finer = new HashSet<>();
        for (FilingEvent e : events) {
            When.Point p = e.when() == null || e.when().isInterval() ? null : e.when().start().orElse(null);
            if (p != null && p.month() != null) {
                finer.add(e.kind() + "|" + p.year());
                if (p.day() != null) {
                    finer.add(e.kind() + "|" + p.year() + "-" + p.month());
                }
            }
        }
        List<FilingEvent> kept = new ArrayList<>();
        for (FilingEvent e : events) {
            When.Point p = e.when() == null || e.when().isInterval() ? null : e.when().start().orElse(null);
            boolean rougher = p != null && (p.month() == null ? finer.contains(e.kind() + "|" + p.year())
                    : p.day() == null && finer.contains(e.kind() + "|" + p.year() + "-" + p.month()));
            if (!rougher) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Whether a date is a finer one within another: a day of a month, a month of a year. */
    static boolean within(@CheckForNull When coarse, @CheckForNull When fine) {
        if (coarse == null || fine == null || coarse.isInterval() || fine.isInterval() || coarse.start().isEmpty()
                || fine.start().isEmpty()) {
            return false;
        }
        When.Point c = coarse.start().get();
        When.Point f = fine.start().get();
        boolean finer = !c.firstDay().equals(f.firstDay()) || !c.lastDay().equals(f.lastDay());
        return finer && !f.firstDay().isBefore(c.firstDay()) && !f.lastDay().isAfter(c.lastDay());
    }

    @CheckForNull
    private static LocalDate lastDecision(Filing f) {
        LocalDate last = null;
        for (FilingEvent e : f.events()) {
            LocalDate d = e.kind() == FilingEventKind.DECIDED ? day(e.when()) : null;
            if (d != null && (last == null || d.isAfter(last))) {
                last = d;
            }
        }
        return last;
    }

    private static Incident merged(Incident a, Incident b) {
        List<Party> parties = new ArrayList<>(a.parties());
        for (Party p : b.parties()) {
            if (parties.stream().noneMatch(q -> q.role() == p.role() && Objects.equals(q.title(), p.title())
                    && Objects.equals(q.name(), p.name()))) {
                parties.add(p);
            }
        }
        return a.toBuilder().summary(or(a.summary(), b.summary())).place(place(a.place(), b.place()))
                .status(or(a.status(), b.status())).outcome(or(a.outcome(), b.outcome())).parties(parties)
                .related(union(a.related(), b.related())).links(unionLinks(a.links(), b.links())).build();
    }

    /**
     * {@return the place of an incident told twice: the first telling's, with the jurisdiction, the building and the
     * spot in it (floor and area) the other names where it names none ("市民課の職員" retold of "川越市役所の市民課の職員")}
     */
    @CheckForNull
    private static Place place(@CheckForNull Place a, @CheckForNull Place b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Place.Builder p = a.toBuilder();
        if (a.jurisdiction() == null) {
            p.jurisdiction(b.jurisdiction(), b.jurisdictionCode());
        }
        if (a.facility() == null) {
            p.facility(b.facility());
        }
        if (a.floor() == null && a.area() == null && agree(a.facility(), b.facility())) {
            // where in the building, as the other telling says: "…公民館の２階にある第１研修室で"
            p.floor(b.floor(), b.floorLabel()).area(b.area());
        }
        return p.build();
    }

    /** A record with its references to records merged away turned to the one they became (or dropped). */
    public static CivicRecord withReferencesTurned(CivicRecord r, Map<String, String> renamed) {
        List<String> related = new ArrayList<>();
        for (String id : r.related()) {
            String to = renamed.containsKey(id) ? renamed.get(id) : id;
            if (to != null && !to.equals(r.id()) && !related.contains(to)) {
                related.add(to);
            }
        }
        if (r instanceof Filing f) {
            String before = f.precededBy() != null && renamed.containsKey(f.precededBy()) ? renamed.get(f.precededBy())
                    : f.precededBy();
            return f.toBuilder().related(related).precededBy(Objects.equals(before, f.id()) ? null : before).build();
        }
        if (related.equals(r.related())) {
            return r;
        }
        if (r instanceof Incident i) {
            return i.toBuilder().related(related).build();
        }
        if (r instanceof NewsReference n) {
            return n.toBuilder().related(related).build();
        }
        return r instanceof Sighting s ? s.toBuilder().related(related).build() : r;
    }

    /**
     * A record told in several posts, linking each of them and its other dated links in date order (two posts of
     * one day in the order written), before its undated links.
     */
    public static CivicRecord withPostLinks(CivicRecord r, Collection<Link> told) {
        List<Link> all = new ArrayList<>(unionLinks(List.copyOf(told), r.links()));
        all.sort(Comparator.comparing(Link::published, Comparator.nullsLast(Comparator.naturalOrder())));
        if (r instanceof Filing f) {
            return f.toBuilder().links(all).build();
        }
        return r instanceof Incident i ? i.toBuilder().links(all).build() : r;
    }

    /** {@return a post as a link, or null when its permalink is no web address (a page saved without one)} */
    @CheckForNull
    public static Link postLink(String permalink, @CheckForNull String title, @CheckForNull When published) {
        return permalink.startsWith("https://") || permalink.startsWith("http://")
                ? new Link(permalink, title, LinkKind.BLOG_POST, published) : null;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<Link> unionLinks(List<Link> a, List<Link> b) {
        Map<String, Link> all = new LinkedHashMap<>();
        a.forEach(l -> all.putIfAbsent(l.url(), l));
        b.forEach(l -> all.putIfAbsent(l.url(), l));
        return List.copyOf(all.values());
    }

    @CheckForNull
    private static <T> T or(@CheckForNull T first, @CheckForNull T second) {
        return first != null ? first : second;
    }

    @CheckForNull
    private static LocalDate day(@CheckForNull When w) {
        return w == null ? null : w.firstDay().orElse(null);
    }
}
