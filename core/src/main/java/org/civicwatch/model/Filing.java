package org.civicwatch.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.CheckForNull;

/**
 * A request a group files (disclosure request, resident audit request, lawsuit...) and what became of
 * it: its dated events, its legal outcome, and, apart from that, its remedy.
 *
 * @param id unique in the dataset
 * @param kind what kind of filing
 * @param title a one-line title
 * @param subject what the filing is about
 * @param filedBy who filed it
 * @param filedWith whom it was filed with ("群馬県監査委員")
 * @param legalBasis the law it rests on ("群馬県情報公開条例第12条第1項")
 * @param filed when it was filed
 * @param events its steps, in order
 * @param outcome its legal outcome
 * @param remedy what really happened, apart from the legal outcome
 * @param referenceNumber the authority's reference number
 * @param precededBy the id of the filing this one follows from (an audit request after a disclosure)
 * @param related ids of related records
 * @param links pages about it
 * @param tags free tags
 * @param provenance where it was extracted from
 */
public record Filing(String id, FilingKind kind, @CheckForNull String title, @CheckForNull String subject,
                     @CheckForNull Party filedBy, @CheckForNull Party filedWith, @CheckForNull String legalBasis,
                     @CheckForNull When filed, List<FilingEvent> events, @CheckForNull FilingOutcome outcome,
                     @CheckForNull Remedy remedy, @CheckForNull String referenceNumber,
                     @CheckForNull String precededBy, List<String> related, List<Link> links, List<String> tags,
                     @CheckForNull Provenance provenance) implements CivicRecord {

    /**
     * Checks the filing; empty strings become null.
     *
     * @param id unique in the dataset
     * @param kind what kind of filing
     * @param title a one-line title
     * @param subject what the filing is about
     * @param filedBy who filed it
     * @param filedWith whom it was filed with ("群馬県監査委員")
     * @param legalBasis the law it rests on ("群馬県情報公開条例第12条第1項")
     * @param filed when it was filed
     * @param events its steps, in order
     * @param outcome its legal outcome
     * @param remedy what really happened, apart from the legal outcome
     * @param referenceNumber the authority's reference number
     * @param precededBy the id of the filing this one follows from (an audit request after a disclosure)
     * @param related ids of related records
     * @param links pages about it
     * @param tags free tags
     * @param provenance where it was extracted from
     * @throws ModelException if {@code id} or {@code kind} is missing, an id is invalid, {@code precededBy}
     *     names this filing, or a list holds a null or a tag is empty
     */
    public Filing {
        id = Checks.id(id, "id");
        Checks.required(kind, "kind");
        title = Checks.text(title, "title");
        subject = Checks.text(subject, "subject");
        legalBasis = Checks.text(legalBasis, "legalBasis");
        events = Checks.list(events, "events");
        referenceNumber = Checks.text(referenceNumber, "referenceNumber");
        precededBy = Checks.text(precededBy, "precededBy");
        if (precededBy != null) {
            Checks.id(precededBy, "precededBy");
            if (precededBy.equals(id)) {
                throw new ModelException("precededBy", "a filing cannot follow from itself");
            }
        }
        related = Checks.ids(related, "related");
        links = Checks.list(links, "links");
        tags = Checks.tags(tags, "tags");
    }

    /**
     * {@return a builder for a filing of the given id and kind}
     *
     * @param id unique in the dataset
     * @param kind what kind of filing
     */
    public static Builder builder(String id, FilingKind kind) {
        return new Builder(id, kind);
    }

    /** {@return a builder holding this filing's fields} */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind);
        b.copyCommon(this);
        b.title = title;
        b.subject = subject;
        b.filedBy = filedBy;
        b.filedWith = filedWith;
        b.legalBasis = legalBasis;
        b.filed = filed;
        b.events = new ArrayList<>(events);
        b.outcome = outcome;
        b.remedy = remedy;
        b.referenceNumber = referenceNumber;
        b.precededBy = precededBy;
        return b;
    }

    /** Builds a {@link Filing}; {@code id} and {@code kind} are required. */
    public static final class Builder extends RecordBuilder<Builder, Filing> {
        private FilingKind kind;
        private String title;
        private String subject;
        private Party filedBy;
        private Party filedWith;
        private String legalBasis;
        private When filed;
        private List<FilingEvent> events = new ArrayList<>();
        private FilingOutcome outcome;
        private Remedy remedy;
        private String referenceNumber;
        private String precededBy;

        private Builder(String id, FilingKind kind) {
            super(id);
            this.kind = kind;
        }

        /**
         * Sets the kind of filing; required.
         *
         * @param newKind what kind of filing
         * @return this builder
         */
        public Builder kind(FilingKind newKind) {
            this.kind = newKind;
            return this;
        }

        /**
         * Sets the one-line title.
         *
         * @param newTitle the title, or null
         * @return this builder
         */
        public Builder title(@CheckForNull String newTitle) {
            this.title = newTitle;
            return this;
        }

        /**
         * Sets what the filing is about.
         *
         * @param newSubject the subject, or null
         * @return this builder
         */
        public Builder subject(@CheckForNull String newSubject) {
            this.subject = newSubject;
            return this;
        }

        /**
         * Sets who filed it.
         *
         * @param party the filer, or null
         * @return this builder
         */
        public Builder filedBy(@CheckForNull Party party) {
            this.filedBy = party;
            return this;
        }

        /**
         * Sets whom it was filed with ("群馬県監査委員").
         *
         * @param party the body it was filed with, or null
         * @return this builder
         */
        public Builder filedWith(@CheckForNull Party party) {
            this.filedWith = party;
            return this;
        }

        /**
         * Sets the law it rests on ("群馬県情報公開条例第12条第1項").
         *
         * @param basis the legal basis, or null
         * @return this builder
         */
        public Builder legalBasis(@CheckForNull String basis) {
            this.legalBasis = basis;
            return this;
        }

        /**
         * Sets when it was filed.
         *
         * @param when the filing date, or null
         * @return this builder
         */
        public Builder filed(@CheckForNull When when) {
            this.filed = when;
            return this;
        }

        /**
         * Adds events, in order.
         *
         * @param more the next steps of the filing
         * @return this builder
         */
        public Builder event(FilingEvent... more) {
            events.addAll(Arrays.asList(more));
            return this;
        }

        /**
         * Replaces the events.
         *
         * @param all the steps of the filing, in order; empty for none
         * @return this builder
         */
        public Builder events(List<FilingEvent> all) {
            events = new ArrayList<>(all);
            return this;
        }

        /**
         * Sets the legal outcome.
         *
         * @param newOutcome the outcome, or null while not known
         * @return this builder
         */
        public Builder outcome(@CheckForNull FilingOutcome newOutcome) {
            this.outcome = newOutcome;
            return this;
        }

        /**
         * Sets what really happened, apart from the legal outcome.
         *
         * @param newRemedy the remedy, or null
         * @return this builder
         */
        public Builder remedy(@CheckForNull Remedy newRemedy) {
            this.remedy = newRemedy;
            return this;
        }

        /**
         * Sets the authority's reference number.
         *
         * @param number the number, or null
         * @return this builder
         */
        public Builder referenceNumber(@CheckForNull String number) {
            this.referenceNumber = number;
            return this;
        }

        /**
         * Sets the id of the filing this one follows from.
         *
         * @param filingId an earlier filing's id, or null
         * @return this builder
         */
        public Builder precededBy(@CheckForNull String filingId) {
            this.precededBy = filingId;
            return this;
        }

        @Override
        public Filing build() {
            return new Filing(id, kind, title, subject, filedBy, filedWith, legalBasis, filed, events, outcome,
                    remedy, referenceNumber, precededBy, related, links, tags, provenance);
        }
    }
}
