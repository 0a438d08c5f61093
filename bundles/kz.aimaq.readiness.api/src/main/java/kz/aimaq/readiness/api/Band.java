package kz.aimaq.readiness.api;

/**
 * A classification band: a score at or above {@code from} (and below the next band) falls in it.
 *
 * @param id   stable identifier, e.g. {@code very-high}
 * @param name display name
 * @param from inclusive lower bound on the methodology's scale
 */
public record Band(String id, LocalisedText name, double from) {
}
