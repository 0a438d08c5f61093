package kz.aimaq.readiness.api;

/**
 * A unit's index.
 *
 * @param unit      the unit code
 * @param total     the score at the methodology's root
 * @param band      the classification band, or {@code null} when insufficient
 * @param synthetic true when any value behind it is {@link IndicatorValue#SYNTHETIC synthetic}
 */
public record UnitScore(String unit, NodeScore total, Band band, boolean synthetic) {
}
