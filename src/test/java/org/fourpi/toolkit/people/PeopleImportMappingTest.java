package org.fourpi.toolkit.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;

class PeopleImportMappingTest {

    @Test
    void movesAPartToTheColumnLastChosenForIt() {
        PeopleImportMapping mapping = PeopleImportMapping.of(Map.of(0, PeopleImportColumn.FIRST_NAME,
                2, PeopleImportColumn.PHONE));

        PeopleImportMapping moved = mapping.with(3, PeopleImportColumn.PHONE).without(0);

        assertThat(moved.asMap()).containsExactly(Map.entry(3, PeopleImportColumn.PHONE));
        assertThat(mapping.asMap()).hasSize(2);
        assertThat(moved.indexOf(PeopleImportColumn.PHONE)).contains(3);
    }

    @Test
    void refusesTwoColumnsForOnePart() {
        assertThatThrownBy(() -> PeopleImportMapping.of(Map.of(0, PeopleImportColumn.EMAIL, 1,
                PeopleImportColumn.EMAIL))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsBackWhatItRemembersAndIgnoresWhatNoLongerFits() {
        PeopleImportMapping mapping = PeopleImportMapping.of(Map.of(0, PeopleImportColumn.FIRST_NAME,
                4, PeopleImportColumn.STATUS));

        assertThat(PeopleImportMapping.decode(mapping.encode(), 5)).isEqualTo(mapping);
        assertThat(PeopleImportMapping.decode(mapping.encode() + ";1=SHOE_SIZE;x=EMAIL", 4).asMap())
                .containsExactly(Map.entry(0, PeopleImportColumn.FIRST_NAME));
    }

    @Test
    void namesColumnsByTheLettersASpreadsheetShows() {
        assertThat(PeopleImportSheet.columnLetter(0)).isEqualTo("A");
        assertThat(PeopleImportSheet.columnLetter(25)).isEqualTo("Z");
        assertThat(PeopleImportSheet.columnLetter(26)).isEqualTo("AA");
        assertThat(PeopleImportSheet.columnLetter(701)).isEqualTo("ZZ");
        assertThat(PeopleImportSheet.columnLetter(702)).isEqualTo("AAA");
    }

    @Test
    void hasATextForEveryColumnOutcomeAndRefusal() {
        var bundle = TestServices.MESSAGES.bundle();
        for (PeopleImportColumn column : PeopleImportColumn.values()) {
            assertThat(bundle.containsKey(column.labelKey())).as(column.labelKey()).isTrue();
        }
        for (PeopleImportPreview.Outcome outcome : PeopleImportPreview.Outcome.values()) {
            assertThat(bundle.containsKey(outcome.labelKey())).as(outcome.labelKey()).isTrue();
        }
        for (SpreadsheetRefusedException.Reason reason : SpreadsheetRefusedException.Reason.values()) {
            assertThat(bundle.getString("import.refused." + reason.name())).as(reason.name()).contains("{0}");
        }
    }
}
