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

        /**
         * {@return the problem of a record whose id another record has already}
         *
         * @param type the type of the record that came second
         * @param id the id
         * @param first the type of the record that has the id first
         */
        public static Problem duplicateId(RecordType type, String id, RecordType first) {
            return new Problem(type, id, "id",
                    "duplicate id: " + withArticle(first) + " already has it; ids must be unique in a dataset");
        }

        /**
         * {@return the problem of a reference that no record's id resolves}
         *
         * @param type the type of the record that refers
         * @param recordId its id
         * @param field the field that holds the reference ({@code related[0]}, {@code precededBy})
         * @param id the id referred to
         */
        public static Problem unresolved(RecordType type, String recordId, String field, String id) {
            return new Problem(type, recordId, field, "no record has the id '" + id + "'");
        }

        /**
         * {@return the problem of a filing preceded by a record that is not a filing}
         *
         * @param filingId the filing's id
         * @param precededBy the id its {@code precededBy} names
         * @param target the type of the record of that id
         */
        public static Problem precededByNoFiling(String filingId, String precededBy, RecordType target) {
            return new Problem(RecordType.FILING, filingId, "precededBy",
                    "'" + precededBy + "' is " + withArticle(target) + ", not a filing");
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
     * Checks the dataset as a whole; {@link org.civicwatch.DatasetCheck} checks the same of records that stream
     * by, without holding them.
     *
     * @return every duplicate id and every unresolved reference, in record order; empty when valid
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        Map<String, CivicRecord> byId = new HashMap<>();
        records().forEach(r -> {
            CivicRecord first = byId.putIfAbsent(r.id(), r);
            if (first != null) {
                problems.add(Problem.duplicateId(r.recordType(), r.id(), first.recordType()));
            }
        });
        records().forEach(r -> {
            for (int i = 0; i < r.related().size(); i++) {
                if (!byId.containsKey(r.related().get(i))) {
                    problems.add(Problem.unresolved(r.recordType(), r.id(), "related[" + i + "]", r.related().get(i)));
                }
            }
            if (r instanceof Filing f && f.precededBy() != null) {
                CivicRecord target = byId.get(f.precededBy());
                if (target == null) {
                    problems.add(Problem.unresolved(r.recordType(), r.id(), "precededBy", f.precededBy()));
                } else if (!(target instanceof Filing)) {
                    problems.add(Problem.precededByNoFiling(f.id(), f.precededBy(), target.recordType()));
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
