package vn.motcua.dossier;

import org.junit.jupiter.api.Test;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.internal.AttachmentRepository;
import vn.motcua.dossier.internal.DossierRepository;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.support.Officers;
import vn.motcua.support.SliceDossiers;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@link DossierQueries#forApplicant(ApplicantProof)}, the one check behind public tracking, the applicant's slips and
 * withdrawal: both halves of the proof must match, and whatever does not match is answered the same way.
 */
class ApplicantProofLookupTest {

    private final DossierRepository dossiers = mock(DossierRepository.class);
    private final DossierQueries queries = new DossierQueries(dossiers, mock(UnitDirectory.class), mock(AttachmentRepository.class),
            mock(vn.motcua.dossier.internal.ReusedPaperRepository.class));
    private final Dossier dossier = SliceDossiers.dossier(Channel.ONLINE, DossierStatus.PROCESSING);

    @Test
    void theApplicantsOwnCodeAndIdNumberFindTheDossierWithItsTimelineEvenWithBlanksAround() {
        given(dossiers.findByCode(SliceDossiers.CODE)).willReturn(Optional.of(dossier));
        given(dossiers.timeline(dossier.id())).willReturn(SliceDossiers.acceptedOnline().timeline());

        DossierQueries.DossierDetails details = queries.forApplicant(
                new ApplicantProof(" " + SliceDossiers.CODE + " ", Officers.APPLICANT_ID + "\t"));

        assertThat(details.dossier()).isEqualTo(dossier);
        assertThat(details.timeline()).hasSize(2);
    }

    @Test
    void anUnknownCodeAndAnotherPersonsIdNumberGetTheSameNotFoundThatRevealsNeither() {
        given(dossiers.findByCode(SliceDossiers.CODE)).willReturn(Optional.of(dossier));
        given(dossiers.findByCode("H36.24781-261127-9999")).willReturn(Optional.empty());

        DossierNotFoundException wrongPerson = catchThrowableOfType(DossierNotFoundException.class,
                () -> queries.forApplicant(new ApplicantProof(SliceDossiers.CODE, Officers.OTHER_ID)));
        DossierNotFoundException unknownCode = catchThrowableOfType(DossierNotFoundException.class,
                () -> queries.forApplicant(new ApplicantProof("H36.24781-261127-9999", Officers.APPLICANT_ID)));

        assertThat(List.of(wrongPerson.messageVi(), wrongPerson.messageEn()))
                .isEqualTo(List.of(unknownCode.messageVi(), unknownCode.messageEn()))
                .containsExactly("Không tìm thấy hồ sơ với mã hồ sơ và số định danh đã nhập",
                        "No dossier matches this dossier code and ID number");
    }

    @Test
    void anIdNumberThatOnlyStartsLikeTheApplicantsDoesNotMatch() {
        given(dossiers.findByCode(SliceDossiers.CODE)).willReturn(Optional.of(dossier));

        assertThat(catchThrowableOfType(DossierNotFoundException.class, () -> queries.forApplicant(
                new ApplicantProof(SliceDossiers.CODE, Officers.APPLICANT_ID.substring(0, 11))))).isNotNull();
    }
}
