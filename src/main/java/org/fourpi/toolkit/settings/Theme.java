package org.fourpi.toolkit.settings;

/** The colour scheme: light, or dark for those who find it easier on the eyes. */
public enum Theme { LIGHT, DARK }
