package org.civicwatch.importers.html.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.text.JapaneseFloors;
import org.civicwatch.text.JapaneseNumbers;
import org.civicwatch.text.Mention;

/**
 * Sentences that count cameras and sensors as a group walks a building: "女子トイレ前の廊下の天井に2基",
 * "地下1階のエレベーターホールの天井の片隅に1基", "3階から30階にはひとつも監視カメラが見当たらない" (an exact 0
 * over the range), "およそ数十基" (approximate), "センサーが設置されている" (a motion sensor, not a camera).
 *
 * <p>The floor is the last one named before the count in the sentence, else the one carried over from
 * the sentences and paragraphs before ("1階をくまなく調べてみると" names the floor of what follows); a
 * paragraph opened by {@code ■} (an introduction or a summary) ends the walk and is not read for counts,
 * except for what it says was reported before (前回…報告). Statements about the whole building
 * ("県庁内におよそ数十基") have no floor. News blocks are skipped.
 */
public final class SightingExtractor implements Extractor {
    private static final Pattern SENTENCE = Pattern.compile("[^。]+。?");
    private static final Pattern DEVICE_COUNTER = Pattern.compile("(基|台|個|つ)(以上|余り|程度|ほど|前後)?$");
    private static final Pattern EXISTS = Pattern.compile(
            "(設置|取り付け|取付け|設け)(され|して|て|られ)|がある|があります|付いている|ついている");
    private static final Pattern SEVERAL_PLACES = Pattern.compile("ここにもあそこにも|あちこち|あちらこちら");
    private static final Pattern WHOLE_BUILDING = Pattern.compile("(庁|館|舎)内|建物全体|全館");
    private static final Pattern CEILING_AREA = Pattern.compile("の天井");
    private static final Pattern AREA_BEFORE = Pattern.compile("(には|にも|に|で)[^、]{0,12}$");
    private static final Pattern AREA_CHARS = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ーの・]+$");
    private static final Pattern PREVIOUSLY = Pattern.compile("前回[^。]*?報告");
    private static final Pattern PREVIOUS_AREA = Pattern.compile("^の?([^、。]*?)(の他|や|の天井|、|に|を|$)");
    private static final Pattern THAT_PLACE = Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー]+)が(ある|あります)。?$");

    @Override
    public String id() {
        return "blog-html/sightings";
    }

    /** What the walk knows between sentences. */
    private static final class Walk {
        @CheckForNull Mention<Floor> floor;
        @CheckForNull DeviceType device;
        /** Whether the paragraph read so far names a device: a bare "…がある" counts only then. */
        boolean deviceNamed;
        String previousSentence = "";
    }

    @Override
    public void extract(PostText post, Extraction out) {
        Set<Integer> inNews = new HashSet<>();
        for (PostText.Block b : NewsBlockExtractor.blocks(post)) {
            for (int i = 0; i < b.lines().size(); i++) {
                inNews.add(b.first() + i);
            }
        }
        Place building = Facilities.of(post);
        Walk walk = new Walk();
        for (PostText.Block p : post.paragraphs()) {
            if (inNews.contains(p.first())) {
                continue;
            }
            if (p.lines().get(0).startsWith("■")) {
                out.guard(p, () -> previouslyReported(p, building, out));
                walk = new Walk();
                continue;
            }
            Walk w = walk;
            w.deviceNamed = false;
            out.guard(p, () -> paragraph(p, building, w, out));
        }
    }

    private void paragraph(PostText.Block p, Place building, Walk walk, Extraction out) {
        Matcher sentences = SENTENCE.matcher(p.prose());
        while (sentences.find()) {
            String s = sentences.group().strip();
            sentence(s, p, building, walk, out);
            walk.previousSentence = s;
        }
    }

    private void sentence(String s, PostText.Block p, Place building, Walk walk, Extraction out) {
        List<Mention<Floor>> floors = JapaneseFloors.findAll(s);
        boolean sensor = s.contains("センサー");
        boolean camera = s.contains("カメラ");
        boolean denial = s.contains("カメラではない") || s.contains("カメラではありません");
        DeviceType device = sensor ? DeviceType.MOTION_SENSOR : camera ? DeviceType.CAMERA : walk.device;
        List<Mention<Count>> counts = JapaneseNumbers.findCounts(s).stream()
                .filter(c -> c.value().isNone() || c.value().value() == null && c.text().contains("数")
                        || DEVICE_COUNTER.matcher(c.text()).find())
                .toList();
        Mention<Floor> carried = walk.floor;
        if (!floors.isEmpty()) {
            walk.floor = floors.get(floors.size() - 1);
        }
        if (sensor || camera) {
            walk.device = device;
            walk.deviceNamed = true;
        }
        if (denial && counts.isEmpty()) {
            return;
        }
        if (counts.isEmpty()) {
            if (device == null || !walk.deviceNamed || !EXISTS.matcher(s).find() || carried == null && floors.isEmpty()) {
                return;
            }
            Count c = SEVERAL_PLACES.matcher(s).find()
                    ? Count.atLeast(2).withOriginal(match(SEVERAL_PLACES, s))
                    : Count.atLeast(1).withOriginal(match(EXISTS, s));
            add(s, s.length(), c, floors, carried, device, p, building, walk, out, 0.6);
            return;
        }
        for (Mention<Count> c : counts) {
            DeviceType d = device != null ? device : c.text().contains("基") ? DeviceType.CAMERA : null;
            if (d == null) {
                continue;
            }
            walk.device = d;
            if (WHOLE_BUILDING.matcher(s.substring(0, c.start())).find()) {
                out.add(sighting(out, building, null, null, d, s, c.value().withOriginal(c.text()), p, 0.8));
                continue;
            }
            boolean floorHere = floors.stream().anyMatch(f -> f.end() <= c.start());
            if (!floorHere && carried == null) {
                continue;
            }
            add(s, c.start(), c.value().withOriginal(c.text()), floors, carried, d, p, building, walk, out,
                    floorHere ? 0.9 : 0.75);
        }
    }

    private void add(String s, int at, Count count, List<Mention<Floor>> floors, @CheckForNull Mention<Floor> carried,
                     DeviceType device, PostText.Block p, Place building, Walk walk, Extraction out, double confidence) {
        Mention<Floor> floor = carried;
        int from = 0;
        for (Mention<Floor> f : floors) {
            if (f.end() <= at) {
                floor = f;
                from = f.end();
            }
        }
        String before = s.substring(from, at);
        String area = area(before, walk.previousSentence);
        out.add(sighting(out, building, floor, area, device, s, count, p, confidence));
    }

    private Sighting sighting(Extraction out, Place building, @CheckForNull Mention<Floor> floor, @CheckForNull String area,
                              DeviceType device, String sentence, Count count, PostText.Block p, double confidence) {
        Place.Builder place = building.toBuilder().area(area);
        if (floor != null) {
            place.floor(floor.value(), floor.text());
        }
        return Sighting.builder(out.nextId("sighting")).place(place.build()).device(device)
                .cameraType(device == DeviceType.CAMERA && (sentence.contains("ドーム") || sentence.contains("半球"))
                        ? CameraType.DOME : null)
                .mount(mount(sentence)).count(count)
                .provenance(out.provenance(p, sentence, this, confidence)).build();
    }

    @CheckForNull
    private static Mount mount(String s) {
        if (s.contains("天井")) {
            return Mount.CEILING;
        }
        if (s.contains("壁")) {
            return Mount.WALL;
        }
        return s.contains("ポール") || s.contains("支柱") || s.contains("電柱") ? Mount.POLE : null;
    }

    /**
     * The spot named before a count: the places before "の天井" (joined when several), else the place
     * before "には/にも/に"; "その前" is the place the sentence before ends with ("警備室がある" → 警備室前).
     */
    @CheckForNull
    static String area(String before, String previousSentence) {
        List<String> spots = new ArrayList<>();
        Matcher ceiling = CEILING_AREA.matcher(before);
        int start = 0;
        while (ceiling.find()) {
            String spot = spot(before.substring(start, ceiling.start()), previousSentence);
            if (spot != null) {
                spots.add(spot);
            }
            start = ceiling.end();
        }
        if (spots.isEmpty()) {
            Matcher m = AREA_BEFORE.matcher(before);
            String spot = m.find() ? spot(before.substring(0, m.start()), previousSentence) : null;
            return spot;
        }
        return String.join("、", spots);
    }

    @CheckForNull
    private static String spot(String text, String previousSentence) {
        String t = text.substring(text.lastIndexOf('、') + 1).strip();
        if (t.startsWith("その")) {
            Matcher m = THAT_PLACE.matcher(previousSentence);
            return m.find() ? m.group(1) + t.substring(2) : null;
        }
        Matcher m = AREA_CHARS.matcher(t);
        if (!m.find()) {
            return null;
        }
        String spot = m.group().replaceFirst("^の+", "").replaceFirst("^(県庁|市役所|庁舎)", "").replaceFirst("^の+", "");
        return spot.isEmpty() ? null : spot;
    }

    /** In an introduction, what it says was reported before: a camera at each floor it names. */
    private void previouslyReported(PostText.Block p, Place building, Extraction out) {
        Matcher m = PREVIOUSLY.matcher(p.prose());
        while (m.find()) {
            String clause = m.group();
            for (Mention<Floor> f : JapaneseFloors.findAll(clause)) {
                Matcher a = PREVIOUS_AREA.matcher(clause.substring(f.end()));
                if (!a.find() || a.group(1).isBlank()) {
                    continue;
                }
                Place place = building.toBuilder().floor(f.value(), f.text()).area(a.group(1)).build();
                out.add(Sighting.builder(out.nextId("sighting")).place(place).device(DeviceType.CAMERA)
                        .mount("の天井".equals(a.group(2)) ? Mount.CEILING : null).count(Count.atLeast(1))
                        .notes("前回の報告で確認").provenance(out.provenance(p, clause, this, 0.6)).build());
            }
        }
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : s;
    }
}
