package org.civicwatch.exporters.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.CheckForNull;
import org.civicwatch.exporters.html.Words.Label;
import org.civicwatch.model.Count;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Place;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Sighting;
import org.jsoup.nodes.Element;

/**
 * The sightings as one table per building, floor by floor: top floor first, a floor or range said once for
 * its rows, basements last, sightings without a floor at the end; then when, by whom and whose devices,
 * each said once. On a narrow screen the style sheet stacks each row ({@link Style}); the count cell carries
 * its column's name in {@code data-label} for that.
 */
final class FloorTable extends Section<Sighting> {
    /** Top floor first, ranges by their top floor, basements last, sightings without a floor after them. */
    private static final Comparator<Sighting> TOP_DOWN = Comparator.comparing(FloorTable::floorOf,
            Comparator.nullsLast(Comparator.comparingInt(Floor::highest).reversed()
                    .thenComparing(Comparator.comparingInt(Floor::lowest).reversed())));
    /** A cell without a value. */
    private static final String MISSING = "—";

    FloorTable(SectionParts parts) {
        super(parts, RecordType.SIGHTING, Label.SIGHTINGS);
    }

    @Override
    void fill(Element section, List<Sighting> sightings) {
        Map<String, List<Sighting>> byBuilding = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            Place p = s.place();
            String building = p == null ? "" : p.facility() != null ? p.facility()
                    : p.jurisdiction() != null ? p.jurisdiction() : "";
            byBuilding.computeIfAbsent(building, k -> new ArrayList<>()).add(s);
        }
        byBuilding.forEach((building, inBuilding) -> building(section, building, inBuilding));
    }

    private void building(Element section, String building, List<Sighting> sightings) {
        Element heading = section.appendElement("h3").text(building.isEmpty() ? w.label(Label.PLACE_NOT_GIVEN)
                : building);
        sightings.stream().map(Sighting::place).filter(p -> p != null && p.address() != null).findFirst()
                .ifPresent(p -> heading.appendText(" ").appendElement("small").text(p.address()));
        Element table = section.appendElement("div").addClass("cw-table").appendElement("table").addClass("cw-floors");
        Element head = table.appendElement("thead").appendElement("tr");
        for (Label column : List.of(Label.FLOOR, Label.AREA, Label.DEVICE, Label.COUNT, Label.NOTES)) {
            head.appendElement("th").attr("scope", "col").text(w.label(column));
        }
        Element body = table.appendElement("tbody");
        List<Sighting> rows = new ArrayList<>(sightings);
        rows.sort(TOP_DOWN);
        for (int i = 0; i < rows.size(); i++) {
            Sighting s = rows.get(i);
            Element tr = body.appendElement("tr").attr("id", parts.anchors().of(s))
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
                floorCell(tr, s, floor, span);
            }
            tr.appendElement("td").addClass("cw-area").text(s.place() != null && s.place().area() != null
                    ? s.place().area() : MISSING);
            device(tr.appendElement("td").addClass("cw-device"), s);
            count(tr.appendElement("td").addClass("cw-count").attr("data-label", w.label(Label.COUNT)), s.count());
            Element notes = tr.appendElement("td").addClass("cw-notes");
            if (s.notes() != null) {
                Html.lines(notes, s.notes());
            }
            if (!s.links().isEmpty()) {
                parts.links(notes.appendElement("span").addClass("cw-links"), s.links());
            }
        }
        survey(section, sightings);
    }

    /** The floor, said once for the rows it spans, with the floor as the source wrote it when that differs. */
    private void floorCell(Element tr, Sighting s, @CheckForNull Floor floor, int span) {
        Element th = tr.appendElement("th").attr("scope", "row").addClass("cw-floor")
                .text(floor == null ? w.label(Label.NO_FLOOR) : w.floor(floor));
        if (span > 1) {
            th.attr("rowspan", String.valueOf(span));
        }
        String label = s.place() == null ? null : s.place().floorLabel();
        if (label != null && floor != null && !label.equals(w.floor(floor))) {
            th.attr("title", label);
        }
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
            cell.appendElement("small").text(String.join(w.label(Label.DETAIL_SEPARATOR), details));
        }
    }

    private void count(Element cell, @CheckForNull Count count) {
        if (count == null) {
            cell.text(MISSING);
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
        said(facts, Label.SURVEYED, dates);
        said(facts, Label.SURVEYED_BY, observers);
        said(facts, Label.OPERATED_BY, operators);
        Html.appendIfFilled(section, facts);
    }

    private void said(Element facts, Label term, Set<String> values) {
        if (!values.isEmpty()) {
            Html.fact(facts, w.label(term), w.list(values));
        }
    }

    @CheckForNull
    private static Floor floorOf(Sighting s) {
        return s.place() == null ? null : s.place().floor();
    }
}
