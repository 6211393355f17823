package org.civicwatch.model;

/**
 * The kind of device sighted. A motion sensor is not a camera, and recording it as such matters: it
 * is how a group shows that staff areas are watched differently from public ones.
 */
public enum DeviceType {
    /** A camera of any kind ({@code surveillance:type=camera}). */
    CAMERA,
    /** A motion sensor (人感センサー): detects presence, records no image. */
    MOTION_SENSOR,
    /** A microphone or other listening device. */
    MICROPHONE,
    /** Automatic licence plate recognition ({@code surveillance:type=ALPR}). */
    ALPR,
    /** Any other device. */
    OTHER;

    /** {@return the OpenStreetMap {@code surveillance:type} value, where OSM has one} */
    public String osmSurveillanceType() {
        return switch (this) {
            case CAMERA -> "camera";
            case ALPR -> "ALPR";
            default -> "other";
        };
    }
}
