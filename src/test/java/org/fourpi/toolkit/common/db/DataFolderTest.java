package org.fourpi.toolkit.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    @TempDir
    Path temp;

    @Test
    void keepsDataWhereEachSystemExpectsIt() {
        assertThat(DataFolder.defaultLocation(Map.of("APPDATA", "C:\\Users\\sam\\AppData\\Roaming"),
                "Windows 11", "C:\\Users\\sam").toString())
                .contains("AppData").endsWith("4PI Involvement Toolkit");
        assertThat(DataFolder.defaultLocation(Map.of(), "Mac OS X", "/Users/sam"))
                .isEqualTo(Path.of("/Users/sam/Library/Application Support/4PI Involvement Toolkit"));
        assertThat(DataFolder.defaultLocation(Map.of("XDG_DATA_HOME", "/home/sam/data"), "Linux", "/home/sam"))
                .isEqualTo(Path.of("/home/sam/data/involvement-toolkit"));
        assertThat(DataFolder.defaultLocation(Map.of(), "Linux", "/home/sam"))
                .isEqualTo(Path.of("/home/sam/.local/share/involvement-toolkit"));
    }

    @Test
    void createsAMissingFolderOnFirstRun() {
        Path folder = temp.resolve("new").resolve("toolkit");
        try (DataFolder opened = DataFolder.open(folder)) {
            assertThat(opened.root()).isDirectory();
        }
    }

    @Test
    void refusesASecondOpenWhileTheFirstHoldsIt() {
        try (DataFolder first = DataFolder.open(temp)) {
            assertThatThrownBy(() -> DataFolder.open(temp))
                    .isInstanceOfSatisfying(DataFolderException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataFolderException.Reason.ALREADY_OPEN));
        }
        try (DataFolder again = DataFolder.open(temp)) {
            assertThat(again.root()).isEqualTo(temp.toAbsolutePath());
        }
    }

    @Test
    void namesAFolderThatCannotBeCreated() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        Path impossible = file.resolve("data");
        assertThatThrownBy(() -> DataFolder.open(impossible))
                .isInstanceOfSatisfying(DataFolderException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DataFolderException.Reason.NOT_WRITABLE);
                    assertThat(e.folder()).isEqualTo(impossible.toAbsolutePath());
                });
    }
}
