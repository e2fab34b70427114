package org.fourpi.toolkit.people;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How many people are active now, in all and by perspective, role and level, counted by the database
 * rather than read person by person. Counts only, never who.
 *
 * @param livedExperienceLevels the levels of active service users, carers and people who are both
 */
public record ActivePeopleCounts(int active, Map<Perspective, Integer> perspectives, Map<Role, Integer> roles,
                                 Map<InvolvementLevel, Integer> levels,
                                 Map<InvolvementLevel, Integer> livedExperienceLevels) {

    /** Service users, carers and people who are both: those whose presence the standards count. */
    public static final Set<Perspective> LIVED_EXPERIENCE =
            Set.of(Perspective.SERVICE_USER, Perspective.CARER, Perspective.BOTH);

    public ActivePeopleCounts {
        perspectives = copy(Perspective.class, perspectives);
        roles = copy(Role.class, roles);
        levels = copy(InvolvementLevel.class, levels);
        livedExperienceLevels = copy(InvolvementLevel.class, livedExperienceLevels);
    }

    public int perspective(Perspective perspective) {
        return perspectives.getOrDefault(perspective, 0);
    }

    public int role(Role role) {
        return roles.getOrDefault(role, 0);
    }

    public int level(InvolvementLevel level) {
        return levels.getOrDefault(level, 0);
    }

    /** Active service users, carers and people who are both at a level. */
    public int livedExperienceLevel(InvolvementLevel level) {
        return livedExperienceLevels.getOrDefault(level, 0);
    }

    private static <E extends Enum<E>> Map<E, Integer> copy(Class<E> type, Map<E, Integer> counts) {
        Map<E, Integer> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }
}
