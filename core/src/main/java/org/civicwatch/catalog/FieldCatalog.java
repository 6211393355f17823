package org.civicwatch.catalog;

import static org.civicwatch.catalog.Field.optional;
import static org.civicwatch.catalog.Field.required;
import static org.civicwatch.catalog.ScalarType.BOOLEAN;
import static org.civicwatch.catalog.ScalarType.DECIMAL;
import static org.civicwatch.catalog.ScalarType.FLOOR;
import static org.civicwatch.catalog.ScalarType.INTEGER;
import static org.civicwatch.catalog.ScalarType.STRING;
import static org.civicwatch.catalog.ScalarType.TEXT;
import static org.civicwatch.catalog.ScalarType.URL;
import static org.civicwatch.catalog.ScalarType.WHEN;
import static org.civicwatch.catalog.ScalarType.enumOf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.civicwatch.model.CameraType;
import org.civicwatch.model.CivicRecord;
import org.civicwatch.model.Count;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Filing;
import org.civicwatch.model.FilingEvent;
import org.civicwatch.model.FilingEventKind;
import org.civicwatch.model.FilingKind;
import org.civicwatch.model.FilingOutcome;
import org.civicwatch.model.Incident;
import org.civicwatch.model.IncidentStatus;
import org.civicwatch.model.Link;
import org.civicwatch.model.LinkKind;
import org.civicwatch.model.Mount;
import org.civicwatch.model.NewsReference;
import org.civicwatch.model.Party;
import org.civicwatch.model.PartyKind;
import org.civicwatch.model.PartyRole;
import org.civicwatch.model.Place;
import org.civicwatch.model.Provenance;
import org.civicwatch.model.RecordType;
import org.civicwatch.model.Remedy;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.SurveillanceZone;

/**
 * The one description of the model that every format maps through. Each record and value type is
 * described once, here; JSON Schema and Frictionless Table Schema documents are generated from it.
 */
public final class FieldCatalog {
    private FieldCatalog() {
    }

    /** A {@link Count}. */
    public static final ObjectSchema<Count> COUNT = new ObjectSchema<>(Count.class,
            "How many were found; an exact 0 means none found, an absent value unknown.",
            optional("value", INTEGER, "The number, absent when unknown."),
            required("qualifier", enumOf(Count.Qualifier.class), "How exact the value is."),
            optional("original", STRING, "The text the count was read from (\"2基\", \"数十基\")."));

    /** A {@link Place}. */
    public static final ObjectSchema<Place> PLACE = new ObjectSchema<>(Place.class,
            "Where something happened or was found.",
            optional("jurisdiction", STRING, "The local government's name."),
            optional("jurisdictionCode", STRING, "Its six-digit local government code, check digit included."),
            optional("facility", STRING, "The building or site."),
            optional("floor", FLOOR, "Floor or range of floors, Japanese numbering (1 = ground, -1 = first basement)."),
            optional("floorLabel", STRING, "The floor as written (\"地下1階\")."),
            optional("area", STRING, "The spot within the floor."),
            optional("address", STRING, "The postal address."),
            optional("latitude", DECIMAL, "WGS84 latitude in degrees."),
            optional("longitude", DECIMAL, "WGS84 longitude in degrees."));

    /** A {@link Party}. */
    public static final ObjectSchema<Party> PARTY = new ObjectSchema<>(Party.class,
            "A person, organisation or group.",
            required("kind", enumOf(PartyKind.class), "Person, organisation or group."),
            optional("name", STRING, "The name; personal data unless a public figure.")
                    .markPersonal(PersonalData.NAME, party -> ((Party) party).hasPublicName()),
            optional("title", STRING, "Role or title."),
            optional("organisation", STRING, "The body the party belongs to."),
            optional("size", COUNT, "How many people a group is."),
            optional("role", enumOf(PartyRole.class), "The part played in an incident."),
            optional("publicFigure", BOOLEAN, "Whether the name is a public figure's (default false)."));

    /** A {@link Link}. */
    public static final ObjectSchema<Link> LINK = new ObjectSchema<>(Link.class, "A link to a web page.",
            required("url", URL, "Absolute http or https URL."),
            optional("title", STRING, "The link's title."),
            optional("kind", enumOf(LinkKind.class), "What it points at."),
            optional("published", WHEN, "When the target was published."));

    /** A {@link Provenance}. */
    public static final ObjectSchema<Provenance> PROVENANCE = new ObjectSchema<>(Provenance.class,
            "Where an extracted record came from.",
            required("source", STRING, "The source document."),
            optional("locator", STRING, "Where in the source."),
            optional("quote", TEXT, "The text the record was extracted from.").markPersonal(PersonalData.QUOTED_TEXT),
            optional("extractor", STRING, "The extractor's id."),
            optional("confidence", DECIMAL, "How sure the extractor is, 0 to 1."));

    /** A {@link FilingEvent}. */
    public static final ObjectSchema<FilingEvent> FILING_EVENT = new ObjectSchema<>(FilingEvent.class,
            "A dated step of a filing.",
            required("kind", enumOf(FilingEventKind.class), "What happened."),
            optional("when", WHEN, "When it happened."),
            optional("note", TEXT, "What the step was."),
            optional("link", LINK, "Where it is documented."));

    /** A {@link Remedy}. */
    public static final ObjectSchema<Remedy> REMEDY = new ObjectSchema<>(Remedy.class,
            "What really happened, apart from the legal outcome.",
            required("description", TEXT, "What happened."),
            optional("amount", INTEGER, "A sum of money, in units of the currency."),
            optional("currency", STRING, "ISO 4217 code of the amount."),
            optional("when", WHEN, "When it happened."));

    /** A {@link DatasetInfo}. */
    public static final ObjectSchema<DatasetInfo> DATASET_INFO = new ObjectSchema<>(DatasetInfo.class,
            "What a dataset is and who publishes it.",
            optional("title", STRING, "The dataset's title."),
            optional("description", TEXT, "What it holds."),
            optional("publisher", STRING, "Who publishes it."),
            optional("license", STRING, "License name or URL."),
            optional("language", STRING, "BCP 47 language tag."),
            optional("created", WHEN, "When it was made."),
            optional("sources", new ListType(LINK), "The documents it was made from."));

    private static Field id() {
        return required("id", STRING, "Unique in the dataset: letters, digits, '.', '_', ':' or '-'.");
    }

    private static Field[] common() {
        return new Field[] {
            optional("related", new ListType(STRING), "Ids of related records in the dataset."),
            optional("links", new ListType(LINK), "Pages about the record."),
            optional("tags", new ListType(STRING), "Free tags."),
            optional("provenance", PROVENANCE, "Where the record was extracted from; absent when curated by hand."),
        };
    }

    private static Field[] with(Field[] own, Field[] common) {
        Field[] all = java.util.Arrays.copyOf(own, own.length + common.length);
        System.arraycopy(common, 0, all, own.length, common.length);
        return all;
    }

    /** An {@link Incident}. */
    public static final ObjectSchema<Incident> INCIDENT = new ObjectSchema<>(Incident.class,
            "Something the group documents.", with(new Field[] {
                id(),
                required("title", STRING, "A one-line title."),
                optional("summary", TEXT, "What happened."),
                optional("when", WHEN, "When it happened."),
                optional("place", PLACE, "Where it happened."),
                optional("type", STRING, "Open vocabulary: eavesdropping, data-misuse, misconduct..."),
                optional("status", enumOf(IncidentStatus.class), "How established it is."),
                optional("parties", new ListType(PARTY), "Who took part, each with a role."),
                optional("outcome", TEXT, "What came of it."),
            }, common()));

    /** A {@link Sighting}. */
    public static final ObjectSchema<Sighting> SIGHTING = new ObjectSchema<>(Sighting.class,
            "Surveillance devices found at a place, or the finding that there are none.", with(new Field[] {
                id(),
                optional("observed", WHEN, "When the devices were seen."),
                optional("observer", PARTY, "Who saw them."),
                optional("place", PLACE, "Where."),
                required("device", enumOf(DeviceType.class), "What kind of device."),
                optional("cameraType", enumOf(CameraType.class), "For cameras: fixed, dome or panning."),
                optional("mount", enumOf(Mount.class), "Ceiling, wall or pole."),
                optional("zone", enumOf(SurveillanceZone.class), "What it watches: indoor, outdoor, public."),
                optional("count", COUNT, "How many; exact 0 means none found."),
                optional("operator", STRING, "Who runs it."),
                optional("notes", TEXT, "Anything else observed."),
            }, common()));

    /** A {@link Filing}. */
    public static final ObjectSchema<Filing> FILING = new ObjectSchema<>(Filing.class,
            "A request the group filed and what became of it.", with(new Field[] {
                id(),
                required("kind", enumOf(FilingKind.class), "What kind of filing."),
                optional("title", STRING, "A one-line title."),
                optional("subject", TEXT, "What it is about."),
                optional("filedBy", PARTY, "Who filed it."),
                optional("filedWith", PARTY, "Whom it was filed with."),
                optional("legalBasis", STRING, "The law it rests on."),
                optional("filed", WHEN, "When it was filed."),
                optional("events", new ListType(FILING_EVENT), "Its steps, in order."),
                optional("outcome", enumOf(FilingOutcome.class), "Its legal outcome."),
                optional("remedy", REMEDY, "What really happened, apart from the legal outcome."),
                optional("referenceNumber", STRING, "The authority's reference number."),
                optional("precededBy", STRING, "Id of the filing this one follows from."),
            }, common()));

    /** A {@link NewsReference}. */
    public static final ObjectSchema<NewsReference> NEWS = new ObjectSchema<>(NewsReference.class,
            "A news article the group cites.", with(new Field[] {
                id(),
                required("outlet", STRING, "Who published it."),
                required("headline", STRING, "Its headline."),
                optional("url", URL, "Where it was published."),
                optional("published", WHEN, "When, to the minute where known."),
                optional("via", STRING, "The news agency it came through."),
                optional("authors", new ListType(STRING), "Its credited authors."),
                optional("language", STRING, "BCP 47 language tag."),
                optional("excerpt", TEXT, "The quoted text."),
                optional("retrieved", WHEN, "When it was read."),
                optional("archivedUrl", URL, "An archived copy."),
            }, common()));

    private static final Map<RecordType, ObjectSchema<? extends CivicRecord>> RECORDS = new EnumMap<>(Map.of(
            RecordType.INCIDENT, INCIDENT, RecordType.SIGHTING, SIGHTING, RecordType.FILING, FILING,
            RecordType.NEWS, NEWS));

    /** {@return every described type: the four records first, then the values they hold} */
    public static List<ObjectSchema<?>> all() {
        return List.of(INCIDENT, SIGHTING, FILING, NEWS, PLACE, PARTY, COUNT, LINK, PROVENANCE, FILING_EVENT,
                REMEDY, DATASET_INFO);
    }

    /**
     * {@return the schema of a record type}
     *
     * @param type the record type
     */
    public static ObjectSchema<? extends CivicRecord> schema(RecordType type) {
        return RECORDS.get(type);
    }

    /**
     * {@return the schema of a record class}
     *
     * @param <R> the record class
     * @param recordClass {@code Incident.class}, {@code Sighting.class}...
     * @throws IllegalArgumentException if it is not a record type of the model
     */
    @SuppressWarnings("unchecked")
    public static <R extends CivicRecord> ObjectSchema<R> schema(Class<R> recordClass) {
        for (ObjectSchema<? extends CivicRecord> s : RECORDS.values()) {
            if (s.javaType() == recordClass) {
                return (ObjectSchema<R>) s;
            }
        }
        throw new IllegalArgumentException(recordClass.getName() + " is not a record type of the model");
    }

    /**
     * {@return the schema of a record's own type}
     *
     * @param <R> the record's class
     * @param record a record
     */
    @SuppressWarnings("unchecked")
    public static <R extends CivicRecord> ObjectSchema<R> schemaOf(R record) {
        return (ObjectSchema<R>) schema(record.recordType());
    }
}
