package org.fourpi.toolkit.common.ui;

import java.util.List;

/** A kind of file offered in a file chooser, such as "Images (*.png, *.jpg)". */
public record FileType(String description, List<String> patterns) {
    public FileType {
        patterns = List.copyOf(patterns);
    }
}
