package org.fourpi.toolkit.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.fourpi.toolkit.people.Person;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplePaymentPreferencesTest {

    @TempDir Path dataDir;

    @Test
    void givesSomeExamplePeopleAWayToBePaidAndALimitToWatch() {
        try (TestServices test = TestServices.open(dataDir)) {
            test.services().exampleData().fill();
            PaymentPreferencesService preferences = test.services().paymentPreferences();
            var chosen = test.services().people().all().stream().map(Person::id).map(preferences::find)
                    .filter(p -> !p.equals(PaymentPreferences.NONE)).toList();

            assertThat(chosen).hasSizeBetween(3, 10);
            assertThat(chosen).extracting(PaymentPreferences::limit).contains(EarningsLimit.CARERS_ALLOWANCE,
                    EarningsLimit.ESA_PERMITTED_WORK, EarningsLimit.CUSTOM_WEEKLY);
            assertThat(chosen).anyMatch(PaymentPreferences::declinesFees);
        }
    }
}
