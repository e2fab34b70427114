package org.fourpi.toolkit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.fourpi.toolkit.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleDataServiceTest {

    @TempDir
    Path temp;

    @Test
    void fillsAnEmptyFolderOnceAndOnlyOnce() {
        try (TestServices test = TestServices.open(temp)) {
            ExampleDataService example = test.services().exampleData();
            assertThat(example.isEmpty()).isTrue();

            example.fill();

            assertThat(example.isEmpty()).isFalse();
            assertThat(test.services().organisations().load()).hasValueSatisfying(p -> {
                assertThat(p.name()).contains("example");
                assertThat(p.logo()).isNotNull();
            });
            assertThatThrownBy(example::fill).isInstanceOf(ExampleDataService.NotEmptyException.class);
        }
    }
}
