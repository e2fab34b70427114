package org.fourpi.toolkit.assessment;

import java.util.List;

/** The forms chosen for one assessment, each read and checked, before anything is saved. */
public record ResponseFormPreview(long assessmentId, String assessmentTitle, List<ResponseFormCheck> forms) {

    public ResponseFormPreview {
        forms = List.copyOf(forms);
    }

    /** The forms whose answers can be saved. */
    public List<ResponseFormCheck> savable() {
        return forms.stream().filter(ResponseFormCheck::canSave).toList();
    }
}
