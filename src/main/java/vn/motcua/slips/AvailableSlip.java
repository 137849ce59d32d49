package vn.motcua.slips;

import vn.motcua.slips.internal.Slip;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierQueries.DossierDetails;

import java.util.ArrayList;
import java.util.List;

/**
 * A slip the applicant can download now, as public tracking lists it: the online submission receipt for an online
 * dossier, then the forms 01-06 that apply ({@link Slip#applicableTo}).
 *
 * @param form the name in {@code POST /api/v1/tracking/slips/{form}}: {@code online-receipt}, {@code 01} .. {@code 06}
 */
public record AvailableSlip(String form, String titleVi, String titleEn) {

    /** The URL name of the online submission receipt beside the forms 01-06. */
    public static final String ONLINE_RECEIPT = "online-receipt";
    /** The URL name of the receipt (biên lai) of a paid fee. */
    public static final String FEE_RECEIPT = "fee-receipt";

    public static List<AvailableSlip> forApplicant(DossierDetails details) {
        return forApplicant(details, false);
    }

    /** @param feePaid the dossier's fee was paid (online or at the counter): its receipt is listed last */
    public static List<AvailableSlip> forApplicant(DossierDetails details, boolean feePaid) {
        List<AvailableSlip> slips = new ArrayList<>();
        if (details.dossier().channel() == Channel.ONLINE) {
            slips.add(new AvailableSlip(ONLINE_RECEIPT, "Biên nhận nộp hồ sơ trực tuyến", "Online submission receipt"));
        }
        Slip.applicableTo(details).forEach(s -> slips.add(new AvailableSlip(s.urlName(), "Mẫu " + s.urlName() + ": "
                + s.titleVi(), "Form " + s.urlName() + ": " + s.titleEn())));
        if (feePaid) {
            slips.add(new AvailableSlip(FEE_RECEIPT, "Biên lai thu phí, lệ phí", "Fee receipt"));
        }
        return List.copyOf(slips);
    }
}
