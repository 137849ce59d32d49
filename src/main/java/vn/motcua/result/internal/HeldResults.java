package vn.motcua.result.internal;

import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.HeldPapers;
import vn.motcua.result.ResultDocument;
import vn.motcua.result.ResultDocuments;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed results this system holds, as papers an applicant's later dossier may reuse ({@link HeldPapers}): the
 * current result of the named dossier, if it is signed and the dossier's applicant has the given ID number.
 */
@Component
class HeldResults implements HeldPapers {

    private final DossierQueries dossiers;
    private final ResultDocuments results;

    HeldResults(DossierQueries dossiers, ResultDocuments results) {
        this.dossiers = dossiers;
        this.results = results;
    }

    @Override
    public Optional<HeldPaper> signedResultOf(String dossierCode, String applicantIdNumber) {
        if (dossierCode == null || applicantIdNumber == null) {
            return Optional.empty();
        }
        return dossiers.forSystem(dossierCode.strip())
                .map(DossierQueries.DossierDetails::dossier)
                .filter(d -> applicantIdNumber.strip().equals(d.applicantIdNumber()))
                .flatMap(d -> results.current(d.id()))
                .filter(ResultDocument::signed)
                .map(doc -> new HeldPaper(doc.dossierCode(), doc.id(), doc.title(), doc.sha256(), doc.signedAt()));
    }
}
