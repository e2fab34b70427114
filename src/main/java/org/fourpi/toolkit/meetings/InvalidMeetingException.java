package org.fourpi.toolkit.meetings;

import java.util.List;

/** A meeting, or a change to one, broke a rule; nothing was saved. */
public final class InvalidMeetingException extends RuntimeException {

    private final transient List<MeetingProblem> problems;

    public InvalidMeetingException(List<MeetingProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidMeetingException(MeetingProblem problem) {
        this(List.of(problem));
    }

    public List<MeetingProblem> problems() {
        return problems;
    }
}
