package org.fourpi.toolkit.assessment;

import java.time.LocalDate;
import java.util.List;

/** An action as the priorities step gives it; id is null for a new one. */
public record ActionInput(Long id, String what, String who, LocalDate dueOn, ActionStatus status,
                          List<String> indicators) {

    public ActionInput {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
