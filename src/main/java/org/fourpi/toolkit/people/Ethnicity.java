package org.fourpi.toolkit.people;

import org.fourpi.toolkit.common.text.Labelled;

/** Equality monitoring: ethnic group, as the GSS harmonised standard for England lists them. */
public enum Ethnicity implements Labelled {
    WHITE_BRITISH(Group.WHITE),
    WHITE_IRISH(Group.WHITE),
    WHITE_GYPSY_OR_IRISH_TRAVELLER(Group.WHITE),
    WHITE_ROMA(Group.WHITE),
    WHITE_OTHER(Group.WHITE),
    MIXED_WHITE_AND_BLACK_CARIBBEAN(Group.MIXED),
    MIXED_WHITE_AND_BLACK_AFRICAN(Group.MIXED),
    MIXED_WHITE_AND_ASIAN(Group.MIXED),
    MIXED_OTHER(Group.MIXED),
    ASIAN_INDIAN(Group.ASIAN),
    ASIAN_PAKISTANI(Group.ASIAN),
    ASIAN_BANGLADESHI(Group.ASIAN),
    ASIAN_CHINESE(Group.ASIAN),
    ASIAN_OTHER(Group.ASIAN),
    BLACK_CARIBBEAN(Group.BLACK),
    BLACK_AFRICAN(Group.BLACK),
    BLACK_OTHER(Group.BLACK),
    OTHER_ARAB(Group.OTHER),
    OTHER_ANY(Group.OTHER),
    PREFER_NOT_TO_SAY(Group.NOT_SAID);

    /** The five broad groups used for figures, plus "prefer not to say". */
    public enum Group implements Labelled {
        WHITE, MIXED, ASIAN, BLACK, OTHER, NOT_SAID;

        @Override
        public String labelKey() {
            return "people.equality.ethnicGroup." + name();
        }
    }

    private final Group group;

    Ethnicity(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    @Override
    public String labelKey() {
        return "people.equality.ethnicity." + name();
    }
}
