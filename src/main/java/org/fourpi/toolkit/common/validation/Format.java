package org.fourpi.toolkit.common.validation;

import java.util.function.Predicate;

/** The format a typed value must have, with the problem reported when it does not. */
public enum Format {
    ANY(text -> true, null),
    EMAIL(Formats::isEmail, Problem.NOT_AN_EMAIL),
    UK_PHONE(Formats::isUkPhone, Problem.NOT_A_UK_PHONE),
    UK_POSTCODE(Formats::isUkPostcode, Problem.NOT_A_POSTCODE),
    CHARITY_NUMBER(Formats::isCharityNumber, Problem.NOT_A_CHARITY_NUMBER),
    COMPANY_NUMBER(Formats::isCompanyNumber, Problem.NOT_A_COMPANY_NUMBER);

    private final Predicate<String> accepts;
    private final Problem problem;

    Format(Predicate<String> accepts, Problem problem) {
        this.accepts = accepts;
        this.problem = problem;
    }

    boolean accepts(String text) {
        return accepts.test(text);
    }

    Problem problem() {
        return problem;
    }
}
