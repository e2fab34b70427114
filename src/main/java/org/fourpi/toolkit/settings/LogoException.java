package org.fourpi.toolkit.settings;

/** A file chosen as the logo cannot be used. */
public final class LogoException extends RuntimeException {

    /** What is wrong with the file. */
    public enum Problem { TOO_LARGE, NOT_AN_IMAGE, UNREADABLE }

    private final Problem problem;

    public LogoException(Problem problem) {
        this(problem, null);
    }

    public LogoException(Problem problem, Throwable cause) {
        super(problem.name(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
