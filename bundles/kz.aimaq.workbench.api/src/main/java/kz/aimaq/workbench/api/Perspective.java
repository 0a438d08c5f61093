package kz.aimaq.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A perspective: a named arrangement of view stacks (left, main, bottom) that views join by
 * naming its id in {@link ViewRegistration#perspective()}. Register with
 * {@link PerspectiveRegistration}; the properties say everything, so the service object
 * needs no methods.
 */
@ConsumerType
public interface Perspective {
}
