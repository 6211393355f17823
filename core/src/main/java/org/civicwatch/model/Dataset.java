package org.civicwatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A dataset: its info and its records, by type, in order.
 *
 * <p>The constructor only checks each list; {@link #validate()} checks the dataset as a whole (ids
 * unique across all records, every {@code related} and {@code precededBy} id resolving) and reports
 * every problem at once.
 *
 * @param info what the dataset is
 * @param incidents its incidents
 * @param sightings its sightings
 * @param filings its filings
 * @param news its news references
 */
public record Dataset(DatasetInfo info, List<Incident> incidents, List<Sighting> sightings, List<Filing> filings,
                      List<NewsReference> news) {

    /**
     * One thing wrong with a dataset as a whole.
     *
     * @param type the type of the record at fault
     * @param recordId its id
     * @param field the field at fault ({@code related[0]})
     * @param message what is wrong
     */
    public record Problem(RecordType type, String recordId, String field, String message) {
        @Override
        public String toString() {
            return type.singular() + " '" + recordId + "', field '" + field + "': " + message;
        }
    }

    /**
     * Checks each list; see {@link #validate()} for the dataset as a whole.
     *
     * @param info what the dataset is
     * @param incidents its incidents
     * @param sightings its sightings
     * @param filings its filings
     * @param news its news references
     * @throws NullPointerException if {@code info} is null
     * @throws ModelException if a list holds a null; null lists are taken as empty
     */
    public Dataset {
        Objects.requireNonNull(info, "info");
        incidents = Checks.list(incidents, "incidents");
        sightings = Checks.list(sightings, "sightings");
        filings = Checks.list(filings, "filings");
        news = Checks.list(news, "news");
    }

    /**
     * {@return an empty dataset}
     *
     * @param info what the dataset is
     */
    public static Dataset empty(DatasetInfo info) {
        return new Dataset(info, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * {@return a dataset of records of any type, sorted into their lists in the order given}
     *
     * @param info what the dataset is
     * @param records its records
     */
    public static Dataset of(DatasetInfo info, Iterable<? extends CivicRecord> records) {
        Builder b = builder(info);
        records.forEach(b::add);
        return b.build();
    }

    /** {@return every record: incidents, then sightings, filings and news, each in order} */
    public Stream<CivicRecord> records() {
        return Stream.of(incidents, sightings, filings, news).flatMap(List::stream);
    }

    /**
     * {@return the records of one type, in order}
     *
     * @param type the type wanted
     */
    public List<? extends CivicRecord> records(RecordType type) {
        return switch (type) {
            case INCIDENT -> incidents;
            case SIGHTING -> sightings;
            case FILING -> filings;
            case NEWS -> news;
        };
    }

    /** {@return how many records it holds} */
    public int size() {
        return incidents.size() + sightings.size() + filings.size() + news.size();
    }

    /**
     * Checks the dataset as a whole.
     *
     * @return every duplicate id and every unresolved reference, in record order; empty when valid
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        Map<String, CivicRecord> byId = new HashMap<>();
        records().forEach(r -> {
            CivicRecord first = byId.putIfAbsent(r.id(), r);
            if (first != null) {
                problems.add(new Problem(r.recordType(), r.id(), "id",
                        "duplicate id: " + withArticle(first.recordType())
                        + " already has it; ids must be unique in a dataset"));
            }
        });
        records().forEach(r -> {
            for (int i = 0; i < r.related().size(); i++) {
                String ref = r.related().get(i);
                if (!byId.containsKey(ref)) {
                    problems.add(new Problem(r.recordType(), r.id(), "related[" + i + "]",
                            "no record has the id '" + ref + "'"));
                }
            }
            if (r instanceof Filing f && f.precededBy() != null) {
                CivicRecord target = byId.get(f.precededBy());
                if (target == null) {
                    problems.add(new Problem(r.recordType(), r.id(), "precededBy",
                            "no record has the id '" + f.precededBy() + "'"));
                } else if (!(target instanceof Filing)) {
                    problems.add(new Problem(r.recordType(), r.id(), "precededBy",
                            "'" + f.precededBy() + "' is " + withArticle(target.recordType()) + ", not a filing"));
                }
            }
        });
        return problems;
    }

    private static String withArticle(RecordType type) {
        return (type == RecordType.INCIDENT ? "an " : "a ") + type.singular();
    }

    /**
     * Checks the dataset and throws if anything is wrong.
     *
     * @return this dataset
     * @throws ModelException listing every problem, one a line
     */
    public Dataset requireValid() {
        List<Problem> problems = validate();
        if (!problems.isEmpty()) {
            StringBuilder s = new StringBuilder("the dataset has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ":");
            problems.forEach(p -> s.append("\n  ").append(p));
            throw new ModelException(null, s.toString());
        }
        return this;
    }

    /**
     * {@return a builder for a dataset with the given info}
     *
     * @param info what the dataset is
     */
    public static Builder builder(DatasetInfo info) {
        return new Builder(info);
    }

    /** Collects records of any type into a {@link Dataset}. */
    public static final class Builder {
        private final DatasetInfo info;
        private final List<Incident> incidents = new ArrayList<>();
        private final List<Sighting> sightings = new ArrayList<>();
        private final List<Filing> filings = new ArrayList<>();
        private final List<NewsReference> news = new ArrayList<>();

        private Builder(DatasetInfo info) {
            this.info = info;
        }

        /**
         * Adds records, each to the list of its type.
         *
         * @param records the records to add
         * @return this builder
         */
        public Builder add(CivicRecord... records) {
            Arrays.stream(records).forEach(this::addOne);
            return this;
        }

        private void addOne(CivicRecord r) {
            if (r instanceof Incident i) {
                incidents.add(i);
            } else if (r instanceof Sighting s) {
                sightings.add(s);
            } else if (r instanceof Filing f) {
                filings.add(f);
            } else {
                news.add((NewsReference) r);
            }
        }

        /**
         * {@return the dataset}
         *
         * @throws ModelException if a record is null
         */
        public Dataset build() {
            return new Dataset(info, incidents, sightings, filings, news);
        }
    }
}
