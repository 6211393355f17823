package org.civicwatch.model;

import javax.annotation.CheckForNull;
import java.util.List;

/**
 * Surveillance devices found at a place: "2 cameras on the ceiling of the corridor in front of the
 * women's toilets, 1st floor", or, just as much a finding, "no camera on floors 3 to 30". Maps onto
 * OpenStreetMap's {@code man_made=surveillance} tags and goes beyond them with counts and absences.
 *
 * @param id unique in the dataset
 * @param observed when the devices were seen
 * @param observer who saw them
 * @param place where: facility, floor or floors, area
 * @param device what kind of device
 * @param cameraType for cameras: fixed, dome or panning
 * @param mount where the device is fixed: ceiling, wall, pole
 * @param zone what it watches: indoor, outdoor or public space
 * @param count how many; exact 0 means none found
 * @param operator who runs it ("群馬県 管財課")
 * @param notes anything else observed
 * @param related ids of related records
 * @param links pages and photos
 * @param tags free tags
 * @param provenance where it was extracted from
 */
public record Sighting(String id, @CheckForNull When observed, @CheckForNull Party observer,
                       @CheckForNull Place place, DeviceType device, @CheckForNull CameraType cameraType,
                       @CheckForNull Mount mount, @CheckForNull SurveillanceZone zone, @CheckForNull Count count,
                       @CheckForNull String operator, @CheckForNull String notes, List<String> related,
                       List<Link> links, List<String> tags, @CheckForNull Provenance provenance)
        implements CivicRecord {

    /**
     * Checks the sighting; empty strings become null.
     *
     * @param id unique in the dataset
     * @param observed when the devices were seen
     * @param observer who saw them
     * @param place where: facility, floor or floors, area; one with nothing in it is none
     * @param device what kind of device
     * @param cameraType for cameras: fixed, dome or panning
     * @param mount where the device is fixed: ceiling, wall, pole
     * @param zone what it watches: indoor, outdoor or public space
     * @param count how many; exact 0 means none found
     * @param operator who runs it ("群馬県 管財課")
     * @param notes anything else observed
     * @param related ids of related records
     * @param links pages and photos
     * @param tags free tags
     * @param provenance where it was extracted from
     * @throws ModelException if {@code id} or {@code device} is missing, an id is invalid, a camera type
     *     is given for a device that is not a camera, or a list holds a null or a tag is empty
     */
    public Sighting {
        id = Checks.id(id, "id");
        Checks.required(device, "device");
        if (cameraType != null && device != DeviceType.CAMERA) {
            throw new ModelException("cameraType", "is only for cameras, but the device is "
                    + device.name().toLowerCase(java.util.Locale.ROOT));
        }
        operator = Checks.text(operator, "operator");
        place = Checks.place(place);
        notes = Checks.text(notes, "notes");
        related = Checks.ids(related, "related");
        links = Checks.list(links, "links");
        tags = Checks.tags(tags, "tags");
    }

    /**
     * {@return a builder for a sighting with the given id; the device defaults to a camera}
     *
     * @param id unique in the dataset
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return a builder holding this sighting's fields} */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.copyCommon(this);
        b.observed = observed;
        b.observer = observer;
        b.place = place;
        b.device = device;
        b.cameraType = cameraType;
        b.mount = mount;
        b.zone = zone;
        b.count = count;
        b.operator = operator;
        b.notes = notes;
        return b;
    }

    /** Builds a {@link Sighting}; only {@code id} is required, the device defaults to a camera. */
    public static final class Builder extends RecordBuilder<Builder, Sighting> {
        private When observed;
        private Party observer;
        private Place place;
        private DeviceType device = DeviceType.CAMERA;
        private CameraType cameraType;
        private Mount mount;
        private SurveillanceZone zone;
        private Count count;
        private String operator;
        private String notes;

        private Builder(String id) {
            super(id);
        }

        /**
         * Sets when the devices were seen.
         *
         * @param when the date, or null
         * @return this builder
         */
        public Builder observed(@CheckForNull When when) {
            this.observed = when;
            return this;
        }

        /**
         * Sets who saw them.
         *
         * @param party the observer, or null
         * @return this builder
         */
        public Builder observer(@CheckForNull Party party) {
            this.observer = party;
            return this;
        }

        /**
         * Sets where they were seen.
         *
         * @param newPlace the place, or null
         * @return this builder
         */
        public Builder place(@CheckForNull Place newPlace) {
            this.place = newPlace;
            return this;
        }

        /**
         * Sets the kind of device; required, a camera unless set.
         *
         * @param newDevice the device type
         * @return this builder
         */
        public Builder device(DeviceType newDevice) {
            this.device = newDevice;
            return this;
        }

        /**
         * Sets the camera type; only for cameras.
         *
         * @param type fixed, dome or panning, or null
         * @return this builder
         */
        public Builder cameraType(@CheckForNull CameraType type) {
            this.cameraType = type;
            return this;
        }

        /**
         * Sets where the device is fixed.
         *
         * @param newMount ceiling, wall or pole, or null
         * @return this builder
         */
        public Builder mount(@CheckForNull Mount newMount) {
            this.mount = newMount;
            return this;
        }

        /**
         * Sets what the device watches.
         *
         * @param newZone indoor, outdoor or public, or null
         * @return this builder
         */
        public Builder zone(@CheckForNull SurveillanceZone newZone) {
            this.zone = newZone;
            return this;
        }

        /**
         * Sets how many were found; {@link Count#none()} records an absence.
         *
         * @param newCount the count, or null if not known
         * @return this builder
         */
        public Builder count(@CheckForNull Count newCount) {
            this.count = newCount;
            return this;
        }

        /**
         * Sets who runs the devices ("群馬県 管財課").
         *
         * @param newOperator the operator, or null
         * @return this builder
         */
        public Builder operator(@CheckForNull String newOperator) {
            this.operator = newOperator;
            return this;
        }

        /**
         * Sets anything else observed.
         *
         * @param newNotes the notes, or null
         * @return this builder
         */
        public Builder notes(@CheckForNull String newNotes) {
            this.notes = newNotes;
            return this;
        }

        @Override
        public Sighting build() {
            return new Sighting(id, observed, observer, place, device, cameraType, mount, zone, count, operator,
                    notes, related, links, tags, provenance);
        }
    }
}
