package vn.motcua.result;

import org.springframework.stereotype.Service;

import vn.motcua.organisation.Unit;
import vn.motcua.organisation.UnitDirectory;
import vn.motcua.result.internal.ResultSignatures;
import vn.motcua.result.internal.SignatureReport;

/**
 * Documents the system issues in a unit's name (the fee receipt, biên lai) signed as the result is: PAdES with the
 * unit's certificate from the configured keystore, verified on the server before it leaves; a file that does not
 * verify is never handed out.
 */
@Service
public class UnitSeal {

    private final ResultSignatures signatures;
    private final UnitDirectory units;

    UnitSeal(ResultSignatures signatures, UnitDirectory units) {
        this.signatures = signatures;
        this.units = units;
    }

    /**
     * @param reason what the signature means, shown by PDF readers ("Biên lai thu phí, lệ phí BL-2026-000042")
     * @return the PDF with the unit's signature (an incremental update: the original bytes unchanged)
     */
    public byte[] seal(byte[] pdf, String unitCode, String reason) {
        String name = units.find(unitCode).map(Unit::name).orElse(unitCode);
        byte[] signed = signatures.sign(pdf, unitCode, name, reason);
        SignatureReport report = signatures.verify(signed);
        if (!report.valid()) {
            throw new IllegalStateException("The document sealed by " + unitCode + " does not verify: " + report.problems());
        }
        return signed;
    }
}
