package org.civicwatch.model;

import javax.annotation.CheckForNull;

/**
 * Where something happened or was found.
 *
 * @param jurisdiction the local government's name ("群馬県")
 * @param jurisdictionCode its six-digit local government code, check digit verified ("100005")
 * @param facility the building or site ("群馬県庁")
 * @param floor the floor or range of floors, Japanese numbering
 * @param floorLabel the floor as written ("地下1階", "3階から30階")
 * @param area the spot within the floor ("女子トイレ前の廊下")
 * @param address the postal address
 * @param latitude WGS84 latitude in degrees, given together with {@code longitude}
 * @param longitude WGS84 longitude in degrees, given together with {@code latitude}
 */
public record Place(@CheckForNull String jurisdiction, @CheckForNull String jurisdictionCode,
                    @CheckForNull String facility, @CheckForNull Floor floor, @CheckForNull String floorLabel,
                    @CheckForNull String area, @CheckForNull String address,
                    @CheckForNull Double latitude, @CheckForNull Double longitude) {

    /**
     * Checks the place; empty strings become null.
     *
     * @param jurisdiction the local government's name ("群馬県")
     * @param jurisdictionCode its six-digit local government code, check digit verified ("100005")
     * @param facility the building or site ("群馬県庁")
     * @param floor the floor or range of floors, Japanese numbering
     * @param floorLabel the floor as written ("地下1階", "3階から30階")
     * @param area the spot within the floor ("女子トイレ前の廊下")
     * @param address the postal address
     * @param latitude WGS84 latitude in degrees, given together with {@code longitude}
     * @param longitude WGS84 longitude in degrees, given together with {@code latitude}
     * @throws ModelException if the local government code or its check digit is wrong, only one
     *     coordinate is given, or a coordinate is out of range
     */
    public Place {
        jurisdiction = Checks.text(jurisdiction, "jurisdiction");
        jurisdictionCode = Checks.text(jurisdictionCode, "jurisdictionCode");
        if (jurisdictionCode != null) {
            String code = jurisdictionCode;
            Checks.nested("jurisdictionCode", () -> LocalGovernmentCode.validate(code));
        }
        facility = Checks.text(facility, "facility");
        floorLabel = Checks.text(floorLabel, "floorLabel");
        area = Checks.text(area, "area");
        address = Checks.text(address, "address");
        if (latitude == null != (longitude == null)) {
            throw new ModelException(latitude == null ? "latitude" : "longitude",
                    "is required when the other coordinate is given");
        }
        if (latitude != null && !(latitude >= -90 && latitude <= 90)) {
            throw new ModelException("latitude", latitude + " is outside -90..90 degrees");
        }
        if (longitude != null && !(longitude >= -180 && longitude <= 180)) {
            throw new ModelException("longitude", longitude + " is outside -180..180 degrees");
        }
        // -0.0 is the same place as 0.0 but neither equal to it nor written like it: keep one zero.
        latitude = latitude == null ? null : latitude + 0.0;
        longitude = longitude == null ? null : longitude + 0.0;
    }

    /** {@return a builder with every field empty} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this place's fields} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.jurisdiction = jurisdiction;
        b.jurisdictionCode = jurisdictionCode;
        b.facility = facility;
        b.floor = floor;
        b.floorLabel = floorLabel;
        b.area = area;
        b.address = address;
        b.latitude = latitude;
        b.longitude = longitude;
        return b;
    }

    /** Builds a {@link Place}; every field optional. */
    public static final class Builder {
        private String jurisdiction;
        private String jurisdictionCode;
        private String facility;
        private Floor floor;
        private String floorLabel;
        private String area;
        private String address;
        private Double latitude;
        private Double longitude;

        private Builder() {
        }

        /**
         * Sets the jurisdiction's name and its local government code.
         *
         * @param name the name ("群馬県"), or null
         * @param code the six-digit code ("100005"), or null
         * @return this builder
         */
        public Builder jurisdiction(@CheckForNull String name, @CheckForNull String code) {
            this.jurisdiction = name;
            this.jurisdictionCode = code;
            return this;
        }

        /**
         * Sets the building or site ("群馬県庁").
         *
         * @param facility the facility, or null
         * @return this builder
         */
        public Builder facility(@CheckForNull String facility) {
            this.facility = facility;
            return this;
        }

        /**
         * Sets the floor and the label it was written as.
         *
         * @param floor the floor or range, or null
         * @param label the label ("地下1階"), or null
         * @return this builder
         */
        public Builder floor(@CheckForNull Floor floor, @CheckForNull String label) {
            this.floor = floor;
            this.floorLabel = label;
            return this;
        }

        /**
         * Sets the spot within the floor ("女子トイレ前の廊下").
         *
         * @param area the area, or null
         * @return this builder
         */
        public Builder area(@CheckForNull String area) {
            this.area = area;
            return this;
        }

        /**
         * Sets the postal address.
         *
         * @param address the address, or null
         * @return this builder
         */
        public Builder address(@CheckForNull String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the WGS84 coordinates.
         *
         * @param latitude latitude in degrees, -90 to 90
         * @param longitude longitude in degrees, -180 to 180
         * @return this builder
         */
        public Builder coordinates(double latitude, double longitude) {
            this.latitude = latitude;
            this.longitude = longitude;
            return this;
        }

        /**
         * {@return the place}
         *
         * @throws ModelException if a field is invalid
         */
        public Place build() {
            return new Place(jurisdiction, jurisdictionCode, facility, floor, floorLabel, area, address,
                    latitude, longitude);
        }
    }
}
