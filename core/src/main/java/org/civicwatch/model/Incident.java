package org.civicwatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * Something a group documents: staff eavesdropping on a citizens' consultation, misuse of residents'
 * data, misconduct.
 *
 * <pre>{@code
 * Incident i = Incident.builder("incident-eavesdropping")
 *     .title("県職員が相談を盗聴")
 *     .when(When.parse("2017-05-29T15:00+09:00"))
 *     .type("eavesdropping").status(IncidentStatus.ALLEGED)
 *     .build();
 * }</pre>
 *
 * @param id unique in the dataset
 * @param title a one-line title
 * @param summary what happened, in a paragraph
 * @param when when it happened
 * @param place where it happened
 * @param type open vocabulary, lower case: eavesdropping, data-misuse, misconduct, embezzlement...
 * @param status how established it is
 * @param parties who took part, each with their role
 * @param outcome what came of it ("懲戒免職")
 * @param related ids of related records
 * @param links pages about it
 * @param tags free tags
 * @param provenance where it was extracted from
 */
public record Incident(String id, String title, @CheckForNull String summary, @CheckForNull When when,
                       @CheckForNull Place place, @CheckForNull String type, @CheckForNull IncidentStatus status,
                       List<Party> parties, @CheckForNull String outcome, List<String> related, List<Link> links,
                       List<String> tags, @CheckForNull Provenance provenance) implements CivicRecord {

    /**
     * Checks the incident; empty strings become null.
     *
     * @param id unique in the dataset
     * @param title a one-line title
     * @param summary what happened, in a paragraph
     * @param when when it happened
     * @param place where it happened; one with nothing in it is none
     * @param type open vocabulary, lower case: eavesdropping, data-misuse, misconduct, embezzlement...
     * @param status how established it is
     * @param parties who took part, each with their role
     * @param outcome what came of it ("懲戒免職")
     * @param related ids of related records
     * @param links pages about it
     * @param tags free tags
     * @param provenance where it was extracted from
     * @throws ModelException if {@code id} or {@code title} is missing, an id is invalid, or a list holds
     *     a null or a tag is empty
     */
    public Incident {
        id = Checks.id(id, "id");
        title = Checks.required(title, "title");
        summary = Checks.text(summary, "summary");
        type = Checks.text(type, "type");
        place = Checks.place(place);
        parties = Checks.list(parties, "parties");
        outcome = Checks.text(outcome, "outcome");
        related = Checks.ids(related, "related");
        links = Checks.list(links, "links");
        tags = Checks.tags(tags, "tags");
    }

    /**
     * {@return a builder for an incident with the given id}
     *
     * @param id unique in the dataset
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return a builder holding this incident's fields} */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.copyCommon(this);
        b.title = title;
        b.summary = summary;
        b.when = when;
        b.place = place;
        b.type = type;
        b.status = status;
        b.parties = new ArrayList<>(parties);
        b.outcome = outcome;
        return b;
    }

    /** Builds an {@link Incident}; {@code id} and {@code title} are required. */
    public static final class Builder extends RecordBuilder<Builder, Incident> {
        private String title;
        private String summary;
        private When when;
        private Place place;
        private String type;
        private IncidentStatus status;
        private List<Party> parties = new ArrayList<>();
        private String outcome;

        private Builder(String id) {
            super(id);
        }

        /**
         * Sets the one-line title; required.
         *
         * @param newTitle the title
         * @return this builder
         */
        public Builder title(String newTitle) {
            this.title = newTitle;
            return this;
        }

        /**
         * Sets what happened, in a paragraph.
         *
         * @param newSummary the summary, or null
         * @return this builder
         */
        public Builder summary(@CheckForNull String newSummary) {
            this.summary = newSummary;
            return this;
        }

        /**
         * Sets when it happened.
         *
         * @param newWhen the date, or null
         * @return this builder
         */
        public Builder when(@CheckForNull When newWhen) {
            this.when = newWhen;
            return this;
        }

        /**
         * Sets where it happened.
         *
         * @param newPlace the place, or null
         * @return this builder
         */
        public Builder place(@CheckForNull Place newPlace) {
            this.place = newPlace;
            return this;
        }

        /**
         * Sets the type, from an open lower-case vocabulary ("eavesdropping").
         *
         * @param newType the type, or null
         * @return this builder
         */
        public Builder type(@CheckForNull String newType) {
            this.type = newType;
            return this;
        }

        /**
         * Sets how established it is.
         *
         * @param newStatus the status, or null
         * @return this builder
         */
        public Builder status(@CheckForNull IncidentStatus newStatus) {
            this.status = newStatus;
            return this;
        }

        /**
         * Adds parties.
         *
         * @param more parties, each with their role
         * @return this builder
         */
        public Builder party(Party... more) {
            parties.addAll(Arrays.asList(more));
            return this;
        }

        /**
         * Replaces the parties.
         *
         * @param all parties, each with their role, in order; empty for none
         * @return this builder
         */
        public Builder parties(List<Party> all) {
            parties = new ArrayList<>(all);
            return this;
        }

        /**
         * Sets what came of it ("懲戒免職").
         *
         * @param newOutcome the outcome, or null
         * @return this builder
         */
        public Builder outcome(@CheckForNull String newOutcome) {
            this.outcome = newOutcome;
            return this;
        }

        @Override
        public Incident build() {
            return new Incident(id, title, summary, when, place, type, status, parties, outcome, related, links,
                    tags, provenance);
        }
    }
}
