package org.civicwatch.model;

/**
 * The kind of device sighted. A motion sensor is not a camera, and recording it as such matters: it
 * is how a group shows that staff areas are watched differently from public ones.
 */
public enum DeviceType {
    CAMERA, MOTION_SENSOR, MICROPHONE, ALPR, OTHER;

    /** The OpenStreetMap {@code surveillance:type} value, where OSM has one. */
    public String osmSurveillanceType() {
        return switch (this) {
            case CAMERA -> "camera";
            case ALPR -> "ALPR";
            default -> "other";
        };
    }
}
