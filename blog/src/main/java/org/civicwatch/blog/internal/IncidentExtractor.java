package org.civicwatch.blog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.When;
import org.civicwatch.text.JapaneseDates;
import org.civicwatch.text.JapaneseFloors;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;
import org.civicwatch.text.ParsedDate;

/**
 * Incidents: dated statements in the post's own words ("5月29日(月)15時、…県職員らが…盗聴していた"), with
 * where (facility, floor, section), who by role (the group's members as affected, staff as alleged
 * perpetrators, with their numbers) and what happened; statements of one incident (same kind, same day,
 * e.g. an appended note with a video) become one. And the incidents the quoted news report, one per
 * matter (news blocks naming the same municipality), linked both ways to their news references.
 */
final class IncidentExtractor implements Extractor {
    private static final Map<String, String> TYPES = types();
    private static final Pattern ADDENDUM = Pattern.compile("^【(.+?)追記】$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern MARKER = Pattern.compile("^[\\s　]*+[" + LinkListExtractor.MARKERS + "■□★☆※]++[\\s　]*+");
    private static final Pattern MEMBERS = Pattern.compile("(?:会員|メンバー)(?:総勢)?([0-9０-９一二三四五六七八九十]+名)|総勢([0-9０-９一二三四五六七八九十]+名)");
    private static final Pattern STAFF = Pattern.compile(
            "(?:(\\p{IsHan}{1,12}課)の)?(\\p{IsHan}{0,6}職員)ら(?:([0-9０-９一二三四五六七八九十]+名))?");
    /** What ends a clause's description, to the end of the clause (a clause holds no 、). */
    private static final Pattern CUT = Pattern.compile("(?s)(こと|様子|件).*");
    private static final Pattern SECTION = Pattern.compile("^の?([\\p{IsHan}\\p{IsKatakana}ー]+)");
    private static final Pattern MUNICIPALITY = Pattern.compile("(\\p{IsHan}{2,3}[都道府県])?(\\p{IsHan}{1,4}?[市区町村])(?![民長役議])");
    /** A disciplinary or criminal outcome, with the length of a suspension or pay cut where given ("停職3か月"). */
    private static final Pattern OUTCOME = Pattern.compile(
            "懲戒免職|諭旨免職|(?:停職|減給)(?:[0-9０-９一二三四五六七八九十]+(?:か月|カ月|ヶ月|ケ月|ヵ月|箇月|日))?|戒告|逮捕|書類送検|起訴");

    /** Footage or data taken out ("映像を…持ち出していた", "持ち出しは…映像は"), not a topic brought up. */
    private static final Pattern TAKEN_OUT = Pattern.compile("(?:映像|画像|動画|データ|個人情報|名簿|ＵＳＢ|USB)[^。]{0,30}?持ち出"
            + "|持ち出[^。]{0,30}?(?:映像|画像|動画|データ|個人情報|名簿)");

    private static Map<String, String> types() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("盗聴", "eavesdropping");
        t.put("盗撮", "voyeurism");
        t.put("横領", "embezzlement");
        t.put("着服", "embezzlement");
        t.put("不正使用", "data-misuse");
        t.put("不正に使", "data-misuse");
        t.put("不正アクセス", "data-misuse");
        t.put("悪用", "data-misuse");
        t.put("漏えい", "data-misuse");
        t.put("漏洩", "data-misuse");
        t.put("漏らし", "data-misuse");
        t.put("流出", "data-misuse");
        t.put("ストーカー", "stalking");
        t.put("つきまとい", "stalking");
        t.put("持ち出", "data-misuse");  // only of footage or data (TAKEN_OUT)
        return t;
    }

    @Override
    public String id() {
        return "blog-html/incidents";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        List<PostText.Block> news = NewsBlockExtractor.blocks(post);
        Set<Integer> inNews = NewsBlockExtractor.linesOf(news);
        // a quoted letter or form tells no incident in the post's own words
        Set<Integer> quoted = new java.util.HashSet<>(inNews);
        quoted.addAll(NewsBlockExtractor.documentLines(post, inNews));
        Map<Object, Told> found = Told.none();
        Place building = Facilities.of(post);
        for (PostText.Block p : post.paragraphs()) {
            out.guard(p, () -> statement(post, building, p, quoted, found));
        }
        found.values().stream().map(Told::incident).forEach(i -> out.add(i.toBuilder().id(out.nextId("incident"))
                .provenance(new Provenance(post.permalink(), i.provenance().locator(), i.provenance().quote(), id(),
                        i.provenance().confidence())).build()));
        if (!news.isEmpty()) {
            out.guard(news.get(0), () -> reported(news, out));
        }
    }

    private void statement(PostText post, Place building, PostText.Block p, Set<Integer> inNews,
                           Map<Object, Told> found) {
        When addendum = null;
        List<String> text = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int n = 0; n < p.lines().size(); n++) {
            String line = p.lines().get(n);
            if (inNews.contains(p.first() + n)) {
                continue;
            }
            Matcher a = ADDENDUM.matcher(line);
            if (a.matches()) {
                addendum = JapaneseDates.findAll(a.group(1)).stream().findFirst().map(m -> m.value().when()).orElse(null);
            } else if (URL.matcher(line).matches()) {
                links.add(link(line, addendum));
            } else if (LinkListExtractor.item(p.lines(), n) == null) {
                text.add(line);
            }
        }
        for (String written : Sentences.of(String.join("", text))) {
            // a list or section mark opening the sentence is no part of what it tells
            String sentence = MARKER.matcher(written).replaceFirst("");
            String keyword = keyword(sentence);
            if (keyword == null) {
                continue;
            }
            List<Mention<ParsedDate>> dates = post.writtenOn() == null ? JapaneseDates.findAll(sentence)
                    : JapaneseDates.findAll(sentence, post.writtenOn());
            if (dates.isEmpty()) {
                continue;
            }
            Told.add(found, incident(post, building, p, sentence, keyword, dates.get(0).value().when(), links));
        }
    }

    /** The first kind of incident, in the order of {@link #TYPES}, that a text speaks of. */
    @CheckForNull
    private static String keyword(String text) {
        return TYPES.keySet().stream().filter(k -> text.contains(k) && (!k.equals("持ち出") || TAKEN_OUT.matcher(text).find()))
                .findFirst().orElse(null);
    }

    private Incident incident(PostText post, Place building, PostText.Block p, String sentence, String keyword,
                              When when, List<Link> links) {
        Place.Builder place = building.toBuilder();
        Matcher municipality = MUNICIPALITY.matcher(sentence);
        if (building.jurisdiction() == null && municipality.find()) {
            place.jurisdiction(municipality.group(2), null);
        }
        List<Mention<Floor>> floors = JapaneseFloors.findAll(sentence);
        if (!floors.isEmpty()) {
            Mention<Floor> f = floors.get(0);
            place.floor(f.value(), f.text());
            Matcher section = SECTION.matcher(sentence.substring(f.end()));
            if (section.find()) {
                place.area(section.group(1));
            }
        }
        List<Party> parties = new ArrayList<>();
        Matcher members = MEMBERS.matcher(sentence);
        if (members.find()) {
            String size = members.group(1) != null ? members.group(1) : members.group(2);
            parties.add(new Party(PartyKind.GROUP, null, "会員", sentence.contains("当会") ? "当会" : null,
                    JapaneseNumbers.parseCount(size), PartyRole.AFFECTED, false));
        }
        Matcher staff = STAFF.matcher(sentence);
        if (staff.find()) {
            parties.add(new Party(PartyKind.GROUP, null, staff.group(2), staff.group(1),
                    staff.group(3) == null ? null : JapaneseNumbers.parseCount(staff.group(3)),
                    PartyRole.ALLEGED_PERPETRATOR, false));
        }
        String clause = "";
        for (String c : sentence.split("、")) {
            if (c.contains(keyword)) {
                clause = CUT.matcher(c).replaceFirst("");
                break;
            }
        }
        // an authority's sanction ("停職3か月の懲戒処分にしました") confirms what the statement tells of
        Matcher outcome = OUTCOME.matcher(sentence);
        boolean sanctioned = outcome.find();
        // the id and provenance are set when the incident is added, after statements of one incident are merged
        return Incident.builder("pending").title(clause.isBlank() ? sentence : clause).summary(sentence)
                .when(when).place(place.build()).type(TYPES.get(keyword))
                .status(sanctioned ? IncidentStatus.CONFIRMED : IncidentStatus.ALLEGED)
                .outcome(sanctioned ? outcome.group() : null)
                .party(parties.toArray(Party[]::new)).link(links.toArray(Link[]::new))
                .provenance(new Provenance(post.permalink(), p.locator(), sentence, id(), 0.7)).build();
    }

    /**
     * The incidents of a post, one per matter: a later sentence about the same kind of incident on the same
     * day adds its parties and links to the first. Kept by key and in growing lists, so that a post that
     * retells one matter many times is read in linear time.
     */
    private static final class Told {
        private final Incident first;
        private final List<Party> parties;
        private final List<Link> links;

        private Told(Incident first) {
            this.first = first;
            this.parties = new ArrayList<>(first.parties());
            this.links = new ArrayList<>(first.links());
        }

        static Map<Object, Told> none() {
            return new LinkedHashMap<>();
        }

        static void add(Map<Object, Told> byMatter, Incident i) {
            // Without a type and a day an incident is a matter of its own.
            Object matter = i.type() != null && i.when() != null ? List.of(i.type(), i.when().firstDay()) : new Object();
            Told told = byMatter.get(matter);
            if (told == null) {
                byMatter.put(matter, new Told(i));
            } else {
                told.merge(i);
            }
        }

        private void merge(Incident later) {
            for (Party p : later.parties()) {
                int same = indexOfRole(parties, p.role());
                if (same < 0) {
                    parties.add(p);
                } else {
                    Party had = parties.get(same);
                    parties.set(same, new Party(had.kind(), had.name(), had.title(),
                            had.organisation() != null ? had.organisation() : p.organisation(),
                            had.size() != null ? had.size() : p.size(), had.role(), had.publicFigure()));
                }
            }
            links.addAll(later.links());
        }

        Incident incident() {
            return first.toBuilder().parties(parties).links(links).build();
        }
    }

    private static int indexOfRole(List<Party> parties, @CheckForNull PartyRole role) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).role() == role) {
                return i;
            }
        }
        return -1;
    }

    private static Link link(String url, @CheckForNull When published) {
        String host = url.toLowerCase(Locale.ROOT);
        boolean video = host.contains("youtu.be/") || host.contains("youtube.com/") || host.contains("nicovideo.jp/");
        return new Link(url, null, video ? LinkKind.VIDEO : LinkKind.OTHER, published);
    }

    /** An incident the post states in its own words, of a type, in a municipality; null when there is none. */
    @CheckForNull
    private static Incident stated(Extraction out, String municipality, @CheckForNull String type) {
        return out.records().stream().filter(Incident.class::isInstance).map(Incident.class::cast)
                .filter(i -> type != null && type.equals(i.type()) && i.place() != null
                        && municipality.equals(i.place().jurisdiction()))
                .findFirst().orElse(null);
    }

    /**
     * One incident per municipality the quoted news blocks report on, linked to their references; when the
     * post states an incident of the same type in that municipality in its own words, that one is linked instead.
     */
    private void reported(List<PostText.Block> blocks, Extraction out) {
        Map<String, List<PostText.Block>> byPlace = new LinkedHashMap<>();
        for (PostText.Block b : blocks) {
            String body = String.join("", b.lines().subList(1, b.lines().size()));
            Matcher m = MUNICIPALITY.matcher(body);
            if (keyword(body) != null && m.find()) {
                byPlace.computeIfAbsent(m.group(2), x -> new ArrayList<>()).add(b);
            }
        }
        for (Map.Entry<String, List<PostText.Block>> e : byPlace.entrySet()) {
            List<NewsReference> refs = new ArrayList<>();
            for (PostText.Block b : e.getValue()) {
                out.news().stream().filter(n -> n.provenance() != null && b.locator().equals(n.provenance().locator()))
                        .findFirst().ifPresent(refs::add);
            }
            String text = e.getValue().stream().map(PostText.Block::prose).reduce("", String::concat);
            When when = null;
            for (Mention<ParsedDate> d : JapaneseDates.findAll(text)) {
                if (d.value().when().isInterval()) {
                    when = d.value().when();
                    break;
                }
            }
            String keyword = keyword(text);
            Matcher outcome = OUTCOME.matcher(text);
            Incident stated = stated(out, e.getKey(), keyword == null ? null : TYPES.get(keyword));
            if (stated != null) {
                // the post's own statement of the matter the news reports: one incident, told in the post's words
                boolean sanctioned = outcome.find();
                out.replace(stated.toBuilder().when(stated.when() != null ? stated.when() : when)
                        .status(sanctioned ? IncidentStatus.CONFIRMED : stated.status())
                        .outcome(stated.outcome() != null ? stated.outcome() : sanctioned ? outcome.group() : null)
                        .related(refs.stream().map(NewsReference::id).toArray(String[]::new)).build());
                for (NewsReference n : refs) {
                    out.replace(n.toBuilder().related(stated.id()).build());
                }
                continue;
            }
            String id = out.nextId("incident");
            String headline = refs.isEmpty() ? e.getValue().get(0).lines().get(1) : refs.get(0).headline();
            PostText.Block first = e.getValue().get(0);
            out.add(Incident.builder(id).title(headline).when(when)
                    .place(Place.builder().jurisdiction(e.getKey(), null).build())
                    .type(keyword == null ? null : TYPES.get(keyword))
                    .status(outcome.find() ? IncidentStatus.CONFIRMED : IncidentStatus.ALLEGED)
                    .party(Party.organisation(e.getKey()).as(PartyRole.AUTHORITY))
                    .outcome(outcome.find(0) ? outcome.group() : null)
                    .related(refs.stream().map(NewsReference::id).toArray(String[]::new))
                    .provenance(out.provenance(first, first.lines().get(0) + "\n" + first.lines().get(1), this, 0.6))
                    .build());
            for (NewsReference n : refs) {
                out.replace(n.toBuilder().related(id).build());
            }
        }
    }
}
