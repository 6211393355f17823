package org.civicwatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * The fields every record builder has.
 *
 * <p>A list field has two setters: one named after an element adds ({@code link(a, b)}, {@code tag("x")},
 * and {@code related("id")}, whose field has no singular), and one taking a {@code List} replaces the whole
 * list ({@code links(List.of())} empties it). With both, a copy that changes one list is
 * {@code record.toBuilder().links(newLinks).build()}, never a call of the record's constructor.
 *
 * @param <B> the concrete builder
 * @param <R> the record it builds
 */
public abstract sealed class RecordBuilder<B extends RecordBuilder<B, R>, R extends CivicRecord>
        permits Incident.Builder, Sighting.Builder, Filing.Builder, NewsReference.Builder {
    String id;
    List<String> related = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    Provenance provenance;

    RecordBuilder(String id) {
        this.id = id;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    void copyCommon(CivicRecord r) {
        related = new ArrayList<>(r.related());
        links = new ArrayList<>(r.links());
        tags = new ArrayList<>(r.tags());
        provenance = r.provenance();
    }

    /**
     * Sets the id; required, unique in the dataset.
     *
     * @param newId letters, digits, '.', '_', ':' or '-'
     * @return this builder
     */
    public B id(String newId) {
        this.id = newId;
        return self();
    }

    /**
     * Adds ids of related records.
     *
     * @param ids ids of records in the same dataset
     * @return this builder
     */
    public B related(String... ids) {
        related.addAll(Arrays.asList(ids));
        return self();
    }

    /**
     * Replaces the related ids.
     *
     * @param ids ids of records in the same dataset, in order; empty for none
     * @return this builder
     */
    public B related(List<String> ids) {
        related = new ArrayList<>(ids);
        return self();
    }

    /**
     * Adds links.
     *
     * @param more links to pages about the record
     * @return this builder
     */
    public B link(Link... more) {
        links.addAll(Arrays.asList(more));
        return self();
    }

    /**
     * Replaces the links.
     *
     * @param all links to pages about the record, in order; empty for none
     * @return this builder
     */
    public B links(List<Link> all) {
        links = new ArrayList<>(all);
        return self();
    }

    /**
     * Adds tags.
     *
     * @param more free tags, not empty
     * @return this builder
     */
    public B tag(String... more) {
        tags.addAll(Arrays.asList(more));
        return self();
    }

    /**
     * Replaces the tags.
     *
     * @param all free tags, not empty, in order; empty for none
     * @return this builder
     */
    public B tags(List<String> all) {
        tags = new ArrayList<>(all);
        return self();
    }

    /**
     * Sets where the record came from; null for a hand-curated record.
     *
     * @param newProvenance where it was extracted from
     * @return this builder
     */
    public B provenance(@CheckForNull Provenance newProvenance) {
        this.provenance = newProvenance;
        return self();
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws ModelException naming the field that is missing or invalid
     */
    public abstract R build();
}
