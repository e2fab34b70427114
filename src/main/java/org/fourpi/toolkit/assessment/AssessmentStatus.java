package org.fourpi.toolkit.assessment;

import org.fourpi.toolkit.common.text.Labelled;

/** Whether the group is still working through an assessment or has finished it. */
public enum AssessmentStatus implements Labelled {
    IN_PROGRESS,
    COMPLETED;

    @Override
    public String labelKey() {
        return "assessment.status." + name();
    }
}
