package org.fourpi.toolkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fourpi.toolkit.Services;
import org.fourpi.toolkit.common.ui.Progress;
import org.fourpi.toolkit.meetings.MeetingSummary;
import org.fourpi.toolkit.payments.ClaimFilter;
import org.fourpi.toolkit.payments.ClaimStatus;
import org.fourpi.toolkit.payments.ClaimSummary;
import org.fourpi.toolkit.people.PeopleImportPreview;
import org.fourpi.toolkit.people.PeopleImportSheet;
import org.fourpi.toolkit.people.PersonSummary;
import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's made-up organisation has the numbers asked for, and the program reads it like its own. */
class SyntheticOrganisationTest {

    @TempDir
    Path temp;

    @Test
    void makesTheSmallOrganisationWithTheCountsAskedForAndLeavesTheNextNumbersFree() {
        new SyntheticOrganisation(OrganisationSize.SMALL, TestServices.CLOCK, 4).writeTo(temp);

        try (TestServices test = TestServices.open(temp)) {
            Services services = test.services();
            List<PersonSummary> people = services.people().list();
            assertThat(people).hasSize(100);
            assertThat(people.stream().map(PersonSummary::perspective).distinct().count()).isGreaterThan(3);

            List<ClaimSummary> claims = services.claims().list(ClaimFilter.ALL);
            int lines = claims.stream().mapToInt(c -> services.claims().find(c.id()).orElseThrow().lines().size()).sum();
            assertThat(lines).isEqualTo(2_000);
            assertThat(claims.stream().map(ClaimSummary::status).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ClaimStatus.values());
            assertThat(claims).allSatisfy(c ->
                    assertThat(services.claims().find(c.id()).orElseThrow().lines().size()).isBetween(1, 6));

            List<MeetingSummary> meetings = services.meetings().list();
            assertThat(meetings).hasSize(21);
            MeetingSummary pack = meetings.stream()
                    .filter(m -> m.title().equals(SyntheticOrganisation.PACK_MEETING_TITLE)).findFirst().orElseThrow();
            assertThat(pack.invited()).isEqualTo(20);
            int pages = services.meetingPacks().write(pack.id(), false, temp.resolve("pack.pdf"), Progress.NONE);
            assertThat(pages).isGreaterThan(SyntheticOrganisation.PACK_PAPER_PAGES);

            assertThat(services.assessments().list()).isNotEmpty();
            assertThat(services.paymentStatements().ledger(Optional.empty()).lines()).isNotEmpty();

            // The next numbers are left free, so an import adds every row.
            var imports = services.peopleImport();
            PeopleImportSheet sheet = imports.read(ImportFile.write(temp.resolve("people.csv"), 25,
                    TestServices.MESSAGES), Progress.NONE);
            PeopleImportPreview preview = imports.preview(sheet, sheet.suggestedMapping(), Progress.NONE);

            assertThat(preview.hasErrors()).as(preview.problems().toString()).isFalse();
            assertThat(imports.commit(preview, false, Progress.NONE).created()).isEqualTo(25);
            assertThat(services.people().list()).hasSize(125);
        }
    }
}
