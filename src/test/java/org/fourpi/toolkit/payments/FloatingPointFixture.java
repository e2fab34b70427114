package org.fourpi.toolkit.payments;

import java.math.BigDecimal;

/** Money code done wrong, on purpose: the architecture test checks that its rule catches each fault here. */
public final class FloatingPointFixture {

    double rate = 0.45;

    BigDecimal times(double miles) {
        return BigDecimal.valueOf(rate * miles);
    }
}
