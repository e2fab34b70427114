package org.fourpi.toolkit.common.text;

/** A choice shown to people by name: its label is the resource-bundle text under {@link #labelKey()}. */
public interface Labelled {

    String labelKey();
}
